import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

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

beforeEach(() => {
  installMatchMediaStub();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});
