import { Link } from 'wouter';
import { routes } from '../../routes';

/**
 * The questionnaire's progress: every step by name, the current one marked, and each step done
 * so far — or answered already, further on — a link to it (the last step is the review).
 */
export function ProgressSteps({
  titles,
  current,
  serviceId,
  answered = [],
}: {
  titles: string[];
  current: number;
  serviceId: string;
  /** For each step, whether all its questions are answered: a step ahead that is can be opened. */
  answered?: readonly boolean[];
}) {
  return (
    <nav className="progress" aria-label="Questionnaire progress">
      <div className="progress__bar" aria-hidden="true">
        <div className="progress__fill" style={{ width: `${(current / titles.length) * 100}%` }} />
      </div>
      <ol className="progress__steps">
        {titles.map((title, i) => {
          const n = i + 1;
          const state =
            n < current ? 'done' : n === current ? 'current' : answered[i] ? 'answered' : 'todo';
          const label = (
            <>
              <span className="progress__number" aria-hidden="true">
                {n}
              </span>
              <span className="progress__title">
                {title}
                {(state === 'done' || state === 'answered') && (
                  <span className="visually-hidden"> ({state})</span>
                )}
              </span>
            </>
          );
          return (
            <li
              key={title}
              className={`progress__step progress__step--${state}`}
              aria-current={n === current ? 'step' : undefined}
            >
              {state === 'done' || state === 'answered' ? (
                <Link
                  className="progress__link"
                  href={
                    n === titles.length
                      ? routes.review.href(serviceId)
                      : routes.step.href(serviceId, n)
                  }
                >
                  {label}
                </Link>
              ) : (
                label
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
