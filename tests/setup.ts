import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { loadKnowledgeBase } from '../src/state/knowledge-base';

// Pages are lazy: the first test to open one waits for its module to be transformed, which on a
// busy machine takes longer than findBy*'s default second, and with every core saturated longer
// than five (e2e/tools/under-load.mjs). A page that never comes still fails.
configure({ asyncUtilTimeout: 15_000 });

// jsdom does not implement matchMedia; provide a stable default (nothing matches: light scheme,
// no reduced motion). It is reinstalled before every test, so a test may freely override it,
// e.g. `vi.mocked(window.matchMedia).mockReturnValue(...)` or by reassigning window.matchMedia.
function installMatchMediaStub(): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: vi.fn((query: string): MediaQueryList => {
      const mql: MediaQueryList = {
        matches: false,
        media: query,
        onchange: null,
        addListener: vi.fn(),
        removeListener: vi.fn(),
        addEventListener: vi.fn(),
        removeEventListener: vi.fn(),
        dispatchEvent: vi.fn(() => false),
      };
      return mql;
    }),
  });
}

// Content loads in its own chunk (src/state/knowledge-base.ts); store actions that read it run
// only after it has, as they do in the app.
beforeAll(async () => {
  await loadKnowledgeBase();
});

beforeEach(() => {
  installMatchMediaStub();
  // The app asks for the site's organisation profile (profile.json) before it shows a verdict;
  // by default the test site has none. A test may serve one with its own `vi.stubGlobal`.
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response('not found', { status: 404 }))),
  );
  window.localStorage.clear();
  window.sessionStorage.clear();
});

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});
