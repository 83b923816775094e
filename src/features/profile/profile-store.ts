/**
 * The organisation profile the app applies: the `profile.json` the host serves next to
 * index.html, or one the person opens. Not persisted: a served profile is fetched on each visit,
 * so the host's current one applies; an opened one lasts until the page is closed.
 */
import { create } from 'zustand';
import type { KnowledgeBase } from '../../../content';
import { decodeProfile, type Issue, type OpenedProfile } from '../../domain';

export type ProfileSource = 'site' | 'file';

export type ProfileState =
  | { kind: 'none' }
  | { kind: 'applied'; opened: OpenedProfile; source: ProfileSource }
  | { kind: 'invalid'; source: ProfileSource; summary: string; issues: Issue[] };

export const useProfileStore = create<{ profile: ProfileState }>(() => ({
  profile: { kind: 'none' },
}));

/** Reads a profile's text from `source` into the store: applied, or refused with its issues. */
export function applyProfileText(kb: KnowledgeBase, text: string, source: ProfileSource): void {
  const result = decodeProfile(kb, text);
  useProfileStore.setState({
    profile: result.ok
      ? { kind: 'applied', opened: result.value, source }
      : { kind: 'invalid', source, summary: result.summary, issues: result.issues },
  });
}

export function clearProfile(): void {
  useProfileStore.setState({ profile: { kind: 'none' } });
}

let siteProfile: Promise<void> | undefined;

/**
 * Fetches the site's `profile.json` once per page. No file (404), a host that answers with its
 * index page instead, or no network means no profile; anything else is applied or refused.
 */
export function loadSiteProfile(kb: KnowledgeBase, baseUrl: string): Promise<void> {
  siteProfile ??= (async () => {
    try {
      const response = await fetch(
        `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}profile.json`,
        {
          // Not text/html or */*: a development or preview server then answers 404, not index.html.
          headers: { Accept: 'application/json' },
          cache: 'no-cache',
        },
      );
      if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return;
      applyProfileText(kb, await response.text(), 'site');
    } catch {
      // Offline or blocked: the app works without a profile, as it does without a network.
    }
  })();
  return siteProfile;
}

/** For tests: forget the fetched profile so the next load fetches again. */
export function resetSiteProfile(): void {
  siteProfile = undefined;
  clearProfile();
}
