import { getKnowledgeBase } from '../../../content';
import { indexKnowledgeBase } from '../../domain/kb-index';
import type { RevisitTrigger } from '../../domain/recommend';
import { triggerRows } from '../../domain/flip-rows';
import { TriggerTableView } from '../../components/trigger-table-view';

/** The conditions that should reopen the decision, less those the flip table already lists. */
export function TriggerList({ triggers }: { triggers: readonly RevisitTrigger[] }) {
  const index = indexKnowledgeBase(getKnowledgeBase());
  return (
    <TriggerTableView
      caption="Or when any change under “What would flip it” comes true."
      rows={triggerRows(triggers).map((t) => ({
        id: t.id,
        label: t.label,
        condition: t.condition,
        source: t.sourceId ? index.source(t.sourceId).title : null,
      }))}
    />
  );
}
