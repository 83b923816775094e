import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { ProfileSection } from '../../src/features/profile/profile-section';
import { resetSiteProfile } from '../../src/state/profile-store';
import { usePlannerStore } from '../../src/state/planner-store';

const kb = getKnowledgeBase();
const profile = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'rust-or-go-profile', formatVersion: 1, name: 'Acme', ...fields });

/** The site answers `body` for profile.json (with a JSON content type), or 404 when null. */
function serve(body: string | null) {
  const fetch = vi.fn(() =>
    Promise.resolve(
      body === null
        ? new Response('not found', { status: 404 })
        : new Response(body, { headers: { 'content-type': 'application/json' } }),
    ),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(() => {
  resetSiteProfile();
  const preset = kb.presets.find((p) => p.id === 'auth-token-service')!;
  usePlannerStore.setState({
    teamAnswers: {},
    services: [{ id: 's1', name: 'auth-tokens', notes: '', answers: preset.answers }],
    weights: {},
    activeServiceId: 's1',
    removed: null,
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('organisation profile beside a result', () => {
  it('applies the profile.json served next to index.html, naming it with its hash', async () => {
    const fetch = serve(profile({ rings: { rust: 'hold' } }));
    render(<ProfileSection serviceId="s1" />);
    expect(await screen.findByText(/With this profile:/)).toHaveTextContent(
      'With this profile: Go (Rust ruled out by the organisation profile “Acme”) — not what the result above says without it.',
    );
    expect(screen.getByText(/^Applied:/)).toHaveTextContent(
      /Applied: Acme \([0-9a-f]{8}\), served with this site \(profile\.json\)\./,
    );
    expect(fetch).toHaveBeenCalledWith('/profile.json', expect.anything());
  });

  it('says an invalid profile is not applied, field by field, instead of failing', async () => {
    serve(profile({ rings: { rust: 'hodl' } }));
    render(<ProfileSection serviceId="s1" />);
    expect(
      await screen.findByText(/profile served with this site \(profile\.json\) is not applied/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('rings › rust: must be one of adopt, trial, assess, hold'),
    ).toBeVisible();
  });

  it('without a served profile, applies one the person opens', async () => {
    const user = userEvent.setup();
    serve(null);
    render(<ProfileSection serviceId="s1" />);
    expect(screen.getByText(/No organisation profile applies/)).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText('Open a profile file'),
      new File([profile({ rings: { rust: 'trial' } })], 'profile.json', {
        type: 'application/json',
      }),
    );
    expect(await screen.findByText(/With this profile:/)).toHaveTextContent(
      'With this profile: Rust.',
    );
    expect(screen.getByText(/has Rust in trial: adopting it costs more/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop applying this profile' }));
    expect(screen.getByText(/No organisation profile applies/)).toBeInTheDocument();
  });
});
