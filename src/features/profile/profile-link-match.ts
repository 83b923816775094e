/** How the profile a link was made with compares with the one applied here. Pure. */
import { profileIdentity, type ProfileIdentity } from '../../domain/profile';
import type { ProfileState } from '../../state/profile-store';

export type ProfileLinkMatch =
  | { kind: 'same' }
  /** No profile applies here (or the one offered is not valid, so not applied). */
  | { kind: 'none' }
  /** Another profile, or another version of it (same name, another hash). */
  | { kind: 'other'; applied: ProfileIdentity };

export function profileLinkMatch(made: ProfileIdentity, here: ProfileState): ProfileLinkMatch {
  if (here.kind !== 'applied') return { kind: 'none' };
  const applied = profileIdentity(here.opened);
  return applied.hash === made.hash ? { kind: 'same' } : { kind: 'other', applied };
}
