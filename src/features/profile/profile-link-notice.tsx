import { useMemo } from 'react';
import { getKnowledgeBase } from '../../../content';
import { Notice } from '../../components/notice';
import type { OpenedPlan } from '../../domain/opened-plan';
import {
  describeProfileIdentity,
  profileIdentity,
  type OpenedProfile,
  type ProfileIdentity,
} from '../../domain/profile';
import { compareVerdicts, describeSnapshot } from '../../domain/verdict-snapshot';
import { nameOrUnnamed } from '../../domain/words';
import { useAppliedProfile } from '../../state/profile-store';
import { profileLinkMatch } from './profile-link-match';
import './profile.css';

/** The id of the profile section's file control, which the notice's action opens. */
export const PROFILE_FILE_INPUT_ID = 'profile-file';

/**
 * Above an opened link's result: whether the organisation profile the link was made with is the
 * one applied here, compared both ways. Another profile, or none, gets a plain warning and a way
 * to open that profile; the same one a quiet line. A link made without a profile, opened where
 * one applies, says the sender saw the knowledge base's own verdicts and offers to show them.
 * Nothing is said until the site has answered whether it serves a profile.
 */
export function ProfileLinkNotice({ made, plan }: { made?: ProfileIdentity; plan?: OpenedPlan }) {
  const { profile, ready } = useAppliedProfile(getKnowledgeBase());
  if (!ready) return null;
  if (!made) {
    return profile.kind === 'applied' && plan ? (
      <MadeWithoutProfile applied={profile.opened} plan={plan} />
    ) : null;
  }
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

/**
 * A link made where no profile applied, opened under one: the verdicts below are the profile's,
 * the sender's were the knowledge base's own — which a disclosure lists, service by service.
 */
function MadeWithoutProfile({ applied, plan }: { applied: OpenedProfile; plan: OpenedPlan }) {
  const kb = getKnowledgeBase();
  const plain = useMemo(() => compareVerdicts(kb, plan.inputs, plan.authorVerdicts), [kb, plan]);
  return (
    <div className="profile-link">
      <Notice tone="warning" title="This link was made without an organisation profile">
        <p>
          Whoever made it saw the knowledge base’s own verdicts. Here the organisation profile{' '}
          <bdi>{describeProfileIdentity(profileIdentity(applied))}</bdi> applies, so the verdicts
          below can differ from theirs.
        </p>
        <details className="profile-link__plain">
          <summary>Show the verdicts without the profile</summary>
          <ul>
            {plain.map((c) => (
              <li key={c.serviceId}>
                <bdi>{nameOrUnnamed(c.name)}</bdi>: {describeSnapshot(kb, c.today)}
                {c.author && c.differs && ` (the sender saw ${describeSnapshot(kb, c.author)})`}
              </li>
            ))}
          </ul>
        </details>
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
