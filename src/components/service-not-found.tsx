import { Link } from 'wouter';
import { paths } from '../app/routes';

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
        <Link href={paths.services()} className="button button--primary">
          See your services
        </Link>
        <Link href={paths.home()} className="button button--secondary">
          Go to the start page
        </Link>
      </div>
    </div>
  );
}
