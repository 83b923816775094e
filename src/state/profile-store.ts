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
  | { kind: 'invalid'; source: ProfileSource; summary: string; issues: Issue[] };

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
 * Fetches the site's `profile.json` once per page. No file (404), a host that answers with its
 * index page instead, or no network means no profile; anything else is applied or refused —
 * unless the person has opened a profile of their own meanwhile, which stays.
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
      const text = await response.text();
      if (useProfileStore.getState().profile.kind === 'none') applyProfileText(kb, text, 'site');
    } catch {
      // Offline or blocked: the app works without a profile, as it does without a network.
    } finally {
      useProfileStore.setState({ siteChecked: true });
    }
  })();
  return siteProfile;
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
