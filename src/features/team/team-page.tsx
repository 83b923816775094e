import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { getKnowledgeBase, linkTables } from '../../../content';
import { appUrl } from '../../components/app-url';
import { downloadFile } from '../../components/download-file';
import { Notice } from '../../components/notice';
import { routes } from '../../routes';
import { usePageFocus } from '../../components/use-page-focus';
import type { TeamValue } from '../../domain/team';
import {
  decodeTeamFragment,
  encodeTeamFile,
  encodeTeamFragment,
  openTeam,
  TEAM_NAME_MAX,
  teamLinkFits,
  type TeamState,
  type TeamView,
} from '../../domain/team-link';
import { settleOn, withSettlement } from '../../domain/team-settle';
import { isoDate } from '../../components/today';
import { rememberTeamSession, useTeamSessionStore } from '../../state/team-session';
import { TeamMeeting } from './team-meeting';
import { TeamForm } from './team-form';
import './team.css';

/**
 * The team view (#/team, or #/team/<members> once the members' plans are in): gather the
 * members' links or files, then compare them and settle one plan.
 */
export function TeamPage({ fragment }: { fragment?: string }) {
  const headingRef = usePageFocus<HTMLHeadingElement>(
    `team-${fragment ? 'view' : 'form'}`,
    'Decide as a team — Rust or Go?',
  );
  return (
    <div className={`page page--team${fragment ? ' page--team-meeting' : ''}`}>
      <h1 ref={headingRef} tabIndex={-1}>
        Decide as a team
      </h1>
      {fragment ? (
        <TeamView fragment={fragment} />
      ) : (
        <>
          <p className="lede">
            Each member answers the same plan on their own and sends you their link or answers file.
            Add them here, each with the member’s name: you will see where they differ, which
            differences decide a verdict, and a settled plan to continue with. Nothing is sent
            anywhere.
          </p>
          <ResumeTeam />
          <TeamForm />
        </>
      )}
    </div>
  );
}

function TeamView({ fragment }: { fragment: string }) {
  const kb = getKnowledgeBase();
  const [, navigate] = useLocation();
  const opened = useMemo(() => {
    const decoded = decodeTeamFragment(fragment);
    if (!decoded.ok)
      return {
        ok: false as const,
        problems: decoded.issues.map((i) => `${i.field}: ${i.message}`),
      };
    const team = openTeam(kb, decoded.entries, linkTables, decoded.settlements);
    return team.ok ? { ...team, view: decoded } : team;
  }, [kb, fragment]);
  const [lead, setLead] = useState(opened.ok ? (opened.view.lead ?? '') : '');

  useEffect(() => {
    if (opened.ok) rememberTeamSession(fragment);
  }, [opened.ok, fragment]);

  if (!opened.ok) {
    return (
      <Notice tone="error" title="These plans cannot be compared">
        <ul>
          {opened.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <p>
          <Link href={routes.team.href()}>Add the members again</Link>
        </p>
      </Notice>
    );
  }
  const { comparison, view } = opened;
  /** The meeting's state goes into the address (replacing it: Back leaves the meeting). */
  const keep = (state: TeamState) =>
    navigate(routes.team.href(encodeTeamFragment(view.entries, state)), { replace: true });
  const onSettle = (key: string, value: TeamValue | undefined) =>
    keep({
      ...(lead.trim() ? { lead: lead.trim() } : {}),
      settlements: withSettlement(
        comparison.settlements,
        key,
        value === undefined ? undefined : settleOn(key, value, lead, isoDate()),
      ),
    });
  const own = lead.trim() !== '' && comparison.members.includes(lead.trim());
  return (
    <>
      <p className="lede">
        {comparison.members.length} members:{' '}
        {comparison.members
          .map((m) => (own && m === lead.trim() ? `${m} (the lead’s own answers)` : m))
          .join(', ')}
        . Each answered on their own.
      </p>
      <div className="field team-lead">
        <label htmlFor="team-lead">Who settles (the lead)</label>
        <p className="field__hint" id="team-lead-hint">
          Each settlement records this name and the day.
        </p>
        <input
          id="team-lead"
          type="text"
          value={lead}
          maxLength={TEAM_NAME_MAX}
          autoComplete="name"
          aria-describedby="team-lead-hint"
          onChange={(e) => setLead(e.target.value)}
          onBlur={() => {
            if (lead.trim() !== (view.lead ?? ''))
              keep({
                ...(lead.trim() ? { lead: lead.trim() } : {}),
                settlements: comparison.settlements,
              });
          }}
        />
      </div>
      <TeamMeeting comparison={comparison} onSettle={onSettle} />
      <ShareTeam fragment={fragment} view={view} />
      <p>
        <Link href={routes.team.href()} onClick={() => rememberTeamSession(null)}>
          Start another team view
        </Link>
      </p>
    </>
  );
}

/** The team view left open in this browser, to go back to. */
function ResumeTeam() {
  const fragment = useTeamSessionStore((s) => s.fragment);
  if (!fragment) return null;
  return (
    <p>
      <Link href={routes.team.href(fragment)}>Back to the team view you left open</Link>
    </p>
  );
}

function ShareTeam({ fragment, view }: { fragment: string; view: TeamView }) {
  const fits = teamLinkFits(fragment);
  const url = appUrl(routes.team.href(fragment));
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="share-team-heading" className="team-share">
      <h2 id="share-team-heading">Share this team view</h2>
      {fits ? (
        <div className="field">
          <label htmlFor="team-link">Link to this team view</label>
          <input
            id="team-link"
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : (
        <p>This team view is too long to share safely as a link; save it as a file instead.</p>
      )}
      <div className="notice__actions">
        {fits && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              void navigator.clipboard?.writeText(url).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            Copy the link
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            downloadFile(
              encodeTeamFile(view.entries, view),
              'rust-or-go-team-view.json',
              'application/json',
            )
          }
        >
          Save the team view as a file
        </button>
      </div>
      <p role="status">{copied ? 'Link copied.' : ''}</p>
    </section>
  );
}
