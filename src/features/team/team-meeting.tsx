import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { getKnowledgeBase, linkTables, type KnowledgeBase } from '../../../content';
import { describeVerdictShort } from '../../domain/describe-portfolio';
import { encodePermalink } from '../../domain/permalink/permalink';
import { LEVEL_NAME, nameOrUnnamed } from '../../domain/words';
import type { Disagreement, TeamComparison, TeamService, TeamValue } from '../../domain/team';
import {
  describeTeamSubject,
  describeTeamValue,
  summariseSettlement,
} from '../../domain/team-record';
import { describeSettlementProblem } from '../../domain/team-settle';
import { routes } from '../../routes';
import { Notice } from '../../components/notice';
import { rememberSettlement } from '../../state/team-settlement';

/** A choice as the value of a `<select>`: JSON, so null, option ids and weights stay apart; "" is none. */
const asOption = (value: TeamValue) => JSON.stringify(value);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Go (high confidence)". */
function settledVerdict(service: TeamService): string {
  return `${describeVerdictShort(service.settled.verdict)} (${LEVEL_NAME[service.settled.confidence]} confidence)`;
}

/** "2 of 3 members’ own plans: Go; 1: Rust". */
function memberSpread(service: TeamService, total: number): string {
  return service.memberVerdicts
    .map(
      (v, i) =>
        `${i === 0 ? `${v.count} of ${total} members’ own plans` : v.count}: ${describeVerdictShort(v.verdict)}`,
    )
    .join('; ');
}

/** "holds in 87% of plausible variations across the members’ answers". */
export function teamStability(service: TeamService): string {
  const percent = Math.round(service.stability.share * 100);
  return `the settled verdict holds in ${percent}% of plausible variations drawn across every member’s answers and the weights`;
}

/** How a disagreement stands: settled (by whom, when), a tie to choose, or the majority. */
function standing(d: Disagreement): string {
  if (d.settlement) return `Settled by ${d.settlement.by} on ${d.settlement.at}`;
  if (d.tie) return d.decisive ? 'Tie — the lead chooses' : 'Tie, not decisive';
  return `Majority (${d.count} of ${d.values.length})`;
}

/**
 * The meeting: per service each member's verdict and the answers they differ on, each with what
 * every answer does to the verdict at the plan as settled so far and a control to settle it; the
 * settled plan's verdicts always in view; then the way on once every decisive tie is settled.
 */
export function TeamMeeting({
  comparison,
  onSettle,
}: {
  comparison: TeamComparison;
  /** Settles `key` with `value`, or takes the settlement back (undefined). */
  onSettle: (key: string, value: TeamValue | undefined) => void;
}) {
  const kb = getKnowledgeBase();
  const [, navigate] = useLocation();
  const continueWithPlan = () => {
    rememberSettlement(summariseSettlement(kb, comparison));
    navigate(routes.link.href(encodePermalink(kb, comparison.settled, linkTables)));
  };
  const open = comparison.open;
  return (
    <>
      {comparison.problems.length > 0 && (
        <Notice tone="warning" title="Some settlements in this team view do not apply">
          <ul>
            {comparison.problems.map((p) => (
              <li key={`${p.kind}-${p.key}`}>{describeSettlementProblem(kb, p)}</li>
            ))}
          </ul>
        </Notice>
      )}
      <section aria-labelledby="settled-heading" className="team-summary">
        <h2 id="settled-heading">The plan as settled so far</h2>
        <ul className="team-summary__list">
          {comparison.services.map((s) => (
            <li key={s.id}>
              <strong>{nameOrUnnamed(s.name)}:</strong> {settledVerdict(s)}.{' '}
              <span className="muted">
                {memberSpread(s, comparison.members.length)}; {teamStability(s)}.
              </span>
            </li>
          ))}
        </ul>
        <p className="team-summary__open" aria-live="polite">
          {open.length === 0
            ? 'Every decisive question is settled.'
            : `${plural(open.length, 'decisive tie', 'decisive ties')} for the lead to choose: ${open
                .map((d) => describeTeamSubject(kb, d))
                .join('; ')}.`}
        </p>
      </section>
      {comparison.services.map((service) => (
        <ServiceMeeting
          key={service.id}
          kb={kb}
          service={service}
          members={comparison.members}
          onSettle={onSettle}
        />
      ))}
      <section aria-labelledby="continue-heading" className="team-settled">
        <h2 id="continue-heading">Continue with the settled plan</h2>
        {open.length > 0 ? (
          <p>
            Settle the {plural(open.length, 'decisive tie', 'decisive ties')} first: until then the
            plan is not settled.
          </p>
        ) : (
          <>
            <p>
              Each answer is the one most members gave, or the one the lead settled on. Continue
              with it as an ordinary plan: it opens like a shared link, and you decide there whether
              to keep it in place of the answers saved in this browser.
            </p>
            <button type="button" className="button button--primary" onClick={continueWithPlan}>
              Continue with the settled plan
            </button>
          </>
        )}
      </section>
    </>
  );
}

function ServiceMeeting({
  kb,
  service,
  members,
  onSettle,
}: {
  kb: KnowledgeBase;
  service: TeamService;
  members: string[];
  onSettle: (key: string, value: TeamValue | undefined) => void;
}) {
  const name = nameOrUnnamed(service.name);
  const headingId = `team-${service.id}`;
  const decisive = service.disagreements.filter((d) => d.decisive).length;
  return (
    <section aria-labelledby={headingId} className="team-service">
      <h2 id={headingId}>{name}</h2>
      <p className="team-service__settled">
        Settled plan: <strong>{settledVerdict(service)}</strong>; {teamStability(service)}.
      </p>
      <ul className="team-service__members" aria-label={`Each member’s verdict for ${name}`}>
        {service.members.map((m) => (
          <li key={m.member}>
            {m.member}: {describeVerdictShort(m.verdict)} ({LEVEL_NAME[m.confidence]} confidence)
          </li>
        ))}
      </ul>
      <h3>Where the answers differ</h3>
      {service.disagreements.length === 0 ? (
        <p>They answered alike.</p>
      ) : (
        <>
          <p>
            {plural(service.disagreements.length, 'answer differs', 'answers differ')};{' '}
            {decisive === 0
              ? 'none decides'
              : `${decisive} ${decisive === 1 ? 'decides' : 'decide'}`}{' '}
            the verdict, with the rest of the plan as settled so far. Decisive ones come first.
          </p>
          <div className="team-meeting" role="region" aria-label={`Differences for ${name}`}>
            <table className="team-table team-table--meeting">
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  {members.map((m) => (
                    <th scope="col" key={m}>
                      {m}
                    </th>
                  ))}
                  <th scope="col">Effect</th>
                  <th scope="col">Settle</th>
                </tr>
              </thead>
              <tbody>
                {service.disagreements.map((d) => (
                  <MeetingRow
                    key={d.key}
                    kb={kb}
                    serviceId={service.id}
                    members={members}
                    d={d}
                    onSettle={onSettle}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function MeetingRow({
  kb,
  serviceId,
  members,
  d,
  onSettle,
}: {
  kb: KnowledgeBase;
  serviceId: string;
  members: string[];
  d: Disagreement;
  onSettle: (key: string, value: TeamValue | undefined) => void;
}) {
  const subject = describeTeamSubject(kb, d);
  const selectId = `settle-${serviceId}-${d.key.replace(/[^a-z0-9-]/g, '-')}`;
  const classes = ['team-row', d.decisive && 'team-row--decisive', d.open && 'team-row--open'];
  const effect: ReactNode = d.outcomes.map((o) => (
    <span key={asOption(o.value)} className="team-row__outcome">
      {describeTeamValue(kb, d, o.value)} → {describeVerdictShort(o.verdict)}
    </span>
  ));
  return (
    <tr className={classes.filter(Boolean).join(' ')} data-key={d.key}>
      <th scope="row">
        {subject}
        {d.subject.kind === 'question' && d.subject.scope === 'team' && (
          <span className="team-row__scope"> (whole team)</span>
        )}
      </th>
      {d.values.map((v, i) => (
        <td key={members[i] ?? i} data-label={members[i]}>
          {describeTeamValue(kb, d, v)}
        </td>
      ))}
      <td data-label="Effect" className="team-row__effect-cell">
        {d.decisive ? <strong className="team-badge">Decisive</strong> : <span>Not decisive</span>}
        <span className="team-row__effect">{effect}</span>
      </td>
      <td data-label="Settle" className="team-row__settle">
        <label className="visually-hidden" htmlFor={selectId}>
          Settle “{subject}”
        </label>
        <select
          id={selectId}
          value={d.settlement ? asOption(d.settlement.value) : ''}
          aria-describedby={`${selectId}-standing`}
          onChange={(e) =>
            onSettle(
              d.key,
              e.target.value === '' ? undefined : (JSON.parse(e.target.value) as TeamValue),
            )
          }
        >
          <option value="">
            {d.tie
              ? 'Tie — the lead chooses'
              : `Majority: ${describeTeamValue(kb, d, d.proposed)} (${d.count} of ${d.values.length})`}
          </option>
          {d.outcomes.map((o) => (
            <option key={asOption(o.value)} value={asOption(o.value)}>
              {describeTeamValue(kb, d, o.value)} ({o.members.join(', ')})
            </option>
          ))}
        </select>
        <span id={`${selectId}-standing`} className="team-row__standing">
          {standing(d)}
        </span>
      </td>
    </tr>
  );
}
