/**
 * The plans confirmed replacements set aside, so that "Restore the plan you replaced" can bring
 * any of the last few back in one click: kept in memory for this tab and, as far as there is
 * room, in this browser (so a reload keeps them too). Newest first, at most `MAX_KEPT_PLANS`
 * (see kept-plans.ts for the list and its saved shapes). Adding services to a plan never touches
 * this list: its Undo keeps the plan from before the addition itself (add-services.ts).
 */
import { create } from 'zustand';
import {
  encodeKeptPlans,
  MAX_KEPT_PLANS,
  readKeptPlans,
  withKeptPlan,
  type KeptPlan,
  type PlanSnapshot,
} from './kept-plans';

export type { KeptPlan, PlanSnapshot } from './kept-plans';
export { MAX_KEPT_PLANS } from './kept-plans';

/** Where the replaced plans are kept, next to the planner's own key. */
export const REPLACED_PLAN_KEY = 'rust-or-go:replaced';

export interface ReplacedPlanState {
  /** Newest first. */
  kept: KeptPlan[];
  /** A replacement just happened: the notice offering to restore the newest is on screen. */
  offered: boolean;
  /**
   * How many of `kept` (the newest) are kept in this browser; the rest, when the storage is
   * full, last only while this tab is open.
   */
  inBrowser: number;
}

function readStored(): KeptPlan[] {
  try {
    return readKeptPlans(localStorage.getItem(REPLACED_PLAN_KEY));
  } catch {
    return [];
  }
}

export const useReplacedPlanStore = create<ReplacedPlanState>()(() => {
  const kept = typeof localStorage === 'undefined' ? [] : readStored();
  return { kept, offered: false, inBrowser: kept.length };
});

/** Whether every kept plan is kept in this browser too (false when its storage was full). */
export function allKeptInBrowser(state: ReplacedPlanState): boolean {
  return state.inBrowser >= state.kept.length;
}

/**
 * Writes as many of `list` (newest first) as the storage takes: when it is full, the oldest are
 * left out of it (they stay in memory) until the newest alone fits — or not even that. Returns
 * how many were written.
 */
function store(list: readonly KeptPlan[]): number {
  for (let count = list.length; count > 0; count--) {
    try {
      localStorage.setItem(REPLACED_PLAN_KEY, encodeKeptPlans(list.slice(0, count)));
      return count;
    } catch {
      // Full or blocked: try again with one plan fewer.
    }
  }
  try {
    localStorage.removeItem(REPLACED_PLAN_KEY);
  } catch {
    // Nothing to remove from a storage we cannot reach.
  }
  return 0;
}

/**
 * Sets `plan` aside as the newest replaced plan (the oldest beyond the limit is let go), and
 * offers to restore it unless `offer` is false.
 */
export function keepReplacedPlan(
  plan: PlanSnapshot,
  kbVersion: string | undefined,
  offer = true,
  now = new Date(),
): void {
  const kept = withKeptPlan(
    useReplacedPlanStore.getState().kept,
    { plan, kbVersion, replacedAt: now.toISOString() },
    MAX_KEPT_PLANS,
  );
  useReplacedPlanStore.setState({ kept, offered: offer, inBrowser: store(kept) });
}

/**
 * Hands over a kept plan (the newest unless `id` names another) to be put back, and forgets it.
 * Null when there is none (or no such id).
 */
export function takeReplacedPlan(id?: string): PlanSnapshot | null {
  const { kept } = useReplacedPlanStore.getState();
  const taken = id === undefined ? kept[0] : kept.find((p) => p.id === id);
  if (!taken) return null;
  const rest = kept.filter((p) => p !== taken);
  useReplacedPlanStore.setState({ kept: rest, offered: false, inBrowser: store(rest) });
  return taken.plan;
}

/** Closes the notice; the plans stay restorable from the services page. */
export function dismissReplacedOffer(): void {
  useReplacedPlanStore.setState({ offered: false });
}

/** For tests: forget every kept plan, in memory and in this browser. */
export function clearReplacedPlans(): void {
  store([]);
  useReplacedPlanStore.setState({ kept: [], offered: false, inBrowser: 0 });
}
