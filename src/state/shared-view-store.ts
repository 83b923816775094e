/**
 * A shared plan on screen: a link's inputs shown in the planner without becoming the person's
 * own. While one is open, the planner store holds the link's inputs, saving is held, and the
 * person's own inputs wait here until they go back to them or replace them with a copy.
 */
import { create } from 'zustand';
import type { OpenedPlan, PlannerInputs } from '../domain';

export interface SharedView {
  /** The link payload the plan came from, so reopening the same link does nothing. */
  payload: string;
  plan: OpenedPlan;
  /** The person's own inputs and active service, as they were before the link opened. */
  own: { inputs: PlannerInputs; activeServiceId: string };
}

export const useSharedViewStore = create<{ view: SharedView | null }>()(() => ({ view: null }));

/** Whether a shared plan is on screen (and saving is held). */
export function isViewingSharedPlan(): boolean {
  return useSharedViewStore.getState().view !== null;
}
