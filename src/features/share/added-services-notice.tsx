import { useId } from 'react';
import { nameOrUnnamed } from '../../domain/words';
import {
  dismissAddedServices,
  undoAddedServices,
  useAddedServicesStore,
} from '../../state/add-services';

/**
 * After services from a shared link or a file were added to the person's own plan: which ones,
 * what was not taken from the other plan (its weights, its team answers), and Undo. A region
 * rather than a live status, like the replaced-plan notice: the page the person lands on is what
 * should be read out, and this stays while they look around.
 */
export function AddedServicesNotice() {
  const added = useAddedServicesStore((s) => s.added);
  const id = useId();
  if (!added) return null;
  // The notice leaves with its buttons: focus goes to the page's heading rather than be lost.
  const then = (action: () => void) => () => {
    action();
    (
      document.querySelector<HTMLElement>('main h1[tabindex]') ?? document.getElementById('main')
    )?.focus();
  };
  const count = added.added.length;
  const other = added.from === 'link' ? 'The shared plan' : 'The file';
  return (
    <div className="notice notice--info added-services" role="region" aria-labelledby={id}>
      <p className="notice__title" id={id}>
        {count === 1 ? 'Added 1 service to your plan' : `Added ${count} services to your plan`}
      </p>
      <ul className="added-services__list">
        {added.added.map((service) => (
          <li key={service.id}>
            <bdi>{nameOrUnnamed(service.name)}</bdi>
            {service.sameNameAsOwn && (
              <span className="added-services__same"> — a service of yours has the same name</span>
            )}
          </li>
        ))}
      </ul>
      {(added.weightsDiffer || added.teamAnswersDiffer) && (
        <p>
          {other} had different{' '}
          {added.weightsDiffer && added.teamAnswersDiffer
            ? 'weights and team answers'
            : added.weightsDiffer
              ? 'weights'
              : 'team answers'}
          ; yours were kept, and the added services are scored with them.
        </p>
      )}
      <div className="notice__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={then(undoAddedServices)}
        >
          Undo
        </button>
        <button type="button" className="button button--quiet" onClick={then(dismissAddedServices)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
