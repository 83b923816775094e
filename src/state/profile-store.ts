/**
 * The organisation profile the app applies: the `profile.json` the host serves next to
 * index.html, or one the person opens. Not persisted: a served profile is fetched on each visit,
 * so the host's current one applies; an opened one lasts until the page is closed.
 *
 * Kept with the stores rather than in its feature because every result names it: the links,
 * the report and the decision record read which profile applies from here.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { KnowledgeBase } from '../../content';
import type { Issue } from '../domain/issues';
import {
  decodeProfile,
  profileIdentity,
  withProfile,
  type OpenedProfile,
  type ProfileIdentity,
} from '../domain/profile';

export type ProfileSource = 'site' | 'file';

export type ProfileState =
  | { kind: 'none' }
  | { kind: 'applied'; opened: OpenedProfile; source: ProfileSource }
  | { kind: 'invalid'; source: ProfileSource; summary: string; issues: Issue[] }
  /**
   * The site has a profile.json, but it could not be fetched (no network, or an answer other
   * than the file or a 404): results are scored without it, and every scoring page says so.
   */
  | { kind: 'unavailable'; source: 'site'; reason: string };

export const useProfileStore = create<{
  profile: ProfileState;
  /** Whether the site's profile.json has been asked for and answered (or failed to be). */
  siteChecked: boolean;
}>(() => ({ profile: { kind: 'none' }, siteChecked: false }));

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
 * Fetches the site's `profile.json` once per page. No file (404, or 410), or a host that answers
 * with its index page instead (an HTML content type), means no profile on this site. A profile
 * that cannot be fetched — no network, a server error — is `unavailable`, and one that is not a
 * valid profile is `invalid`: both are named on every page that scores, never read as "no
 * profile". A profile the person has opened meanwhile stays.
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
      if (response.status === 404 || response.status === 410) return;
      if (!response.ok) {
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        return failSite(`the site answered ${status} instead of the file`);
      }
      if ((response.headers.get('content-type') ?? '').includes('text/html')) return;
      const text = await response.text();
      if (useProfileStore.getState().profile.kind === 'none') applyProfileText(kb, text, 'site');
    } catch {
      failSite('the network request failed (offline, or blocked)');
    } finally {
      useProfileStore.setState({ siteChecked: true });
    }
  })();
  return siteProfile;
}

/** Records that the site's profile could not be fetched, unless one was opened meanwhile. */
function failSite(reason: string): void {
  if (useProfileStore.getState().profile.kind === 'none') {
    useProfileStore.setState({ profile: { kind: 'unavailable', source: 'site', reason } });
  }
}

/**
 * Why a profile that should apply does not, in one sentence for every page that scores; null
 * when nothing failed (a profile applies, or none is meant to).
 */
export function profileFailure(profile: ProfileState): string | null {
  if (profile.kind === 'unavailable') {
    return `The organisation profile could not be loaded (${profile.reason}): verdicts are shown without it.`;
  }
  if (profile.kind === 'invalid') {
    const where = profile.source === 'site' ? 'served with this site' : 'opened from a file';
    return `The organisation profile ${where} could not be loaded (it is not valid): verdicts are shown without it.`;
  }
  return null;
}

/** Resolves once the site has answered whether it serves a profile (fetching it if need be). */
export function profileSettled(kb: KnowledgeBase, baseUrl: string): Promise<void> {
  return useProfileStore.getState().siteChecked ? Promise.resolve() : loadSiteProfile(kb, baseUrl);
}

/**
 * The profile that applies, asking for the site's profile.json on first use. `ready` turns true
 * once the site has answered (or a profile was opened), so a printout can wait for it.
 */
export function useAppliedProfile(kb: KnowledgeBase): { profile: ProfileState; ready: boolean } {
  const profile = useProfileStore((s) => s.profile);
  const siteChecked = useProfileStore((s) => s.siteChecked);
  useEffect(() => {
    void loadSiteProfile(kb, import.meta.env.BASE_URL);
  }, [kb]);
  return { profile, ready: siteChecked || profile.kind === 'applied' };
}

/**
 * `kb` as the applied profile (the store's, unless given) makes it — its holds, adoption costs
 * and weights, through `withProfile` — or `kb` itself when none applies: what results are scored
 * with.
 */
export function scoredWithProfile(
  kb: KnowledgeBase,
  profile: ProfileState = useProfileStore.getState().profile,
): KnowledgeBase {
  return profile.kind === 'applied' ? withProfile(kb, profile.opened) : kb;
}

/** The name and hash of the profile applied; undefined when none is. */
export function appliedIdentity(profile: ProfileState): ProfileIdentity | undefined {
  return profile.kind === 'applied' ? profileIdentity(profile.opened) : undefined;
}

/** For tests: forget the fetched profile so the next load fetches again. */
export function resetSiteProfile(): void {
  siteProfile = undefined;
  useProfileStore.setState({ profile: { kind: 'none' }, siteChecked: false });
}
