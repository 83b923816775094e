import type { RecommendationView } from '../../domain/recommendation-view';
import { TRIGGERS_INTRO } from '../../domain/words';
import { TriggerTableView } from '../../components/trigger-table-view';

/** When to review the decision, and the events that should reopen it sooner. */
export function TriggerList({ view }: { view: RecommendationView }) {
  return (
    <>
      <p>{view.review.sentence}</p>
      {view.triggers.length > 0 && (
        <TriggerTableView caption={TRIGGERS_INTRO} rows={view.triggers} />
      )}
    </>
  );
}
