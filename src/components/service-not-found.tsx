import { Link } from 'wouter';
import { routes } from '../routes';

/** Shown for an address naming a service that does not exist (removed, or a mistyped link). */
export function ServiceNotFound() {
  return (
    <div className="page">
      <h1>Service not found</h1>
      <p>
        This address names a service that is not in your planner. It may have been removed; your
        other answers are untouched.
      </p>
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
