import { getKnowledgeBase } from '../../../content';
import { indexKnowledgeBase, type RevisitTrigger } from '../../domain';

/** The conditions that should reopen the decision. */
export function TriggerList({ triggers }: { triggers: readonly RevisitTrigger[] }) {
  const index = indexKnowledgeBase(getKnowledgeBase());
  return (
    <ul className="triggers">
      {triggers.map((t) => (
        <li key={t.id} className={`trigger trigger--${t.origin}`}>
          <strong>{t.label}.</strong> {t.condition}{' '}
          <span className="trigger__origin">
            {t.sourceId ? `(${index.source(t.sourceId).title})` : '(computed from this result)'}
          </span>
        </li>
      ))}
    </ul>
  );
}
