/** Holding the planner's saving for a change that must not be saved (it came from storage). */
let held = 0;

/** Runs `change` with saving held: for state taken over from another tab's save. */
export function withoutSaving(change: () => void): void {
  held++;
  try {
    change();
  } finally {
    held--;
  }
}

export function isSavingHeld(): boolean {
  return held > 0;
}
