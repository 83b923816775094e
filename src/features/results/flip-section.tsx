import { Link } from 'wouter';
import { useScoringKnowledgeBase } from '../../state/scoring';
import type { Recommendation } from '../../domain/recommend';
import { flipTable } from '../../domain/flip-rows';
import { FlipTableView } from '../../components/flip-table-view';
import { routes } from '../../routes';
import './explain.css';

/** The answer and weight changes that would turn the verdict, one row each, and whether it is fragile. */
export function FlipSection({ result, serviceId }: { result: Recommendation; serviceId: string }) {
  const kb = useScoringKnowledgeBase();
  const table = flipTable(kb, result);
  const caption =
    table.fewestAnswers === null
      ? `No change of up to ${table.searched ?? 3} answers flips it.`
      : table.fewestAnswers === 1
        ? 'Any one of these rows would flip it.'
        : `Each row flips it: all ${table.fewestAnswers} of its changes together.`;
  return (
    <section className="explain flips" aria-labelledby="flip-heading">
      <h2 id="flip-heading">What would flip it to {table.towardsName}</h2>
      {result.fragile && (
        <p className="flips__fragile">
          <strong>Fragile:</strong> one realistic change of answer would turn it.
        </p>
      )}
      {table.rows.length > 0 ? (
        <FlipTableView rows={table.rows} caption={caption} />
      ) : (
        <p>{caption}</p>
      )}
      {table.weightNote && <p>{table.weightNote}</p>}
      <p>
        <Link href={routes.review.href(serviceId)}>Review or change the answers</Link>
      </p>
    </section>
  );
}
