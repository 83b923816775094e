/**
 * Whether the planner's answers are actually being saved in this browser. A store of its own, so
 * the storage layer can report a failed write without writing to the planner store it is saving.
 */
import { create } from 'zustand';

/** `quota`: storage is full. `unavailable`: storage is blocked or missing (e.g. disabled). */
export type SaveProblem = 'quota' | 'unavailable';

export interface SaveStatus {
  problem: SaveProblem | null;
  /** The person closed the notice; a new kind of problem shows it again. */
  dismissed: boolean;
}

export const useSaveStatusStore = create<SaveStatus>()(() => ({ problem: null, dismissed: false }));

export function reportSaveProblem(problem: SaveProblem | null): void {
  const current = useSaveStatusStore.getState();
  if (current.problem === problem) return;
  useSaveStatusStore.setState({ problem, dismissed: false });
}

export function dismissSaveProblem(): void {
  useSaveStatusStore.setState({ dismissed: true });
}
