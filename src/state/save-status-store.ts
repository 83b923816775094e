/**
 * Whether the planner's answers are actually being saved in this browser. A store of its own, so
 * the storage layer can report a failed write without writing to the planner store it is saving.
 */
import { create } from 'zustand';

/** `quota`: storage is full. `unavailable`: storage is blocked or missing (e.g. disabled). */
export type SaveProblem = 'quota' | 'unavailable';

/** After Dismiss, the warning comes back on a failed save once this long has passed (ms). */
export const SAVE_PROBLEM_QUIET_MS = 60_000;

export interface SaveStatus {
  problem: SaveProblem | null;
  /** The person closed the notice; a new kind of problem, or the same one later, shows it again. */
  dismissed: boolean;
  /** When the notice was dismissed (ms since the epoch). */
  dismissedAt: number;
  /**
   * Saved text that could not be fully restored and for which there was no room to keep a copy:
   * nothing is saved over it until the person has downloaded it or chosen to save over it.
   */
  heldOriginal: string | null;
}

export const useSaveStatusStore = create<SaveStatus>()(() => ({
  problem: null,
  dismissed: false,
  dismissedAt: 0,
  heldOriginal: null,
}));

export function reportSaveProblem(problem: SaveProblem | null, now = Date.now()): void {
  const current = useSaveStatusStore.getState();
  if (current.problem === problem) {
    // Saving still fails: the warning comes back a while after it was dismissed.
    if (problem !== null && current.dismissed && now - current.dismissedAt >= SAVE_PROBLEM_QUIET_MS)
      useSaveStatusStore.setState({ dismissed: false });
    return;
  }
  useSaveStatusStore.setState({ problem, dismissed: false });
}

export function dismissSaveProblem(now = Date.now()): void {
  useSaveStatusStore.setState({ dismissed: true, dismissedAt: now });
}

/** Keeps `text` from being saved over (see `heldOriginal`). */
export function holdOriginal(text: string): void {
  useSaveStatusStore.setState({ heldOriginal: text });
}

/** The person has downloaded the held text, or chose to save over it: saving resumes. */
export function releaseOriginal(): void {
  useSaveStatusStore.setState({ heldOriginal: null });
}

/** Whether saving waits because the original could not be copied aside. */
export function isHoldingOriginal(): boolean {
  return useSaveStatusStore.getState().heldOriginal !== null;
}
