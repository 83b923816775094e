import { useState } from 'react';
import { useLocation } from 'wouter';
import { Notice } from '../../components/notice';
import { paths } from '../../components/paths';
import { usePlannerStore } from '../../state/planner-store';
import {
  closeSharedPlan,
  getOwnInputs,
  keepSharedPlan,
  useHasOwnWork,
} from '../../state/shared-plan';
import { useSharedViewStore } from '../../state/shared-view-store';
import { ReplaceConfirm } from './replace-confirm';

/**
 * Shown on every page while a shared plan is on screen: it is not saved, and the two ways out —
 * keep a copy as your own (asking first if that replaces saved work) or go back to your own.
 */
export function SharedPlanBanner() {
  const open = useSharedViewStore((s) => s.view !== null);
  const hasOwn = useHasOwnWork();
  const [confirming, setConfirming] = useState(false);
  const [, navigate] = useLocation();
  if (!open) return null;

  const keep = () => {
    setConfirming(false);
    keepSharedPlan();
    navigate(paths.review(usePlannerStore.getState().activeServiceId));
  };
  const back = () => {
    closeSharedPlan();
    navigate(paths.home());
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
                onClick={() => (hasOwn ? setConfirming(true) : keep())}
              >
                Edit a copy
              </button>
              <button type="button" className="button button--secondary" onClick={back}>
                {hasOwn ? 'Back to my answers' : 'Close the shared plan'}
              </button>
            </>
          )
        }
      >
        <p>
          Nothing here is saved in this browser
          {hasOwn ? ', and your own answers are left as they were' : ''}. To change the plan and
          keep it, edit a copy.
        </p>
      </Notice>
      {confirming && (
        <ReplaceConfirm
          own={getOwnInputs()}
          what="this shared plan"
          confirmLabel="Replace with the shared plan"
          onConfirm={keep}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
