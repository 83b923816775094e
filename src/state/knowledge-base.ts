/**
 * The knowledge base as the app loads it: in a chunk of its own, requested when a page needs it
 * and never before. The landing page paints from pre-rendered HTML and hydrates without the
 * ~25 KiB gzip of content; its parts that show content (the worked examples, the footer) stay as
 * pre-rendered until something requests it (the first interaction, or any other page: see
 * src/main.tsx and `KnowledgeBaseGate` in src/app/app.tsx). A shared link or a reload on a deeper
 * page requests it from the first script, beside the page's own code. It is validated when it
 * arrives, part by part over several tasks (`content/validate.ts`), before anything can read it.
 *
 * - `loadKnowledgeBase()` requests it (once) and resolves when it has loaded.
 * - `useKnowledgeBaseResult()` is for pages that need it: it requests it and suspends until then.
 * - `useKnowledgeBaseOnceRequested()` is for what can wait on the landing (the worked examples,
 *   the footer): it suspends until someone else has requested it and it has loaded.
 * - `loadedKnowledgeBase()` is for code that runs on a user action or on a page that needed the
 *   content to render (store actions, derived results); reading it earlier is a bug and throws.
 *
 * Code on the first screen's path (src/app, src/state, the landing) reaches content only through
 * this module (`import type` is fine). Pages loaded on demand may import `content` directly.
 */
import { use, useSyncExternalStore } from 'react';
import type { ContentResult, KnowledgeBase } from '../../content';
import { nextTask } from './next-task';

let loaded: ContentResult | undefined;
let requested = false;
let settle: (result: ContentResult) => void = () => {};
const requestListeners = new Set<() => void>();

/** Settles once content has been requested, loaded and validated; requesting it is apart. */
const loading = new Promise<ContentResult>((resolve) => (settle = resolve)).then((result) => {
  loaded = result;
  return result;
});

/** Requests the content (once) and resolves once it has loaded and been validated. */
export function loadKnowledgeBase(): Promise<ContentResult> {
  if (!requested) {
    requested = true;
    requestListeners.forEach((listener) => listener());
    void import('../../content')
      .then((module) => module.loadKnowledgeBaseResult(nextTask))
      .then(settle);
  }
  return loading;
}

/**
 * Whether content has been requested: from then on the app is past the bare landing page, and
 * what loads with content (the shell's notices) may load too.
 */
export function useKnowledgeBaseRequested(): boolean {
  return useSyncExternalStore(
    (listener) => {
      requestListeners.add(listener);
      return () => requestListeners.delete(listener);
    },
    () => requested,
    () => false,
  );
}

/** Resolves once content has loaded, without requesting it: for what only reacts to it. */
export function whenKnowledgeBaseLoaded(): Promise<ContentResult> {
  return loading;
}

/** Whether content has loaded (valid or not): until then, store actions cannot run. */
export function hasLoadedKnowledgeBase(): boolean {
  return loaded !== undefined;
}

/** The version of the knowledge base once it has loaded valid; until then undefined. */
export function loadedKnowledgeBaseVersion(): string | undefined {
  return loaded?.ok ? loaded.value.version : undefined;
}

/**
 * The validated knowledge base or its issues; suspends the component until it has loaded.
 *
 * Call no hook after it in the same component: read content in a small component and hand it to
 * a child. Once content has loaded this skips `use` (a promise read by `use`, even a settled one,
 * makes the tests' `act` stop flushing after that render). But React replays a component that
 * suspended here when the promise settles, and in that replay the skipped `use` leaves the hooks
 * after it failing ("Update hook called on initial render").
 */
export function useKnowledgeBaseResult(): ContentResult {
  return loaded ?? use(loadKnowledgeBase());
}

/**
 * The same, without requesting the content: suspends until something else has (a page that
 * needs it, the first interaction). For the landing's pre-rendered parts that can stay as they
 * are meanwhile. The same rule about hooks after it applies.
 */
export function useKnowledgeBaseOnceRequested(): ContentResult {
  return loaded ?? use(loading);
}

/**
 * The validated knowledge base, as this module loaded it. Throws if it has not loaded yet or is
 * invalid (both are bugs). Named apart from content's `getKnowledgeBase`, which validates the
 * content it is bundled with: code on the first screen's path must not import that.
 */
export function loadedKnowledgeBase(): KnowledgeBase {
  if (!loaded) throw new Error('The knowledge base was read before it had loaded.');
  if (!loaded.ok) {
    const list = loaded.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
    throw new Error(`The knowledge base is invalid:\n${list}`);
  }
  return loaded.value;
}
