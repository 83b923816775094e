import { useState } from 'react';
import { useLocation } from 'wouter';
import { Notice } from '../../components/notice';
import { routes } from '../../routes';
import { replacingNeedsConfirmation, usePlannerStore } from '../../state/planner-store';
import {
  closeSharedPlan,
  getOwnInputs,
  keepSharedPlan,
  useHasOwnWork,
} from '../../state/shared-plan';
import { useSharedViewStore } from '../../state/shared-view-store';
import { ReplaceConfirm } from '../../components/replace-confirm';
import { addSharedServices } from '../../state/add-services';
import { downloadAnswers } from './download-answers';
import { describePlanServices } from '../../domain/plan-summary';

/**
 * Shown on every page while a shared plan is on screen: it is not saved, and the two ways out —
 * keep a copy as your own (asking first if that replaces saved work) or go back to your own.
 */
export function SharedPlanBanner() {
  const open = useSharedViewStore((s) => s.view !== null);
  const hasOwn = useHasOwnWork();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const count = usePlannerStore((s) => s.services.length);
  const [, navigate] = useLocation();
  if (!open) return null;

  const add = () => {
    const outcome = addSharedServices();
    if (!outcome.ok) return setProblem(outcome.reason);
    setProblem('');
    navigate(routes.portfolio.href());
  };
  const keep = () => {
    setConfirming(false);
    keepSharedPlan();
    navigate(routes.review.href(usePlannerStore.getState().activeServiceId));
  };
  const back = () => {
    closeSharedPlan();
    navigate(routes.home.href());
  };

  return (
    <div className="shared-banner">
      <Notice
        title="You are looking at a shared plan"
        actions={
          !confirming && (
            <>
              <button
                type="button"
                className="button button--primary"
                onClick={() => (replacingNeedsConfirmation() ? setConfirming(true) : keep())}
              >
                Edit a copy
              </button>
              {hasOwn && (
                <button type="button" className="button button--secondary" onClick={add}>
                  {count === 1 ? 'Add this service to my plan' : 'Add these services to my plan'}
                </button>
              )}
              <button type="button" className="button button--secondary" onClick={back}>
                {hasOwn ? 'Back to my answers' : 'Close the shared plan'}
              </button>
            </>
          )
        }
      >
        <p>
          It is not saved as your own plan
          {hasOwn ? ', and your own answers are left as they were' : ''}. Changes you make to it are
          kept in this tab, also across a reload; to keep them for good, edit a copy
          {hasOwn ? ', or add its services to your own plan next to yours' : ''}.
        </p>
        {problem && <p className="field__error">{problem}</p>}
      </Notice>
      {confirming && (
        <ReplaceConfirm
          title="Replace the answers saved in this browser?"
          confirmLabel="Replace with the shared plan"
          onConfirm={keep}
          onDownload={() => downloadAnswers(getOwnInputs())}
          cancelLabel="Cancel"
          onCancel={() => setConfirming(false)}
        >
          <p>
            Your own answers ({describePlanServices(getOwnInputs())}) will be replaced by this
            shared plan. You can restore them afterwards with “Restore the plan you replaced”.
          </p>
        </ReplaceConfirm>
      )}
    </div>
  );
}
