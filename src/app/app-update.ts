/**
 * Whether a new version of the app has been downloaded and is waiting, and how to switch to it.
 * The service worker registration (register-service-worker.ts) offers it; the UpdatePrompt shows
 * it. A tiny store of its own, so the prompt's code on the first screen stays a few lines.
 */
import { useSyncExternalStore } from 'react';

type ApplyUpdate = () => Promise<void>;

let applyUpdate: ApplyUpdate | null = null;
const listeners = new Set<() => void>();

/** Called when a new version is waiting; `apply` activates it and reloads the page. */
export function offerUpdate(apply: ApplyUpdate): void {
  applyUpdate = apply;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The waiting update's `apply`, or null when the app is up to date. */
export function useUpdateOffer(): ApplyUpdate | null {
  return useSyncExternalStore(
    subscribe,
    () => applyUpdate,
    () => null,
  );
}
