import { Link } from 'wouter';
import { routes } from '../routes';
import './service-not-found.css';

export interface ExistingService {
  id: string;
  /** Its name as the person knows it ("Unnamed service" when it has none). */
  label: string;
  /** Where the page would have shown it. */
  href: string;
}

/**
 * Shown for an address naming a service that does not exist (removed, mistyped, or made up):
 * which id was asked for (`shownId`, already shortened), that nothing else was opened in its
 * place, and links to the services that do exist there.
 */
export function ServiceNotFound({
  shownId,
  planLabel = 'this plan',
  existing = [],
}: {
  /** The id as the address gave it, shortened for display; absent when not known. */
  shownId?: string;
  /** The plan searched: "this plan" (the one on screen), "the other plan". */
  planLabel?: string;
  existing?: readonly ExistingService[];
}) {
  const title = shownId ? `No service ${shownId} in ${planLabel}` : 'Service not found';
  return (
    <div className="page service-not-found">
      <h1>
        {shownId ? (
          <>
            No service <bdi className="service-not-found__id">{shownId}</bdi> in {planLabel}
          </>
        ) : (
          title
        )}
      </h1>
      <p>
        This address names a service that is not in {planLabel}, so nothing else was opened in its
        place. It may have been removed, or the address mistyped; your answers are untouched.
      </p>
      {existing.length > 0 && (
        <nav aria-labelledby="existing-services-heading">
          <h2 id="existing-services-heading">
            {existing.length === 1
              ? 'The service it has'
              : `The ${existing.length} services it has`}
          </h2>
          <ul>
            {existing.map((service) => (
              <li key={service.id}>
                <Link href={service.href}>
                  <bdi>{service.label}</bdi>
                </Link>{' '}
                <span className="muted">({service.id})</span>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="actions">
        <Link href={routes.services.href()} className="button button--primary">
          See your services
        </Link>
        <Link href={routes.home.href()} className="button button--secondary">
          Go to the start page
        </Link>
      </div>
    </div>
  );
}
