/**
 * The plan a confirmed replacement set aside, so that "Restore the plan you replaced" can bring
 * it back in one click: kept in memory for this tab and, when there is room, in this browser
 * (so a reload keeps it too). Only the last replaced plan is kept.
 */
import { create } from 'zustand';
import type { PlannerInputs } from '../domain/inputs';
import { readSavedState, SAVED_STATE_VERSION } from './saved-state';

/** Where the replaced plan is kept, next to the planner's own key. */
export const REPLACED_PLAN_KEY = 'rust-or-go:replaced';

/** A whole plan: the inputs and the service the person was on. */
export interface PlanSnapshot {
  inputs: PlannerInputs;
  activeServiceId: string;
}

export interface ReplacedPlanState {
  replaced: PlanSnapshot | null;
  /** A replacement just happened: the notice offering to restore it is on screen. */
  offered: boolean;
  /** False when the browser had no room for the copy: it lasts only while this tab is open. */
  keptInBrowser: boolean;
}

function readKept(): PlanSnapshot | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(REPLACED_PLAN_KEY);
  } catch {
    return null;
  }
  const outcome = readSavedState(raw);
  return outcome.kind === 'restored'
    ? { inputs: outcome.inputs, activeServiceId: outcome.activeServiceId }
    : null;
}

export const useReplacedPlanStore = create<ReplacedPlanState>()(() => ({
  replaced: typeof localStorage === 'undefined' ? null : readKept(),
  offered: false,
  keptInBrowser: true,
}));

/**
 * Sets `plan` aside as the replaced plan, in the same envelope as the planner's saved state, and
 * offers to restore it unless `offer` is false.
 */
export function keepReplacedPlan(
  plan: PlanSnapshot,
  kbVersion: string | undefined,
  offer = true,
): void {
  const envelope = {
    state: { ...plan.inputs, activeServiceId: plan.activeServiceId, kbVersion },
    version: SAVED_STATE_VERSION,
  };
  let kept = true;
  try {
    localStorage.setItem(REPLACED_PLAN_KEY, JSON.stringify(envelope));
  } catch {
    kept = false;
  }
  useReplacedPlanStore.setState({ replaced: plan, offered: offer, keptInBrowser: kept });
}

/** Hands over the replaced plan (to be put back) and forgets it. */
export function takeReplacedPlan(): PlanSnapshot | null {
  const { replaced } = useReplacedPlanStore.getState();
  useReplacedPlanStore.setState({ replaced: null, offered: false });
  try {
    localStorage.removeItem(REPLACED_PLAN_KEY);
  } catch {
    // Nothing to remove from a storage we cannot reach.
  }
  return replaced;
}

/** Closes the notice; the plan stays restorable from the start page. */
export function dismissReplacedOffer(): void {
  useReplacedPlanStore.setState({ offered: false });
}
