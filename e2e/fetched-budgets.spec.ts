import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForApp } from './helpers';
import { realisticLink, savedPlanOf, seedSavedWork } from './loading-plans';

/**
 * What a first visit makes the browser fetch, held to budgets in gzip bytes: every script and
 * stylesheet the page requests (boot.js, the entry, each chunk and preload, the CSS), counted as
 * a static host serves them (gzip level 9 of the body the browser received, each file on its
 * own). This is the budget that fails the build; tests/budgets/check-budgets.mjs prints the
 * static import graph beside it. A first visit: empty storage and cache, no service worker (it
 * would precache every file of the build after the load, which is not what the page waits for).
 *
 * Budgets in KiB (1024 bytes) of gzip; measured figures are in the README.
 */
const BUDGETS_KIB = {
  /**
   * The landing, with no saved work and no interaction: no content, no scoring code. The target
   * is 90 KiB; the list of replaced plans kept for restoring (state/kept-plans.ts) and the team
   * session behind the navigation's Team entry took it to 92.0, so the budget holds it at 93
   * until they load apart from the first screen.
   */
  landing: { js: 93, css: 6 },
  /**
   * A shared three-service link with notes, to its verdict. Decision model 3 (stability, the two
   * kinds of flips), the one view model and the profile's loading state took the three deep
   * pages up by 10–14 KiB (link 210.5, result 207.6, portfolio 185.1 when set).
   */
  link: { js: 214, css: 12 },
  /** A reload on a result page, to its verdict. */
  result: { js: 211, css: 12 },
  /** A reload on the portfolio, to its grid of verdicts. */
  portfolio: { js: 189, css: 12 },
};

const KIB = 1024;
const report = JSON.parse(
  readFileSync(new URL('../dist/.vite/bundle-report.json', import.meta.url), 'utf8'),
) as { chunks: { file: string; modules: string[] }[] };
const modulesOf = (url: string): string[] =>
  report.chunks.find((c) => url.endsWith(`/${c.file}`))?.modules ?? [];

/** Modules a first visit to the landing must not fetch until it needs them. */
const NOT_ON_THE_LANDING = [
  { what: 'the knowledge base', test: /^content\// },
  { what: 'scoring code', test: /^src\/domain\/(engine|score|recommend|flips|portfolio)\.ts$/ },
];

interface Fetched {
  url: string;
  type: 'script' | 'stylesheet';
  gzip: number;
}

test.use({ serviceWorkers: 'block' });

/** Records every script and stylesheet the page fetches from now on. */
function recordFetches(page: Page): () => Promise<Fetched[]> {
  const requests: Request[] = [];
  page.on('request', (request) => {
    const type = request.resourceType();
    if (type === 'script' || type === 'stylesheet') requests.push(request);
  });
  return async () =>
    Promise.all(
      requests.map(async (request) => {
        const response = await request.response();
        const body = response ? await response.body() : Buffer.alloc(0);
        return {
          url: request.url(),
          type: request.resourceType() as Fetched['type'],
          gzip: gzipSync(body, { level: 9 }).length,
        };
      }),
    );
}

/** The fetched files' sizes, printed, and checked against `budget`. */
function checkBudget(name: string, fetched: Fetched[], budget: { js: number; css: number }) {
  const total = (type: Fetched['type']) =>
    fetched.filter((f) => f.type === type).reduce((sum, f) => sum + f.gzip, 0);
  const js = total('script');
  const css = total('stylesheet');
  const lines = fetched.map(
    (f) => `  ${(f.gzip / KIB).toFixed(1).padStart(6)} KiB  ${new URL(f.url).pathname}`,
  );
  console.log(
    `${name}: ${fetched.length} files, JavaScript ${(js / KIB).toFixed(1)} KiB (budget ${budget.js}), CSS ${(css / KIB).toFixed(1)} KiB (budget ${budget.css})\n${lines.join('\n')}`,
  );
  expect(js, `${name}: JavaScript fetched, gzip bytes`).toBeLessThanOrEqual(budget.js * KIB);
  expect(css, `${name}: CSS fetched, gzip bytes`).toBeLessThanOrEqual(budget.css * KIB);
}

test('a first visit to the landing fetches its budget and no content or scoring code', async ({
  page,
}) => {
  const fetched = recordFetches(page);
  await page.goto('./');
  await waitForApp(page);
  // Everything the app starts at once has been requested and has arrived.
  await page.waitForLoadState('networkidle');
  const files = await fetched();
  checkBudget('landing', files, BUDGETS_KIB.landing);
  for (const rule of NOT_ON_THE_LANDING) {
    const found = files.flatMap((f) => modulesOf(f.url).filter((m) => rule.test.test(m)));
    expect(found, `${rule.what} fetched by the landing before any interaction`).toEqual([]);
  }
  // The worked examples still work: the first press requests content, and the click is handled.
  await page.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Review your answers/);
});

test('a shared link fetches its budget to the verdict', async ({ page }) => {
  const fetched = recordFetches(page);
  await page.goto(realisticLink());
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Result');
  await expect(page.locator('.verdict__score')).toBeVisible();
  await page.waitForLoadState('networkidle');
  checkBudget('link', await fetched(), BUDGETS_KIB.link);
});

test('a reload on a result fetches its budget to the verdict', async ({ page }) => {
  await seedSavedWork(page, savedPlanOf(3));
  const fetched = recordFetches(page);
  await page.goto('./#/services/s2/result');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Result');
  await expect(page.locator('.verdict__score')).toBeVisible();
  await page.waitForLoadState('networkidle');
  checkBudget('result', await fetched(), BUDGETS_KIB.result);
});

test('a reload on the portfolio fetches its budget to the verdicts', async ({ page }) => {
  await seedSavedWork(page, savedPlanOf(3));
  const fetched = recordFetches(page);
  await page.goto('./#/portfolio');
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  checkBudget('portfolio', await fetched(), BUDGETS_KIB.portfolio);
});
