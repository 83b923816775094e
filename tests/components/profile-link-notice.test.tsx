import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { decodeProfile, type OpenedProfile } from '../../src/domain/profile';
import { ProfileLinkNotice } from '../../src/features/profile/profile-link-notice';
import { resetSiteProfile, useProfileStore } from '../../src/state/profile-store';

const kb = getKnowledgeBase();

function open(name: string, fields: Record<string, unknown> = {}): OpenedProfile {
  const result = decodeProfile(
    kb,
    JSON.stringify({ format: 'rust-or-go-profile', formatVersion: 1, name, ...fields }),
  );
  if (!result.ok) throw new Error(result.summary);
  return result.value;
}

const acme = open('Acme platform', { rings: { rust: 'hold' } });
const made = { name: 'Acme platform', hash: acme.hash };

/** The site has answered: `opened` applies, or none. */
function settle(opened: OpenedProfile | null) {
  useProfileStore.setState({
    siteChecked: true,
    profile: opened ? { kind: 'applied', opened, source: 'site' } : { kind: 'none' },
  });
}

beforeEach(() => {
  resetSiteProfile();
  // The site serves no profile.json.
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response('', { status: 404 }))),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the profile notice on an opened link', () => {
  it('says plainly that the link’s profile is not applied here, with a way to open it', async () => {
    render(<ProfileLinkNotice made={made} />);
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent(
      'This link was made with an organisation profile not applied here',
    );
    expect(notice).toHaveTextContent(
      `This link was made with the profile “Acme platform” (${acme.hash}); it is not applied here, so verdicts can differ. Open that profile to see them as the sender did.`,
    );
    expect(screen.getByRole('button', { name: 'Open that profile…' })).toBeInTheDocument();
  });

  it('names the other profile applied here, even another version of the same one', () => {
    const newer = open('Acme platform', { rings: { rust: 'trial' } });
    settle(newer);
    render(<ProfileLinkNotice made={made} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      `the one applied here is “Acme platform” (${newer.hash}), so verdicts can differ`,
    );
  });

  it('only confirms, quietly, when the same profile applies', () => {
    settle(acme);
    render(<ProfileLinkNotice made={made} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(
      screen.getByText(/made with the organisation profile .* the one applied here\./),
    ).toHaveTextContent(`“Acme platform” (${acme.hash}), the one applied here.`);
  });

  it('says nothing for a link made without a profile, nor before the site has answered', () => {
    settle(acme);
    const { container, rerender } = render(<ProfileLinkNotice />);
    expect(container).toBeEmptyDOMElement();
    resetSiteProfile();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    rerender(<ProfileLinkNotice made={made} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('opens the profile section’s file control', async () => {
    render(
      <>
        <ProfileLinkNotice made={made} />
        <input id="profile-file" type="file" aria-label="Open a profile file" />
      </>,
    );
    const input = screen.getByLabelText<HTMLInputElement>('Open a profile file');
    const click = vi.spyOn(input, 'click');
    // jsdom lays nothing out, so it has no scrollIntoView.
    const scroll = vi.fn();
    input.scrollIntoView = scroll;
    await userEvent.click(await screen.findByRole('button', { name: 'Open that profile…' }));
    expect(scroll).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    expect(input).toHaveFocus();
  });
});
