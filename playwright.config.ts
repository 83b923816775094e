import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './e2e/tools/chromium.mjs';

const isCI = !!process.env.CI;
// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST = '127.0.0.1';

// Must match the `base` the app was built with (see vite.config.ts). Tests navigate with
// relative URLs (`page.goto('./')`) so they work under a sub-path too.
const basePath = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/**
 * E2E tests run against the PRODUCTION build served by `vite preview`.
 * `npm run test:e2e` builds first; running `npx playwright test` directly requires a prior
 * `npm run build`.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // A bound for a test that hangs, not a wait: journeys of several pages take tens of seconds
  // with every core busy (e2e/tools/under-load.mjs), and each step waits on what it needs.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  // Timing tests (@perf, e.g. long tasks) depend on the machine: only `npm run test:perf` runs them.
  grepInvert: process.env.E2E_PERF ? undefined : /@perf/,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://${HOST}:${PORT}${basePath}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // The system Chromium when present, else Playwright's own (e2e/tools/chromium.mjs).
        launchOptions: { executablePath: systemChromium(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host ${HOST} --port ${PORT} --strictPort`,
    url: `http://${HOST}:${PORT}${basePath}`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
