import { useMemo } from 'react';
import { Link } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import { answersForService, indexKnowledgeBase, nameOrUnnamed, recommend } from '../../domain';
import { compareTeam, type TeamMember } from '../../domain/team';
import { paths } from '../../app/routes';
import { usePageFocus } from '../../components/use-page-focus';
import { usePlannerInputs } from '../../state/plan-link';
import { ScrollRegion } from './scroll-region';
import { TeamComparisonView } from './team-comparison';
import './team.css';

/**
 * Two or more services of the plan on screen side by side: the same machinery as the team view,
 * with each service in a member's place — the answers that differ and what each does to the
 * verdict — and every criterion's pull per service.
 */
export function ComparePage() {
  const kb = getKnowledgeBase();
  const inputs = usePlannerInputs();
  const headingRef = usePageFocus<HTMLHeadingElement>('compare', 'Compare services — Rust or Go?');
  const names = useMemo(() => {
    const seen = new Map<string, number>();
    return inputs.services.map((s) => {
      const name = nameOrUnnamed(s.name);
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      return n > 1 ? `${name} (${n})` : name;
    });
  }, [inputs]);
  const comparison = useMemo(() => {
    const members: TeamMember[] = inputs.services.map((s, i) => ({
      name: names[i] ?? '',
      inputs: {
        teamAnswers: inputs.teamAnswers,
        weights: inputs.weights,
        services: [{ ...s, id: 's1', name: 'Answers compared' }],
      },
    }));
    const result = compareTeam(kb, members);
    return result.ok ? result.value : null;
  }, [kb, inputs, names]);
  const criteria = useMemo(
    () =>
      inputs.services.map(
        (s) => recommend(kb, answersForService(inputs.teamAnswers, s), inputs.weights).criteria,
      ),
    [kb, inputs],
  );
  const index = indexKnowledgeBase(kb);

  return (
    <div className="page page--team">
      <h1 ref={headingRef} tabIndex={-1}>
        Compare services
      </h1>
      {!comparison ? (
        <p>
          Add a second service to compare them.{' '}
          <Link href={paths.services()}>Go to the services</Link>
        </p>
      ) : (
        <>
          <p className="lede">
            The services of this plan side by side: the answers that differ, what each answer does
            to the verdict (with the other answers at the most common ones), and each criterion’s
            pull.
          </p>
          <TeamComparisonView comparison={comparison} columnLabel="Service" settle={false} />
          <section aria-labelledby="criteria-heading">
            <h2 id="criteria-heading">Criterion by criterion</h2>
            <ScrollRegion label="Criteria per service">
              <table className="team-table">
                <thead>
                  <tr>
                    <th scope="col">Criterion</th>
                    {names.map((n) => (
                      <th scope="col" key={n}>
                        {n}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {kb.criteria.map((c, row) => (
                    <tr key={c.id}>
                      <th scope="row">{index.criterion(c.id).label}</th>
                      {criteria.map((list, i) => {
                        const score = list[row];
                        const value = score?.contribution ?? 0;
                        return (
                          <td key={names[i]}>
                            {value === 0
                              ? '—'
                              : `${value > 0 ? 'Rust' : 'Go'} ${Math.abs(value).toFixed(1)}`}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        </>
      )}
    </div>
  );
}
