import { getKnowledgeBase } from '../../../content';
import { indexKnowledgeBase } from '../../domain/kb-index';
import type { CriterionScore } from '../../domain/score';
import { ScrollRegion } from './scroll-region';

/** A criterion's pull in words: "Rust 1.5", "Go 0.8", or a dash for none. */
function pull(value: number): string {
  return value === 0 ? '—' : `${value > 0 ? 'Rust' : 'Go'} ${Math.abs(value).toFixed(1)}`;
}

/**
 * Every criterion's pull (weight × signal) per column — a service, or one service's version in
 * a plan — criterion by criterion, in the knowledge base's order.
 */
export function CriteriaTable({
  label,
  columns,
}: {
  label: string;
  columns: { label: string; criteria: readonly CriterionScore[] }[];
}) {
  const kb = getKnowledgeBase();
  const index = indexKnowledgeBase(kb);
  return (
    <section aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">Criterion by criterion</h2>
      <ScrollRegion label={label}>
        <table className="team-table">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {columns.map((c) => (
                <th scope="col" key={c.label}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kb.criteria.map((criterion) => (
              <tr key={criterion.id}>
                <th scope="row">{index.criterion(criterion.id).label}</th>
                {columns.map((c) => (
                  <td key={c.label}>
                    {pull(
                      c.criteria.find((s) => s.criterionId === criterion.id)?.contribution ?? 0,
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
