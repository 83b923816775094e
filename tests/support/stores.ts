/** Puts the browser's stores where a test expects them: blank, or holding a given plan. */
import type { PlannerInputs } from '../../src/domain/inputs';
import { useAddedServicesStore } from '../../src/state/add-services';
import { useTabSyncStore } from '../../src/state/plan-sync';
import { renameService, startOver, usePlannerStore } from '../../src/state/planner-store';
import { useReplacedPlanStore } from '../../src/state/replaced-plan';
import { addService } from '../../src/state/service-list';
import { useSaveStatusStore } from '../../src/state/save-status-store';
import { useSharedViewStore } from '../../src/state/shared-view-store';

/** Stores that hold notices and views around the plan, each back to how the app starts. */
const sideStores = [
  useSharedViewStore,
  useReplacedPlanStore,
  useAddedServicesStore,
  useSaveStatusStore,
  useTabSyncStore,
] as const;

/**
 * A blank plan (one unnamed service, nothing answered), no shared plan open, no replaced plan
 * kept and no notice showing: the state of a first visit.
 */
export function resetStores(): void {
  useSharedViewStore.setState(useSharedViewStore.getInitialState(), true);
  startOver();
  // After startOver, which keeps the plan it replaces: a first visit has none.
  for (const store of sideStores) {
    (store.setState as (state: unknown, replace: true) => void)(store.getInitialState(), true);
  }
}

/** Holds `inputs` as the user's own plan, with `activeServiceId` (else the first) in progress. */
export function seedPlan(
  inputs: PlannerInputs,
  activeServiceId = inputs.services[0]?.id ?? 's1',
): void {
  usePlannerStore.setState({ ...inputs, activeServiceId, removed: null });
}

/**
 * A blank plan's first service renamed billing-api, then image-resizer and admin-tool added
 * through the store's own actions, with billing-api in progress.
 */
export function threeNamedServices(): void {
  resetStores();
  renameService('s1', 'billing-api');
  addService('image-resizer');
  addService('admin-tool');
  usePlannerStore.setState({ activeServiceId: 's1' });
}
