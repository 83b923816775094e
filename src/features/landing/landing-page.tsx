import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { paths } from '../../components/paths';
import { usePageFocus } from '../../components/use-page-focus';
import { startOver, usePlannerStore } from '../../state/planner-store';
import { selectActiveService } from '../../state/selectors';
import { WorkedExamples } from './worked-examples';

/** One screen: what this is, and a way in — blank, from a worked example, or where you left off. */
export function LandingPage() {
  const [, navigate] = useLocation();
  const headingRef = usePageFocus<HTMLHeadingElement>(
    'landing',
    'Rust or Go? — decide service by service',
  );
  const service = usePlannerStore(selectActiveService);
  const teamAnswers = usePlannerStore((s) => s.teamAnswers);
  const services = usePlannerStore((s) => s.services);
  // Any service with work counts, not just the active one: starting over replaces them all.
  const hasWork =
    Object.keys(teamAnswers).length > 0 ||
    services.some((s) => s.name.trim() !== '' || Object.keys(s.answers).length > 0);
  /** A start that would replace saved work waits here for confirmation. */
  const [pending, setPending] = useState<{ presetId?: string; label: string } | null>(null);

  const begin = (presetId?: string) => {
    const serviceId = startOver(presetId);
    navigate(presetId ? paths.review(serviceId) : paths.step(serviceId, 1));
  };
  const request = (presetId: string | undefined, label: string) =>
    hasWork ? setPending({ presetId, label }) : begin(presetId);
  // The worked examples keep one callback for their whole life (see WorkedExamples); it calls
  // the latest `request`.
  const requestRef = useRef(request);
  useEffect(() => {
    requestRef.current = request;
  });
  const pickPreset = useCallback(
    (presetId: string, name: string) => requestRef.current(presetId, `from “${name}”`),
    [],
  );

  return (
    <div className="page page--landing">
      <section className="hero" aria-labelledby="landing-heading">
        <h1 id="landing-heading" ref={headingRef} tabIndex={-1}>
          Rust or Go?
        </h1>
        <p className="hero__lede">
          Decide, service by service, whether to build a backend in Rust or in Go — with the
          reasons, the evidence behind each one, and what would change the answer.
        </p>
        <ul className="hero__points">
          <li>
            About 20 questions on the workload, the team and the organisation, with help beside
            each.
          </li>
          <li>Every reason cites one of five public articles, with their measured figures.</li>
          <li>Runs entirely in your browser: nothing you enter is sent anywhere.</li>
        </ul>
        <div className="actions actions--start">
          {hasWork && service && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => navigate(paths.step(service.id, 1))}
            >
              {service.name.trim() ? (
                // One flex item, so the words wrap together; <bdi>: a right-to-left name
                // cannot reorder the words around it.
                <span>
                  Continue “<bdi>{service.name.trim()}</bdi>”
                </span>
              ) : (
                'Continue where you left off'
              )}
            </button>
          )}
          <button
            type="button"
            className={`button ${hasWork ? 'button--secondary' : 'button--primary'}`}
            onClick={() => request(undefined, 'a blank questionnaire')}
          >
            Start a blank questionnaire
          </button>
          <Link href={paths.openFile()} className="button button--quiet">
            Open a saved answers file
          </Link>
        </div>
        {pending && (
          <div
            className="notice notice--warning"
            role="alertdialog"
            aria-labelledby="replace-title"
            aria-describedby="replace-text"
          >
            <p className="notice__title" id="replace-title">
              Replace your current answers?
            </p>
            <p id="replace-text">
              Starting {pending.label} replaces the answers you have saved in this browser
              {services.length > 1 ? `, for all ${services.length} services` : ''}.
            </p>
            <div className="notice__actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => begin(pending.presetId)}
              >
                Replace and start
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setPending(null)}
              >
                Keep my answers
              </button>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="presets-heading">
        <h2 id="presets-heading">Or start from a worked example</h2>
        <p className="muted">
          Each fills in the answers the sources describe; review and adjust them before you trust
          the result.
        </p>
        <WorkedExamples onPick={pickPreset} />
      </section>
    </div>
  );
}
