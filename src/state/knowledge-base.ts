/**
 * The knowledge base as the app loads it: in a chunk of its own, requested as soon as the app
 * starts but never waited for by it. The first screen paints from pre-rendered HTML and hydrates
 * without the ~60 kB of content; the parts of it that show content (the worked examples, the
 * footer) hydrate when the chunk arrives. It is validated then, part by part over several tasks
 * (`content/validate.ts`), before anything can read it.
 *
 * - `useKnowledgeBaseResult()` is for components: it suspends until the content has loaded.
 * - `loadedKnowledgeBase()` is for code that runs on a user action or on a page that needed the
 *   content to render (store actions, derived results); reading it earlier is a bug and throws.
 *
 * Code on the first screen's path (src/app, src/state, the landing) reaches content only through
 * this module (`import type` is fine). Pages loaded on demand may import `content` directly.
 */
import { use } from 'react';
import type { ContentResult, KnowledgeBase } from '../../content';
import { nextTask } from './next-task';

let loaded: ContentResult | undefined;

const loading: Promise<ContentResult> = import('../../content')
  .then((module) => module.loadKnowledgeBaseResult(nextTask))
  .then((result) => {
    loaded = result;
    return result;
  });

/** Resolves once the content has loaded and been validated. */
export function loadKnowledgeBase(): Promise<ContentResult> {
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
