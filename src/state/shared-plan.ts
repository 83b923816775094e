/**
 * Opening a shared plan (from a link) without touching the person's own work, and the two ways
 * out: keep it as their own (a confirmed replacement, see `replaceOwnPlan`), or go back to what
 * they had. Files opened from disk replace the person's plan the same way.
 */
import type { PlannerInputs } from '../domain/inputs';
import type { OpenedPlan } from '../domain/opened-plan';
import {
  getOwnPlan,
  replaceInputs,
  replaceOwnPlan,
  STORAGE_KEY,
  usePlannerStore,
  type PlannerState,
} from './planner-store';
import { useSaveStatusStore } from './save-status-store';
import { readSavedState } from './saved-state';
import { useSharedViewStore } from './shared-view-store';

const inputsOf = (state: PlannerState): PlannerInputs => ({
  teamAnswers: state.teamAnswers,
  services: state.services,
  weights: state.weights,
});

/**
 * Shows a link's plan in the planner. The person's own inputs are set aside (in memory — their
 * saved copy is not touched, because saving is held) until `keepSharedPlan` or
 * `closeSharedPlan`. Opening the link that is already open does nothing, so edits made to it
 * are kept.
 */
export function openSharedPlan(payload: string, plan: OpenedPlan): void {
  const current = useSharedViewStore.getState().view;
  if (current?.payload === payload) return;
  const own = getOwnPlan();
  // Hold saving first, then swap the inputs in.
  useSharedViewStore.setState({ view: { payload, plan, own } });
  replaceInputs(plan.inputs);
}

/**
 * Makes the shared plan on screen, as edited, the person's own. Replaces their plan: ask first
 * (`replacingNeedsConfirmation`); the replaced plan stays restorable.
 */
export function keepSharedPlan(): void {
  if (!useSharedViewStore.getState().view) return;
  const state = usePlannerStore.getState();
  replaceOwnPlan({ inputs: inputsOf(state), activeServiceId: state.activeServiceId });
}

/**
 * Leaves the shared plan and brings back the person's own work: as saved in this browser, which
 * is the newest there is (another tab may have changed it meanwhile), or as it was set aside
 * when nothing could be saved.
 */
export function closeSharedPlan(): void {
  const view = useSharedViewStore.getState().view;
  if (!view) return;
  // When saving fails, what is saved may be older than what this tab set aside.
  const saved =
    useSaveStatusStore.getState().problem === null ? readSaved() : ({ kind: 'nothing' } as const);
  const own =
    saved.kind === 'restored'
      ? { inputs: saved.inputs, activeServiceId: saved.activeServiceId }
      : view.own;
  useSharedViewStore.setState({ view: null });
  replaceInputs(own.inputs, own.activeServiceId);
}

function readSaved(): ReturnType<typeof readSavedState> {
  try {
    return readSavedState(localStorage.getItem(STORAGE_KEY));
  } catch {
    return { kind: 'nothing' };
  }
}

/**
 * Makes a file's plan the person's own (closing any shared plan on screen). Replaces their plan:
 * ask first (`replacingNeedsConfirmation`); the replaced plan stays restorable.
 */
export function openPlanFromFile(plan: OpenedPlan): void {
  replaceOwnPlan({ inputs: plan.inputs, activeServiceId: plan.inputs.services[0]?.id ?? 's1' });
}

// The person's own plan, as the screens that ask before replacing it read it.
export { getOwnInputs, useHasOwnWork } from './own-plan';
