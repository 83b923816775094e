/**
 * Adding a shared plan's or an answers file's services to the person's own plan. It goes through
 * `replaceOwnPlan`, like every other change of the whole plan: any shared plan on screen is
 * closed and the new plan is saved (or the save problem reported). An addition is not a
 * replacement: it leaves the kept replaced plans as they are, and keeps the plan from before it
 * itself, for its own Undo.
 */
import { create } from 'zustand';
import {
  appendServices,
  type AppendedServices,
  type AppendOutcome,
} from '../domain/append-services';
import type { PlannerInputs } from '../domain/inputs';
import { getOwnPlan, replaceOwnPlan, usePlannerStore } from './planner-store';
import { useReplacedPlanStore, type PlanSnapshot } from './replaced-plan';
import { useSharedViewStore } from './shared-view-store';

/** Where the added services came from, for the notice's words. */
export type AddedFrom = 'link' | 'file';

export interface AddedServicesNotice extends Omit<AppendedServices, 'inputs'> {
  from: AddedFrom;
  /** The own plan as it was before the addition: what Undo brings back. In memory only. */
  before: PlanSnapshot;
}

/** The last addition while its notice, with Undo, is on screen. In memory only. */
export const useAddedServicesStore = create<{ added: AddedServicesNotice | null }>()(() => ({
  added: null,
}));

// A later replacement or restore changes the plan the addition was made to: Undo would bring
// back a plan from before it, over the one on screen, so the notice goes.
useReplacedPlanStore.subscribe((state, previous) => {
  if (state.kept !== previous.kept) useAddedServicesStore.setState({ added: null });
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
  const before = getOwnPlan();
  const outcome = appendServices(before.inputs, from, serviceIds);
  if (!outcome.ok) return outcome;
  const { inputs, ...rest } = outcome.value;
  replaceOwnPlan(
    { inputs, activeServiceId: rest.added[0]?.id ?? inputs.services[0]?.id ?? 's1' },
    false,
    false,
  );
  useAddedServicesStore.setState({ added: { ...rest, from: source, before } });
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
 * Takes the last addition back: the own plan comes back as it was before, and the plan with the
 * added services (edited since, perhaps) is kept restorable in its place — the newest of the
 * replaced plans, not offered — so Undo loses nothing either.
 */
export function undoAddedServices(): boolean {
  const { added } = useAddedServicesStore.getState();
  if (!added) return false;
  useAddedServicesStore.setState({ added: null });
  replaceOwnPlan(added.before, false);
  return true;
}

export function dismissAddedServices(): void {
  useAddedServicesStore.setState({ added: null });
}
