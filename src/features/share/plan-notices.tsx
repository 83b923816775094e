import { useId } from 'react';
import { Link } from 'wouter';
import { routes } from '../../routes';
import { Notice } from '../../components/notice';
import { downloadFile } from '../../components/download-file';
import { describePlanServices } from '../../domain/plan-summary';
import { dismissTabSyncNotice, useTabSyncStore } from '../../state/plan-sync';
import { restoreReplacedPlan } from '../../state/planner-store';
import {
  dismissReplacedOffer,
  MAX_KEPT_PLANS,
  useReplacedPlanStore,
} from '../../state/replaced-plan';
import { releaseOriginal, useSaveStatusStore } from '../../state/save-status-store';

/**
 * After a confirmed replacement: what was replaced, and the one click that brings it back. A
 * region rather than a live status: it stays on screen while the person carries on, and the page
 * they arrive at is what should be read out.
 */
export function ReplacedPlanNotice() {
  const replaced = useReplacedPlanStore((s) => (s.offered ? (s.kept[0]?.plan ?? null) : null));
  const kept = useReplacedPlanStore((s) => s.inBrowser > 0);
  const id = useId();
  if (!replaced) return null;
  return (
    <div className="notice notice--info" role="region" aria-labelledby={id}>
      <p className="notice__title" id={id}>
        Your previous plan was replaced
      </p>
      <p>
        It had {describePlanServices(replaced.inputs)}.{' '}
        {kept
          ? `It is kept in this browser with the last plans you replaced (up to ${MAX_KEPT_PLANS}); `
          : 'The browser’s storage is full, so it is kept only while this tab stays open; '}
        <Link href={routes.services.href()}>the services page lists them</Link>, each restorable.
      </p>
      <div className="notice__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => restoreReplacedPlan()}
        >
          Restore the plan you replaced
        </button>
        <button type="button" className="button button--quiet" onClick={dismissReplacedOffer}>
          Keep the new plan
        </button>
      </div>
    </div>
  );
}

/** Another tab saved newer work, and this tab took it over rather than write over it. */
export function TabSyncNotice() {
  const notice = useTabSyncStore((s) => s.notice);
  if (!notice) return null;
  return (
    <Notice
      title="Your plan was changed in another tab"
      actions={
        <button type="button" className="button button--quiet" onClick={dismissTabSyncNotice}>
          Dismiss
        </button>
      }
    >
      <p>This tab now shows the newer answers saved there, so neither tab writes over the other.</p>
    </Notice>
  );
}

/**
 * Saved work that could only be restored in part, with no room to keep the original aside: it is
 * not saved over until the person has downloaded it or chosen to go on without it.
 */
export function HeldOriginalNotice() {
  const held = useSaveStatusStore((s) => s.heldOriginal);
  if (held === null) return null;
  return (
    <Notice
      tone="warning"
      title="What was saved is kept as it was, for now"
      actions={
        <>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              downloadFile(held, 'rust-or-go-saved-state.json', 'application/json');
              releaseOriginal();
            }}
          >
            Download what was saved
          </button>
          <button type="button" className="button button--quiet" onClick={releaseOriginal}>
            Save over it
          </button>
        </>
      }
    >
      <p>
        Part of it could not be restored, and the browser’s storage is full, so there is no room to
        keep a copy. Until you download it (or choose to save over it), nothing you change here is
        saved in this browser.
      </p>
    </Notice>
  );
}
