/**
 * Adding a shared plan's or an answers file's services to the person's own plan. It goes through
 * `replaceOwnPlan`, like every other change of the whole plan: any shared plan on screen is
 * closed, the new plan is saved (or the save problem reported), and the plan as it was before
 * stays restorable — which is what Undo brings back.
 */
import { create } from 'zustand';
import {
  appendServices,
  type AppendedServices,
  type AppendOutcome,
} from '../domain/append-services';
import type { PlannerInputs } from '../domain/inputs';
import {
  getOwnPlan,
  initialInputs,
  replaceOwnPlan,
  restoreReplacedPlan,
  usePlannerStore,
} from './planner-store';
import { useReplacedPlanStore } from './replaced-plan';
import { useSharedViewStore } from './shared-view-store';

/** Where the added services came from, for the notice's words. */
export type AddedFrom = 'link' | 'file';

export interface AddedServicesNotice extends Omit<AppendedServices, 'inputs'> {
  from: AddedFrom;
  /**
   * The own plan before adding was kept as the replaced plan (it held work): Undo restores it.
   * Otherwise it was one blank service, and Undo starts blank again.
   */
  ownKept: boolean;
}

/** The last addition while its notice, with Undo, is on screen. In memory only. */
export const useAddedServicesStore = create<{ added: AddedServicesNotice | null }>()(() => ({
  added: null,
}));

// Any later replacement or restore takes the kept plan's place: Undo would no longer bring back
// the plan from before the addition, so the notice goes.
useReplacedPlanStore.subscribe((state, previous) => {
  if (state.replaced !== previous.replaced) useAddedServicesStore.setState({ added: null });
});

/**
 * Appends `from`'s services (all, or those in `serviceIds`) to the person's own plan — never to a
 * shared plan on screen, which is closed — keeping the own plan's names, team answers and
 * weights (see `appendServices`). The first added service becomes the active one.
 */
export function addServicesToOwnPlan(
  from: PlannerInputs,
  source: AddedFrom,
  serviceIds?: readonly string[],
): AppendOutcome {
  const outcome = appendServices(getOwnPlan().inputs, from, serviceIds);
  if (!outcome.ok) return outcome;
  const { inputs, ...rest } = outcome.value;
  const ownKept = replaceOwnPlan(
    { inputs, activeServiceId: rest.added[0]?.id ?? inputs.services[0]?.id ?? 's1' },
    false,
  );
  useAddedServicesStore.setState({ added: { ...rest, from: source, ownKept } });
  return outcome;
}

/** Adds the services of the shared plan on screen, as edited there, to the person's own plan. */
export function addSharedServices(serviceIds?: readonly string[]): AppendOutcome {
  if (!useSharedViewStore.getState().view) {
    return { ok: false, reason: 'The shared plan is no longer open.' };
  }
  const { teamAnswers, services, weights } = usePlannerStore.getState();
  return addServicesToOwnPlan({ teamAnswers, services, weights }, 'link', serviceIds);
}

/**
 * Takes the last addition back: the own plan as it was before comes back through
 * `restoreReplacedPlan` (or a blank plan, when it was blank), and the plan with the added
 * services is kept restorable in its place, so Undo loses nothing either.
 */
export function undoAddedServices(): boolean {
  const { added } = useAddedServicesStore.getState();
  if (!added) return false;
  useAddedServicesStore.setState({ added: null });
  if (added.ownKept) return restoreReplacedPlan();
  replaceOwnPlan({ inputs: initialInputs(), activeServiceId: 's1' }, false);
  return true;
}

export function dismissAddedServices(): void {
  useAddedServicesStore.setState({ added: null });
}
