import { useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { getKnowledgeBase, linkTables, type KnowledgeBase } from '../../../content';
import { describeVerdictShort } from '../../domain/describe-portfolio';
import { answersForService } from '../../domain/inputs';
import { encodePermalink } from '../../domain/permalink/permalink';
import { recommend } from '../../domain/recommend';
import { LEVEL_NAME, nameOrUnnamed } from '../../domain/words';
import {
  settleTeamPlan,
  type Disagreement,
  type TeamComparison,
  type TeamService,
  type TeamValue,
} from '../../domain/team';
import {
  describeTeamSubject,
  describeTeamValue,
  summariseSettlement,
} from '../../domain/team-record';
import { routes } from '../../routes';
import { rememberSettlement } from '../../state/team-settlement';
import { ScrollRegion } from './scroll-region';

/** A choice as the value of a `<select>`: JSON, so null, option ids and weights stay apart. */
const asOption = (value: TeamValue) => JSON.stringify(value);

/** How a comparison is shown where it is not the team's: what is compared, and in what words. */
export interface ComparisonWording {
  /** The header of the column naming what is compared: members, services, plans. */
  columnLabel: string;
  /** What the rest of the plan is held at while one answer's effect is measured. */
  basis: string;
  /** The effect of one differing answer, in place of the list of outcomes. */
  describeEffect?: (d: Disagreement) => ReactNode;
  /** Shown at the end of each service's section. */
  after?: (service: TeamService) => ReactNode;
}

const TEAM_WORDING: ComparisonWording = {
  columnLabel: 'Member',
  basis: 'the proposed answers',
};

/**
 * Per service: each member's verdict, the answers they differ on (decisive first) with a choice
 * for each, and the settled plan's verdict as the lead chooses; then the way on with the settled
 * plan. `wording` says what is compared: members, services, or one service in two plans.
 */
export function TeamComparisonView({
  comparison,
  wording = TEAM_WORDING,
  settle = true,
}: {
  comparison: TeamComparison;
  wording?: ComparisonWording;
  settle?: boolean;
}) {
  const kb = getKnowledgeBase();
  const [choices, setChoices] = useState<Record<string, TeamValue>>({});
  const settled = useMemo(() => settleTeamPlan(comparison, choices), [comparison, choices]);
  const verdicts = useMemo(
    () =>
      new Map(
        settled.services.map((s) => [
          s.id,
          recommend(kb, answersForService(settled.teamAnswers, s), settled.weights),
        ]),
      ),
    [kb, settled],
  );
  const [, navigate] = useLocation();
  const choose = (key: string, value: TeamValue) =>
    setChoices((current) => ({ ...current, [key]: value }));

  const continueWithPlan = () => {
    rememberSettlement(summariseSettlement(kb, comparison, choices));
    navigate(routes.link.href(encodePermalink(kb, settled, linkTables)));
  };

  return (
    <>
      {comparison.services.map((service) => (
        <ServiceComparison
          key={service.id}
          kb={kb}
          service={service}
          members={comparison.members}
          wording={wording}
          choices={choices}
          onChoose={settle ? choose : undefined}
          settledVerdict={(() => {
            const r = verdicts.get(service.id);
            return r
              ? `${describeVerdictShort(r.verdict)} (${LEVEL_NAME[r.confidence.level]} confidence)`
              : '';
          })()}
        />
      ))}
      {settle && (
        <section aria-labelledby="settled-heading" className="team-settled">
          <h2 id="settled-heading">The settled plan</h2>
          <p>
            Each answer is the one most members gave, or the one you chose where they differ.
            Continue with it as an ordinary plan: it opens like a shared link, and you decide there
            whether to keep it in place of the answers saved in this browser.
          </p>
          <ul>
            {settled.services.map((s) => {
              const r = verdicts.get(s.id);
              return (
                <li key={s.id}>
                  {nameOrUnnamed(s.name)}:{' '}
                  <strong>{r ? describeVerdictShort(r.verdict) : ''}</strong>
                </li>
              );
            })}
          </ul>
          <button type="button" className="button button--primary" onClick={continueWithPlan}>
            Continue with the settled plan
          </button>
        </section>
      )}
    </>
  );
}

function ServiceComparison({
  kb,
  service,
  members,
  wording,
  choices,
  onChoose,
  settledVerdict,
}: {
  kb: KnowledgeBase;
  service: TeamService;
  members: string[];
  wording: ComparisonWording;
  choices: Record<string, TeamValue>;
  onChoose: ((key: string, value: TeamValue) => void) | undefined;
  settledVerdict: string;
}) {
  const headingId = `team-${service.id}`;
  const decisive = service.disagreements.filter((d) => d.decisive).length;
  return (
    <section aria-labelledby={headingId} className="team-service">
      <h2 id={headingId}>{nameOrUnnamed(service.name)}</h2>
      <ScrollRegion label={`Verdicts for ${nameOrUnnamed(service.name)}`}>
        <table className="team-table">
          <thead>
            <tr>
              <th scope="col">{wording.columnLabel}</th>
              <th scope="col">Verdict</th>
              <th scope="col">How sure</th>
            </tr>
          </thead>
          <tbody>
            {service.members.map((m) => (
              <tr key={m.member}>
                <th scope="row">{m.member}</th>
                <td>{describeVerdictShort(m.verdict)}</td>
                <td>{LEVEL_NAME[m.confidence]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {onChoose && (
        <p className="team-service__settled">
          Settled plan: <strong>{settledVerdict}</strong>
        </p>
      )}
      <h3>Where the answers differ</h3>
      {service.disagreements.length === 0 ? (
        <p>They answered alike.</p>
      ) : (
        <>
          <p>
            {service.disagreements.length} differ;{' '}
            {decisive === 0
              ? 'none decides'
              : `${decisive} ${decisive === 1 ? 'decides' : 'decide'}`}{' '}
            the verdict (with the rest of the plan at {wording.basis}). Decisive ones come first.
          </p>
          <ScrollRegion label={`Differences for ${nameOrUnnamed(service.name)}`}>
            <table className="team-table team-table--answers">
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  {members.map((m) => (
                    <th scope="col" key={m}>
                      {m}
                    </th>
                  ))}
                  <th scope="col">Effect</th>
                  {onChoose && <th scope="col">Settle with</th>}
                </tr>
              </thead>
              <tbody>
                {service.disagreements.map((d) => (
                  <DisagreementRow
                    key={d.key}
                    kb={kb}
                    serviceId={service.id}
                    d={d}
                    choice={choices[d.key]}
                    onChoose={onChoose}
                    describeEffect={wording.describeEffect}
                  />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      {wording.after?.(service)}
    </section>
  );
}

function DisagreementRow({
  kb,
  serviceId,
  d,
  choice,
  onChoose,
  describeEffect,
}: {
  kb: KnowledgeBase;
  serviceId: string;
  d: Disagreement;
  choice: TeamValue | undefined;
  onChoose: ((key: string, value: TeamValue) => void) | undefined;
  describeEffect: ((d: Disagreement) => ReactNode) | undefined;
}) {
  const subject = describeTeamSubject(kb, d);
  const selectId = `settle-${serviceId}-${d.key.replace(/[^a-z0-9-]/g, '-')}`;
  return (
    <tr className={d.decisive ? 'team-row team-row--decisive' : 'team-row'} data-key={d.key}>
      <th scope="row">
        {subject}
        {d.subject.kind === 'question' && d.subject.scope === 'team' && (
          <span className="team-row__scope"> (whole team)</span>
        )}
      </th>
      {d.values.map((v, i) => (
        <td key={i}>{describeTeamValue(kb, d, v)}</td>
      ))}
      <td>
        {d.decisive ? <strong className="team-badge">Decisive</strong> : <span>Not decisive</span>}
        <span className="team-row__effect">
          {' '}
          {describeEffect
            ? describeEffect(d)
            : `${d.outcomes
                .map(
                  (o) =>
                    `${describeTeamValue(kb, d, o.value)} → ${describeVerdictShort(o.verdict)}`,
                )
                .join('; ')}; moves the lead ${Math.round(d.swing * 100)} points`}
        </span>
        {d.tie && onChoose && <span className="team-row__tie"> A tie: your call.</span>}
      </td>
      {onChoose && (
        <td>
          <label className="visually-hidden" htmlFor={selectId}>
            Settle “{subject}”
          </label>
          <select
            id={selectId}
            value={asOption(choice === undefined ? d.proposed : choice)}
            onChange={(e) => onChoose(d.key, JSON.parse(e.target.value) as TeamValue)}
          >
            {d.outcomes.map((o) => (
              <option key={asOption(o.value)} value={asOption(o.value)}>
                {describeTeamValue(kb, d, o.value)} ({o.members.join(', ')})
                {o.value === d.proposed ? ' — proposed' : ''}
              </option>
            ))}
          </select>
        </td>
      )}
    </tr>
  );
}
