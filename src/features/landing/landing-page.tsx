import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { routes } from '../../routes';
import { usePageFocus } from '../../components/use-page-focus';
import { hasLoadedKnowledgeBase } from '../../state/knowledge-base';
import { replacingNeedsConfirmation, startOver, usePlannerStore } from '../../state/planner-store';
import { selectActiveService } from '../../state/selectors';
import { getOwnInputs, useHasOwnWork } from '../../state/own-plan';
import { ReplaceDialog } from './lazy-replace-dialog';
import { StartAddress } from './start-address';
import { WorkedExamples } from './worked-examples';

interface LandingPageProps {
  /**
   * Set at a start address (#/start, #/start/<presetId>): the way in a link asked for, followed
   * before the app was running to handle the click, or opened from elsewhere.
   */
  start?: { presetId?: string };
}

/** One screen: what this is, and a way in — blank, from a worked example, or where you left off. */
export function LandingPage({ start }: LandingPageProps) {
  const [, navigate] = useLocation();
  const headingRef = usePageFocus<HTMLHeadingElement>(
    'landing',
    'Rust or Go? — decide service by service',
  );
  const service = usePlannerStore(selectActiveService);
  const hasWork = useHasOwnWork();
  /** A start that would replace saved work waits here for confirmation. */
  const [pending, setPending] = useState<{ presetId?: string; label: string } | null>(null);
  const atStartAddress = start !== undefined;

  const begin = (presetId?: string) => {
    const serviceId = startOver(presetId);
    // A start address gives way to the page it started, so neither Back nor a reload can come
    // back to it and start over a second time.
    navigate(presetId ? routes.review.href(serviceId) : routes.step.href(serviceId, 1), {
      replace: atStartAddress,
    });
  };
  const keep = () => {
    setPending(null);
    if (atStartAddress) navigate(routes.home.href(), { replace: true });
  };
  // The ways in are links to a start address, so that they work before the app runs. Once it
  // runs and content has loaded, a click is handled here instead, as a button would: no address
  // in between. (The worked examples hydrate only once content has loaded.)
  const request = (presetId: string | undefined, label: string) =>
    replacingNeedsConfirmation() ? setPending({ presetId, label }) : begin(presetId);
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
              onClick={() => navigate(routes.step.href(service.id, 1))}
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
          <Link
            href={routes.start.href()}
            className={`button ${hasWork ? 'button--secondary' : 'button--primary'}`}
            onClick={(event) => {
              // Starting needs content (to save it, and to ask). Until it has loaded, the link
              // leads to the start address, which waits for it.
              if (!hasLoadedKnowledgeBase()) return;
              event.preventDefault();
              request(undefined, 'a blank questionnaire');
            }}
          >
            Start a blank questionnaire
          </Link>
          <Link href={routes.openFile.href()} className="button button--quiet">
            Open a saved answers file
          </Link>
          <Link href={routes.decisions.href()} className="button button--quiet">
            Open decisions
          </Link>
        </div>
        {pending ? (
          <Suspense fallback={null}>
            <ReplaceDialog
              label={pending.label}
              own={getOwnInputs()}
              onReplace={() => begin(pending.presetId)}
              onKeep={keep}
              fallbackFocus={headingRef}
            />
          </Suspense>
        ) : (
          start && (
            // Waits for content, which names the worked examples; the page shows meanwhile.
            <Suspense fallback={null}>
              <StartAddress
                key={start.presetId ?? ''}
                presetId={start.presetId}
                onStart={begin}
                onLeave={keep}
                fallbackFocus={headingRef}
              />
            </Suspense>
          )
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
