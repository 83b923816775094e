import type { RemovedService } from '../../state/planner-store';
import { displayName, serviceElementId as ids } from './service-ids';

/**
 * Offered after a removal, until it is undone, dismissed or replaced by another removal. It does
 * not time out: a keyboard or screen-reader user gets as long as they need to reach Undo.
 */
export function RemovalNotice({
  removed,
  problem,
  onUndo,
  onDismiss,
}: {
  removed: RemovedService;
  problem: string | null;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const name = displayName(removed.service.name);
  return (
    <section className="notice removal-notice" aria-labelledby="removal-title">
      <p className="notice__title" id="removal-title">
        Removed “<bdi>{name}</bdi>”.
      </p>
      {problem && <p className="removal-notice__problem">{problem}</p>}
      <div className="notice__actions">
        <button type="button" id={ids.undo} className="button button--primary" onClick={onUndo}>
          Undo <span className="visually-hidden">removing {name}</span>
        </button>
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
