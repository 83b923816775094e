/**
 * The person's own plan as the first screen reads it, kept apart from shared-plan.ts (opening
 * and closing shared plans), which loads with the pages that need it.
 */
import { hasWork, type PlannerInputs } from '../domain/inputs';
import { getOwnPlan, usePlannerStore } from './planner-store';
import { useSharedViewStore } from './shared-view-store';

/** The person's own inputs: those set aside while a shared plan is on screen, else the store's. */
export function getOwnInputs(): PlannerInputs {
  return getOwnPlan().inputs;
}

/**
 * Whether the person has work of their own that a replacement would set aside: the hook form of
 * `replacingNeedsConfirmation`, with the same `hasWork` from the domain.
 */
export function useHasOwnWork(): boolean {
  const own = useSharedViewStore((s) => s.view?.own.inputs);
  const teamAnswers = usePlannerStore((s) => s.teamAnswers);
  const services = usePlannerStore((s) => s.services);
  const weights = usePlannerStore((s) => s.weights);
  return hasWork(own ?? { teamAnswers, services, weights });
}
