import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { getKnowledgeBase, linkTables } from '../../../content';
import { appUrl } from '../../components/app-url';
import { downloadFile } from '../../components/download-file';
import { Notice } from '../../components/notice';
import { routes } from '../../routes';
import { usePageFocus } from '../../components/use-page-focus';
import {
  decodeTeamFragment,
  encodeTeamFile,
  openTeam,
  teamLinkFits,
  type TeamEntry,
} from '../../domain/team-link';
import { TeamComparisonView } from './team-comparison';
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
    <div className="page page--team">
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
          <TeamForm />
        </>
      )}
    </div>
  );
}

function TeamView({ fragment }: { fragment: string }) {
  const kb = getKnowledgeBase();
  const opened = useMemo(() => {
    const decoded = decodeTeamFragment(fragment);
    if (!decoded.ok)
      return {
        ok: false as const,
        problems: decoded.issues.map((i) => `${i.field}: ${i.message}`),
      };
    const team = openTeam(kb, decoded.entries, linkTables);
    return team.ok ? { ...team, entries: decoded.entries } : team;
  }, [kb, fragment]);

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
  return (
    <>
      <p className="lede">
        {opened.comparison.members.length} members: {opened.comparison.members.join(', ')}. Each
        answered on their own.
      </p>
      <TeamComparisonView comparison={opened.comparison} />
      <ShareTeam fragment={fragment} entries={opened.entries} />
      <p>
        <Link href={routes.team.href()}>Compare other members</Link>
      </p>
    </>
  );
}

function ShareTeam({ fragment, entries }: { fragment: string; entries: TeamEntry[] }) {
  const fits = teamLinkFits(fragment);
  const url = appUrl(routes.team.href(fragment));
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="share-team-heading" className="team-share">
      <h2 id="share-team-heading">Share this team view</h2>
      {fits ? (
        <div className="field">
          <label htmlFor="team-link">Link to this team view</label>
          <input id="team-link" readOnly value={url} onFocus={(e) => e.target.select()} />
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
            downloadFile(encodeTeamFile(entries), 'rust-or-go-team-view.json', 'application/json')
          }
        >
          Save the team view as a file
        </button>
      </div>
      <p role="status">{copied ? 'Link copied.' : ''}</p>
    </section>
  );
}
