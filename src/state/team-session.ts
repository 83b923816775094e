/**
 * The team view last open in this browser (its address after "#/team/": members, lead and
 * settlements), so the navigation's "Team" brings the meeting back as it was left. Kept under a
 * key and version of its own: the planner's saved state is untouched. Only the text of the
 * address is kept; it is read like any team link when the view opens.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface TeamSessionState {
  fragment: string | null;
}

export const TEAM_SESSION_KEY = 'rust-or-go-team-session';
/** Far above any team link the app shares (it offers a file beyond its link length). */
const MAX_FRAGMENT = 200_000;

export const useTeamSessionStore = create<TeamSessionState>()(
  persist((): TeamSessionState => ({ fragment: null }), {
    name: TEAM_SESSION_KEY,
    version: 1,
    storage: createJSONStorage(() => localStorage),
    merge: (persisted, current) => {
      const fragment = (persisted as { fragment?: unknown } | null)?.fragment;
      return {
        ...current,
        fragment:
          typeof fragment === 'string' && fragment !== '' && fragment.length <= MAX_FRAGMENT
            ? fragment
            : null,
      };
    },
  }),
);

export function rememberTeamSession(fragment: string | null): void {
  // Storage full or blocked: the meeting stays in its address, only the shortcut is lost.
  try {
    useTeamSessionStore.setState({ fragment });
  } catch {
    /* kept in the address */
  }
}
