/**
 * The planner's storage: localStorage behind a wrapper that never throws into the app.
 *
 * - Reading hands the raw text to the store's `merge`, which validates and salvages it (see
 *   saved-state.ts), so damaged JSON is reported instead of silently discarded.
 * - Writing catches a full or blocked storage, keeps going with the state in memory, and reports
 *   the problem so the app can say that answers are not being saved (and offer the file).
 * - Writing can be held, while a shared plan is on screen, so opening a link never overwrites the
 *   work saved in this browser.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { reportSaveProblem } from './save-status-store';

/** Where the text of an unreadable save is kept, so a failed restore never destroys it. */
export const UNRESTORED_KEY_SUFFIX = ':unrestored';

export interface PlannerStorageOptions {
  /** The storage to use, looked up on every call (it may be missing or blocked). */
  storage: () => Storage;
  /** The version written next to the state. */
  version: number;
  /** While true, writes are skipped. */
  holdWrites: () => boolean;
}

/**
 * A persist storage whose `getItem` returns the saved text itself as the state (for the store's
 * `merge` to read), and whose `setItem` never throws.
 */
export function createPlannerStorage<S>(options: PlannerStorageOptions): PersistStorage<S> {
  return {
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = options.storage().getItem(name);
      } catch {
        reportSaveProblem('unavailable');
        return null;
      }
      if (raw === null) return null;
      // The version is the current one on purpose: saved-state.ts migrates from the text.
      return { state: raw, version: options.version } as unknown as StorageValue<S>;
    },
    setItem: (name, value) => {
      if (options.holdWrites()) return;
      try {
        options.storage().setItem(name, JSON.stringify(value));
        reportSaveProblem(null);
      } catch (error) {
        reportSaveProblem(isQuotaError(error) ? 'quota' : 'unavailable');
      }
    },
    removeItem: (name) => {
      try {
        options.storage().removeItem(name);
      } catch {
        // Nothing to do: there is nothing to remove from a storage we cannot reach.
      }
    },
  };
}

/** Keeps a copy of saved text that could not be (fully) restored, next to the original key. */
export function keepUnrestored(storage: () => Storage, name: string, raw: string): void {
  try {
    storage().setItem(name + UNRESTORED_KEY_SUFFIX, raw);
  } catch {
    // Best effort: with storage full there is no room for a copy either.
  }
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22 ||
    error.code === 1014
  );
}
