import { getKnowledgeBase } from '../../../content';
import { Notice } from '../../components/notice';
import type { ProfileIdentity } from '../../domain/profile';
import { useAppliedProfile } from '../../state/profile-store';
import { profileLinkMatch } from './profile-link-match';
import './profile.css';

/** The id of the profile section's file control, which the notice's action opens. */
export const PROFILE_FILE_INPUT_ID = 'profile-file';

/**
 * Above an opened link's result: whether the organisation profile the link was made with is the
 * one applied here. Another profile, or none, gets a plain warning and a way to open that
 * profile; the same one a quiet line. A link made without a profile shows nothing, and nothing is
 * said until the site has answered whether it serves a profile.
 */
export function ProfileLinkNotice({ made }: { made?: ProfileIdentity }) {
  const { profile, ready } = useAppliedProfile(getKnowledgeBase());
  if (!made || !ready) return null;
  const match = profileLinkMatch(made, profile);
  const name = (
    <>
      “<bdi>{made.name}</bdi>” <span className="profile__hash">({made.hash})</span>
    </>
  );
  if (match.kind === 'same') {
    return (
      <p className="profile-link profile-link--same muted">
        This link was made with the organisation profile {name}, the one applied here.
      </p>
    );
  }
  return (
    <div className="profile-link">
      <Notice
        tone="warning"
        title="This link was made with an organisation profile not applied here"
        actions={
          <button type="button" className="button button--secondary" onClick={openProfileFile}>
            Open that profile…
          </button>
        }
      >
        <p>
          This link was made with the profile {name};{' '}
          {match.kind === 'none' ? (
            'it is not applied here'
          ) : (
            <>
              the one applied here is “<bdi>{match.applied.name}</bdi>”{' '}
              <span className="profile__hash">({match.applied.hash})</span>
            </>
          )}
          , so verdicts can differ. Open that profile to see them as the sender did.
        </p>
      </Notice>
    </div>
  );
}

/** Brings the profile section's file control into view and opens it. */
function openProfileFile(): void {
  const input = document.getElementById(PROFILE_FILE_INPUT_ID);
  if (!(input instanceof HTMLInputElement)) return;
  input.scrollIntoView({ block: 'center' });
  input.focus();
  input.click();
}
