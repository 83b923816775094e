import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { ProfileSection } from '../../src/features/profile/profile-section';
import { resetSiteProfile } from '../../src/state/profile-store';
import { usePlannerStore } from '../../src/state/planner-store';
import { renderAt } from '../support/render-app';

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
    expect(await screen.findByText(/The result above is scored with it:/)).toHaveTextContent(
      'The result above is scored with it: Go (Rust ruled out by the organisation profile “Acme”). Without it, the same answers give Rust.',
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

  it('names the reason a served profile is refused, not only that it is not valid', async () => {
    serve('<!doctype html><title>Not here</title>');
    render(<ProfileSection serviceId="s1" />);
    expect(await screen.findByText(/^The profile is a web page \(HTML\)/)).toBeVisible();
  });

  it('says a profile that could not be fetched is not applied, and why, rather than “none”', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('boom', { status: 503 }))),
    );
    render(<ProfileSection serviceId="s1" />);
    expect(
      await screen.findByText(/It is not applied because the site answered 503/),
    ).toBeVisible();
    expect(screen.queryByText(/No organisation profile applies/)).toBeNull();
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
    expect(await screen.findByText(/The result above is scored with it:/)).toHaveTextContent(
      'The result above is scored with it: Rust. Without it, the verdict would be the same.',
    );
    expect(screen.getByText(/has Rust in trial: adopting it costs more/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop applying this profile' }));
    expect(screen.getByText(/No organisation profile applies/)).toBeInTheDocument();
  });
});

describe('a result and a portfolio scored with the organisation profile', () => {
  it('gives the verdict the profile makes, names the profile beside it, and the defaults it sets', async () => {
    serve(profile({ rings: { rust: 'hold' }, weights: { 'memory-safety': 2 } }));
    renderAt('#/services/s1/result');
    const verdict = await screen.findByRole(
      'heading',
      { level: 2, name: 'Go — Rust is ruled out' },
      { timeout: 15_000 },
    );
    const summary = verdict.closest('section')!;
    expect(summary).toHaveTextContent(
      /A deal-breaker rules Rust out whatever the weights: “On hold in the organisation profile ‘Acme’”\./,
    );
    expect(summary).toHaveTextContent(
      /Scored with the organisation profile “Acme” \([0-9a-f]{8}\)\./,
    );
    // The profile's weights are the defaults the weights panel offers and resets to.
    expect(screen.getByRole('slider', { name: 'Memory-safety criticality' })).toHaveAttribute(
      'aria-valuetext',
      '2 of 5, the default',
    );
    // The whole app, its pages loaded on demand: slow on a busy machine.
  }, 20_000);

  it('shows no verdict until the site has answered, then the profile’s; a failure is named', async () => {
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    renderAt('#/services/s1/result');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Checking the organisation profile…' },
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { level: 2, name: 'Rust' })).toBeNull();
    answer(new Response('', { status: 500, statusText: 'Internal Server Error' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Rust' }, { timeout: 15_000 }),
    ).toBeVisible();
    expect(
      screen.getByText(
        'The organisation profile could not be loaded (the site answered 500 Internal Server Error instead of the file): verdicts are shown without it.',
      ),
    ).toBeVisible();
    // The whole app, its pages loaded on demand: slow on a busy machine.
  }, 20_000);

  it('says nothing of a profile where none applies', async () => {
    serve(null);
    renderAt('#/services/s1/result');
    const verdict = await screen.findByRole('heading', { level: 2, name: 'Rust' });
    expect(verdict.closest('section')).not.toHaveTextContent(/organisation profile/);
  });

  it('counts the portfolio’s verdicts with the profile and names it', async () => {
    serve(profile({ rings: { rust: 'hold' } }));
    renderAt('#/portfolio');
    expect(
      await screen.findByText(/Verdicts are scored with the organisation profile/),
    ).toHaveTextContent(/“Acme” \([0-9a-f]{8}\)\./);
    expect(screen.getByText('Go (deal-breaker)')).toBeInTheDocument();
    expect(screen.queryByText('More runtimes than the organisation allows')).toBeNull();
  });

  it('warns on the portfolio when its verdicts mean more runtimes than the profile allows', async () => {
    serve(profile({ maxRuntimes: 1 }));
    usePlannerStore.setState({
      teamAnswers: { 'runtimes-in-production': 'go-only' },
    });
    renderAt('#/portfolio');
    expect(
      await screen.findByText('More runtimes than the organisation allows'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /“Acme” allows at most 1 runtime in production; these verdicts mean 2 \(Go and Rust\)/,
      ),
    ).toBeInTheDocument();
  });
});
