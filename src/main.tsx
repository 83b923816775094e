import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { App } from './app/app';
import { showsPrerenderedPage } from './app/prerendered-route';
import { loadKnowledgeBase, whenKnowledgeBaseLoaded } from './state/knowledge-base';
import { nextTask } from './state/next-task';
import './app/styles.css';

/**
 * Keeping the planner in step with other tabs, and with a shared plan left open in this tab
 * (state/plan-sync.ts). Loaded apart, which keeps the first screen's code within its budget: the
 * pre-rendered landing page needs it once it is interactive, and every other address waits for it
 * before its first render (below), so a shared plan left open in a tab comes back with its edits.
 */
const planSync = () => import('./state/plan-sync');

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

/**
 * Shows the page area and the footer again once the app has replaced the landing's HTML (see
 * boot.js): inside the page's loading boundary, so only once the page itself has rendered, and
 * the footer appears below it rather than moving down when it arrives.
 */
function RevealPage() {
  useEffect(() => document.documentElement.removeAttribute('data-deep-link'), []);
  return null;
}

/**
 * Hydrates as a transition: hydration then yields to the browser every few milliseconds instead
 * of holding the main thread in one long task, and a click meanwhile hydrates its target at once.
 */
function hydrateInTransition(element: HTMLElement): Root {
  const roots: Root[] = [];
  startTransition(() => {
    roots.push(
      hydrateRoot(
        element,
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
  });
  const [hydrated] = roots;
  if (!hydrated) throw new Error('startTransition did not run its callback');
  return hydrated;
}

/**
 * The landing page needs no content until the person does something: its worked examples and
 * footer stay as pre-rendered, and its links work as plain links meanwhile. The first press of a
 * key or pointer requests content, so that a click on a worked example is usually handled in
 * place by the time it lands; a start address or any other page requests it anyway.
 */
function loadKnowledgeBaseOnFirstInteraction(): void {
  const events = ['pointerdown', 'keydown', 'touchstart'] as const;
  const request = () => {
    events.forEach((type) => window.removeEventListener(type, request, true));
    void loadKnowledgeBase();
  };
  events.forEach((type) =>
    window.addEventListener(type, request, { capture: true, passive: true }),
  );
}

// index.html holds the landing page, rendered at build time. Hydrate it when that is the page
// asked for (the landing, or a start address, which shows the landing: see prerendered-route.ts);
// any other address (a reload on step 3, a shared link) is rendered afresh, and so is everything
// under the development server, which serves index.html without the pre-render.
async function start(element: HTMLElement): Promise<Root> {
  if (element.hasChildNodes() && showsPrerenderedPage(window.location.hash)) {
    loadKnowledgeBaseOnFirstInteraction();
    // Evaluating the app's code and starting hydration are two tasks, not one long one.
    await nextTask();
    const root = hydrateInTransition(element);
    void planSync();
    return root;
  }
  const root = createRoot(element);
  // Rendered once content has loaded: the page asked for needs it anyway, and nothing then
  // suspends on it. Until then the pre-rendered header stays on screen. boot.js has
  // already asked for the page's code and content together (see vite.config.ts, routePreloads).
  // As a transition, so that rendering a large page (fifty services' verdicts) yields to the
  // browser every few milliseconds instead of holding the main thread in one long task.
  void Promise.all([loadKnowledgeBase(), planSync()]).then(() =>
    startTransition(() =>
      root.render(
        <StrictMode>
          <App>
            <RevealPage />
          </App>
        </StrictMode>,
      ),
    ),
  );
  return root;
}

// Content is validated when its chunk loads. A build that ships invalid content says so plainly.
// The failure page is loaded only for such a build.
void Promise.all([start(container), whenKnowledgeBaseLoaded()]).then(async ([root, result]) => {
  if (result.ok) return;
  const { KnowledgeBaseFailure } = await import('./app/knowledge-base-failure');
  root.render(<KnowledgeBaseFailure issues={result.issues} />);
});

// The service worker (offline use, the new-version prompt) registers once the page has loaded.
// boot.js starts this module after the first paint, which may come after the load event.
if ('serviceWorker' in navigator) {
  const register = () => {
    // A page no worker controls yet (a first visit) has no update to offer: it registers the
    // worker directly, without the update helper's code, which keeps a first visit's scripts
    // within budget. A page the worker controls registers through the helper, which offers
    // the next version when one is waiting (register-service-worker.ts).
    if (navigator.serviceWorker.controller) void import('./app/register-service-worker');
    else
      navigator.serviceWorker
        .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
        .catch(() => {
          // No offline use in this browser (blocked, private mode): the app works on without.
        });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
