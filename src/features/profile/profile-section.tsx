import { useMemo, useState, type ChangeEvent } from 'react';
import { getKnowledgeBase } from '../../../content';
import { Notice } from '../../components/notice';
import { usePlannerStore } from '../../state/planner-store';
import { useServiceAnswers } from '../../state/selectors';
import {
  applyProfileText,
  clearProfile,
  useAppliedProfile,
  type ProfileSource,
} from '../../state/profile-store';
import { PROFILE_FILE_INPUT_ID } from './profile-link-notice';
import { profileView } from './profile-view';
import { RadarImport } from './radar-import';
import './profile.css';

const FROM: Record<ProfileSource, string> = {
  site: 'served with this site (profile.json)',
  file: 'opened from a file',
};

/**
 * The organisation profile beside a result: which one applies (name and short hash), what it
 * makes of this service, its own evidence; a notice when the profile is not valid; and a way to
 * open a profile file. Without a profile it stays one line.
 */
export function ProfileSection({ serviceId }: { serviceId: string }) {
  const state = useAppliedProfile(getKnowledgeBase()).profile;
  const answers = useServiceAnswers(serviceId);
  const weights = usePlannerStore((s) => s.weights);
  const [readError, setReadError] = useState('');
  const view = useMemo(
    () =>
      state.kind === 'applied'
        ? profileView(getKnowledgeBase(), state.opened, answers, weights)
        : null,
    [state, answers, weights],
  );

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      applyProfileText(getKnowledgeBase(), await file.text(), 'file');
      setReadError('');
    } catch {
      setReadError(`“${file.name}” could not be read.`);
    }
  };

  return (
    <section className="profile no-print" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Organisation profile</h2>
      {state.kind === 'none' && (
        <p className="muted">
          No organisation profile applies. An organisation can state its stance (technology radar
          rings, weights, a limit on runtimes, its own evidence) in a profile file.
        </p>
      )}
      {state.kind === 'invalid' && (
        <Notice
          tone="warning"
          title={`The organisation profile ${FROM[state.source]} is not applied: it is not valid.`}
        >
          <p>{state.summary}</p>
          {state.issues.length > 0 && (
            <ul>
              {state.issues.map((issue) => (
                <li key={`${issue.field}:${issue.message}`}>
                  {issue.field}: {issue.message}
                </li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      {state.kind === 'unavailable' && (
        <Notice
          tone="warning"
          title={`The organisation profile ${FROM.site} could not be loaded: verdicts are shown without it.`}
        >
          <p>
            It is not applied because {state.reason}. Reload the page to try again; until it loads,
            links and files made here record that no profile applied.
          </p>
        </Notice>
      )}
      {state.kind === 'applied' && view && (
        <>
          <p>
            Applied: <bdi>{state.opened.profile.name}</bdi>{' '}
            <span className="profile__hash">({state.opened.hash})</span>, {FROM[state.source]}.
          </p>
          <p className="profile__verdict">
            The result above is scored with it: <strong>{view.headline}</strong>.{' '}
            {view.changed ? (
              <>
                Without it, the same answers give <strong>{view.withoutHeadline}</strong>.
              </>
            ) : (
              'Without it, the verdict would be the same.'
            )}
          </p>
          {view.profiled.applied.length > 0 && (
            <ul>
              {view.profiled.applied.map(({ rule }) => (
                <li key={rule.language}>{rule.sentence}</li>
              ))}
            </ul>
          )}
          {(state.opened.profile.evidence ?? []).length > 0 && (
            <>
              <h3>Its evidence</h3>
              <ul>
                {(state.opened.profile.evidence ?? []).map((e, i) => (
                  <li key={i}>
                    {e.claim}
                    {e.figure ? ` (${e.figure})` : ''} — {e.sourceTitle}, {e.date}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <div className="profile__open">
        <label htmlFor={PROFILE_FILE_INPUT_ID}>Open a profile file</label>
        <input
          id={PROFILE_FILE_INPUT_ID}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void open(e)}
        />
        {state.kind !== 'none' && state.source === 'file' && (
          <button type="button" className="button button--secondary" onClick={clearProfile}>
            Stop applying this profile
          </button>
        )}
        {readError && <p role="alert">{readError}</p>}
      </div>
      <RadarImport />
    </section>
  );
}
