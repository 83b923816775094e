import { Link } from 'wouter';
import type { RecommendationView } from '../../domain/recommendation-view';
import { IF_AN_ANSWER_IS_OFF, IF_THINGS_CHANGE, WEIGHT_SENSITIVITY } from '../../domain/words';
import { FlipTableView } from '../../components/flip-table-view';
import { routes } from '../../routes';
import './explain.css';

/**
 * Every set of answer changes that would turn the verdict, one row each, whether it is fragile,
 * and apart from them the nearest change of weights (a setting, not an event).
 */
export function FlipSection({ view, serviceId }: { view: RecommendationView; serviceId: string }) {
  const table = view.flips;
  return (
    <section className="explain flips" aria-labelledby="flip-heading">
      <h2 id="flip-heading">What would flip it to {table.towardsName}</h2>
      {view.fragile && <p className="flips__fragile">{view.fragile}</p>}
      <h3>{IF_AN_ANSWER_IS_OFF}</h3>
      {table.rows.length > 0 ? (
        <FlipTableView rows={table.rows} caption={table.caption} />
      ) : (
        <p>{table.caption}</p>
      )}
      <h3>{IF_THINGS_CHANGE}</h3>
      {table.events.length > 0 ? (
        <FlipTableView rows={table.events} caption={table.eventsCaption} />
      ) : (
        <p>{table.eventsCaption}</p>
      )}
      <h3>{WEIGHT_SENSITIVITY}</h3>
      <p>{table.weightSentence}</p>
      <p>
        <Link href={routes.review.href(serviceId)}>Review or change the answers</Link>
      </p>
    </section>
  );
}
