/**
 * The planner's storage: localStorage behind a wrapper that never throws into the app.
 *
 * - Reading parses the envelope zustand wrote (`{ state, version }`) and hands it to `persist`,
 *   which runs `migrate` for another version and then the store's validating `merge` (see
 *   saved-state.ts). Text that is not such an envelope comes back as a `DamagedSave`, so it is
 *   reported instead of silently discarded. The text read is passed to `onRead`, so what cannot
 *   be fully restored can be kept aside.
 * - Writing catches a full or blocked storage, keeps going with the state in memory, and reports
 *   the problem so the app can say that answers are not being saved (and offer the file).
 * - Writing can be held, while a shared plan is on screen, so opening a link never overwrites the
 *   work saved in this browser.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { DamagedSave } from './saved-state';
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
  /** Told the text read from storage (null when nothing was saved). */
  onRead?: (raw: string | null) => void;
}

/**
 * A persist storage whose `getItem` returns the saved envelope (or a `DamagedSave` as the state,
 * for the store's `merge` to report), and whose `setItem` never throws.
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
      options.onRead?.(raw);
      if (raw === null || raw.trim() === '') return null;
      let envelope: unknown;
      try {
        envelope = JSON.parse(raw);
      } catch {
        envelope = null;
      }
      if (!isEnvelope(envelope)) {
        // The current version, so that `migrate` is skipped and `merge` reports the damage.
        return { state: new DamagedSave(raw), version: options.version } as StorageValue<S>;
      }
      // An envelope without a version was never written by the app: read it as version 0.
      const version = typeof envelope.version === 'number' ? envelope.version : 0;
      return { state: envelope.state, version } as StorageValue<S>;
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

/**
 * Keeps a copy of saved text that could not be (fully) restored, next to the original key.
 * Returns false when there was no room for it: the caller must then not save over the original.
 */
export function keepUnrestored(storage: () => Storage, name: string, raw: string): boolean {
  try {
    storage().setItem(name + UNRESTORED_KEY_SUFFIX, raw);
    return storage().getItem(name + UNRESTORED_KEY_SUFFIX) === raw;
  } catch {
    return false;
  }
}

function isEnvelope(
  value: unknown,
): value is { state: Record<string, unknown>; version?: unknown } {
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  return isObject(value) && isObject((value as { state?: unknown }).state);
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
