import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'wouter';
import { describePermalinkFailure } from '../../domain/permalink/describe-failure';
import type { PermalinkFailure } from '../../domain/permalink/permalink';
import { routes } from '../../routes';
import { usePlannerStore } from '../../state/planner-store';
import { closeSharedPlan, useHasOwnWork } from '../../state/shared-plan';
import { useSharedViewStore } from '../../state/shared-view-store';
import { IssueList } from './issue-list';

/**
 * A link that cannot be opened: what happened, what to do, and that nothing saved has changed.
 * The heading takes focus (even on first load), so the message is the first thing announced.
 */
export function LinkFailure({ reason }: { reason: PermalinkFailure }) {
  const words = describePermalinkFailure(reason);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hasOwn = useHasOwnWork();
  const ownServiceId = useSharedViewStore((s) => s.view?.own.activeServiceId);
  const activeServiceId = usePlannerStore((s) => s.activeServiceId);
  const [, navigate] = useLocation();

  useEffect(() => {
    document.title = 'This link cannot be opened — Rust or Go?';
    headingRef.current?.focus();
  }, []);

  const keepMine = () => {
    closeSharedPlan();
    navigate(routes.review.href(ownServiceId ?? activeServiceId));
  };

  return (
    <div className="page link-failure">
      <h1 ref={headingRef} tabIndex={-1}>
        This link cannot be opened
      </h1>
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{words.summary}</p>
        {reason.kind === 'invalid' && <IssueList issues={reason.issues} />}
        <p>{words.advice}</p>
      </div>
      <p>Nothing saved in this browser has changed.</p>
      <div className="actions">
        {hasOwn && (
          <button type="button" className="button button--primary" onClick={keepMine}>
            Continue with my saved answers
          </button>
        )}
        <Link
          href={routes.home.href()}
          className={`button ${hasOwn ? 'button--secondary' : 'button--primary'}`}
        >
          Start fresh
        </Link>
        <Link href={routes.openFile.href()} className="button button--quiet">
          Open a saved file instead
        </Link>
      </div>
    </div>
  );
}
