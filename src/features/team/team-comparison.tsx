import type { ReactNode } from 'react';
import { getKnowledgeBase, type KnowledgeBase } from '../../../content';
import { describeVerdictShort } from '../../domain/describe-portfolio';
import { LEVEL_NAME, nameOrUnnamed } from '../../domain/words';
import type { Disagreement, TeamComparison, TeamService } from '../../domain/team';
import { describeTeamSubject, describeTeamValue } from '../../domain/team-record';
import { ScrollRegion } from './scroll-region';

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
}: {
  comparison: TeamComparison;
  wording?: ComparisonWording;
}) {
  const kb = getKnowledgeBase();
  return (
    <>
      {comparison.services.map((service) => (
        <ServiceComparison
          key={service.id}
          kb={kb}
          service={service}
          members={comparison.members}
          wording={wording}
        />
      ))}
    </>
  );
}

function ServiceComparison({
  kb,
  service,
  members,
  wording,
}: {
  kb: KnowledgeBase;
  service: TeamService;
  members: string[];
  wording: ComparisonWording;
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
                </tr>
              </thead>
              <tbody>
                {service.disagreements.map((d) => (
                  <DisagreementRow
                    key={d.key}
                    kb={kb}
                    serviceId={service.id}
                    d={d}
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
  d,
  describeEffect,
}: {
  kb: KnowledgeBase;
  serviceId: string;
  d: Disagreement;
  describeEffect: ((d: Disagreement) => ReactNode) | undefined;
}) {
  const subject = describeTeamSubject(kb, d);
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
      </td>
    </tr>
  );
}
