/**
 * Opening a shared plan (from a link) without touching the person's own work, and the two ways
 * out: keep a copy as their own, or go back to what they had. Files opened from disk replace the
 * person's work directly (after the screen has asked).
 */
import { hasWork, type PlannerInputs } from '../domain/inputs';
import type { OpenedPlan } from '../domain/opened-plan';
import { replaceInputs, usePlannerStore, type PlannerState } from './planner-store';
import { useSharedViewStore } from './shared-view-store';

const inputsOf = (state: PlannerState): PlannerInputs => ({
  teamAnswers: state.teamAnswers,
  services: state.services,
  weights: state.weights,
});

/**
 * Shows a link's plan in the planner. The person's own inputs are set aside (in memory — their
 * saved copy is not touched, because saving is held) until `keepSharedPlan` or
 * `closeSharedPlan`. Opening the link that is already open does nothing.
 */
export function openSharedPlan(payload: string, plan: OpenedPlan): void {
  const current = useSharedViewStore.getState().view;
  if (current?.payload === payload) return;
  const state = usePlannerStore.getState();
  const own = current?.own ?? { inputs: inputsOf(state), activeServiceId: state.activeServiceId };
  // Hold saving first, then swap the inputs in.
  useSharedViewStore.setState({ view: { payload, plan, own } });
  replaceInputs(plan.inputs);
}

/** Makes the shared plan on screen the person's own, replacing (and saving over) their work. */
export function keepSharedPlan(): void {
  if (!useSharedViewStore.getState().view) return;
  const state = usePlannerStore.getState();
  useSharedViewStore.setState({ view: null });
  replaceInputs(inputsOf(state), state.activeServiceId);
}

/** Leaves the shared plan and brings back the person's own work, exactly as it was. */
export function closeSharedPlan(): void {
  const view = useSharedViewStore.getState().view;
  if (!view) return;
  useSharedViewStore.setState({ view: null });
  replaceInputs(view.own.inputs, view.own.activeServiceId);
}

/** Replaces the person's work with a plan from a file (closing any shared plan on screen). */
export function openPlanFromFile(plan: OpenedPlan): void {
  useSharedViewStore.setState({ view: null });
  replaceInputs(plan.inputs);
}

/** The person's own inputs: those set aside while a shared plan is on screen, else the store's. */
export function getOwnInputs(): PlannerInputs {
  const view = useSharedViewStore.getState().view;
  return view ? view.own.inputs : inputsOf(usePlannerStore.getState());
}

/** Whether the person has work of their own that opening a plan would replace. */
export function useHasOwnWork(): boolean {
  const own = useSharedViewStore((s) => s.view?.own.inputs);
  const teamAnswers = usePlannerStore((s) => s.teamAnswers);
  const services = usePlannerStore((s) => s.services);
  const weights = usePlannerStore((s) => s.weights);
  return hasWork(own ?? { teamAnswers, services, weights });
}
