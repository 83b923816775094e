import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectStep, openLanding, waitForApp } from './helpers';

/**
 * The first screen: pre-rendered HTML that reads before any JavaScript runs, hydrated without a
 * mismatch (the page guard fails a test on React's hydration errors), the saved theme applied
 * before the app runs, and the security headers and policy every page is served with.
 * Tagged @base-path: `npm run test:e2e:base-path` runs these under a sub-path build too.
 */

const SAVED_WORK = {
  version: 1,
  state: {
    teamAnswers: { 'team-fluency': 'go' },
    weights: {},
    activeServiceId: 's1',
    services: [{ id: 's1', name: 'billing', notes: '', answers: { 'workload-kind': 'crud-api' } }],
  },
};

/** Saved answers and a dark theme choice, as a returning visitor has them. */
async function seedReturningVisitor(page: Page): Promise<void> {
  await page.addInitScript((saved) => {
    localStorage.setItem('rust-or-go', JSON.stringify(saved));
    localStorage.setItem('rust-or-go:theme', 'dark');
  }, SAVED_WORK);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the landing page reads in full', { tag: '@base-path' }, async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Rust or Go?' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start a blank questionnaire' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(11);
    await expect(page.getByRole('contentinfo')).toContainText(/Knowledge base \d+\.\d+\.\d+/);
    await expect(page).toHaveTitle('Rust or Go? — decide service by service');
  });
});

test(
  'a returning visitor gets the landing hydrated with their work and theme',
  {
    tag: '@base-path',
  },
  async ({ page }) => {
    await seedReturningVisitor(page);
    await openLanding(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('button', { name: 'Continue “billing”' })).toBeVisible();
    // A worked example asks before replacing the saved work, whether its own part of the page
    // has hydrated yet or not (see the tests of clicks before hydration below).
    await page.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.getByRole('button', { name: 'Continue “billing”' }).click();
    await expectStep(page, 'service');
  },
);

/** Holds back the responses for `url` until the returned function is called. */
async function holdBack(page: Page, url: RegExp): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Whether React has hydrated `selector`'s element (it marks each with a fiber property). */
function isHydrated(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(
    (s) =>
      Object.keys(document.querySelector(s) ?? {}).some((key) => key.startsWith('__reactFiber')),
    selector,
  );
}

const ENTRY = /\/assets\/index-[\w-]+\.js$/;
const CONTENT = /\/assets\/content-[\w-]+\.js$/;

test(
  'a worked example clicked before the app has run still starts, once',
  { tag: '@base-path' },
  async ({ page }) => {
    const releaseApp = await holdBack(page, ENTRY);
    await page.goto('./', { waitUntil: 'domcontentloaded' });
    await page.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
    // No JavaScript of the app has run: the browser followed the link.
    await expect(page).toHaveURL(/#\/start\/edge-proxy$/);
    releaseApp();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Review your answers/);
    await expect(page.getByLabel('Service name')).toHaveValue('Edge proxy');
    await page.getByLabel('Service name').fill('my proxy');
    // The start address gave way to the review: Back leads to the landing, Forward to the
    // review, and the work is still there.
    await page.goBack();
    await expect(page.getByRole('button', { name: 'Continue “my proxy”' })).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Review your answers/);
    await expect(page.getByLabel('Service name')).toHaveValue('my proxy');
    await page.reload();
    await expect(page.getByLabel('Service name')).toHaveValue('my proxy');
  },
);

test('the skip link, followed before the app has run, moves focus and stays on the landing', async ({
  page,
}) => {
  const releaseApp = await holdBack(page, ENTRY);
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  releaseApp();
  // Once the app runs, it is still the landing: "#main" was never taken for an address.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rust or Go?');
  expect(new URL(page.url()).hash).toBe('');
});

test('a worked example clicked before it has hydrated asks before replacing saved work', async ({
  page,
}) => {
  await seedReturningVisitor(page);
  const releaseContent = await holdBack(page, CONTENT);
  await page.goto('./');
  // The app has hydrated the page, but not the worked examples: they wait for content.
  await expect(page.getByRole('button', { name: 'Continue “billing”' })).toBeVisible();
  expect(await isHydrated(page, '.preset a')).toBe(false);
  await page.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
  await expect(page).toHaveURL(/#\/start\/edge-proxy$/);
  releaseContent();

  const dialog = page.getByRole('alertdialog', { name: 'Replace your current answers?' });
  await expect(dialog).toContainText('Starting from “Edge proxy” replaces the answers');
  await expect(dialog).toBeFocused();
  await dialog.getByRole('button', { name: 'Replace and start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Review your answers/);
  await expect(page.getByLabel('Service name')).toHaveValue('Edge proxy');
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Continue “Edge proxy”' })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('"Start a blank questionnaire" clicked while content is loading starts once it has', async ({
  page,
}) => {
  const releaseContent = await holdBack(page, CONTENT);
  await page.goto('./');
  await waitForApp(page);
  await page.getByRole('link', { name: 'Start a blank questionnaire' }).click();
  await expect(page).toHaveURL(/#\/start$/);
  releaseContent();
  await expectStep(page, 'service');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Rust or Go?' })).toBeVisible();
  await expect(page).not.toHaveURL(/start/);
});

test('a start address opened directly asks first, or says the example does not exist', async ({
  page,
}) => {
  await seedReturningVisitor(page);
  await page.goto('./#/start/edge-proxy');
  const dialog = page.getByRole('alertdialog', { name: 'Replace your current answers?' });
  await expect(dialog).toBeFocused();
  await dialog.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Continue “billing”' })).toBeVisible();

  await page.goto('./#/start/no-such-example');
  await expect(page.getByRole('alert')).toContainText('This worked example does not exist');
  await expect(page.getByRole('button', { name: 'Continue “billing”' })).toBeVisible();
  await page.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
});

test('the saved theme applies before the app has run', async ({ page }) => {
  await seedReturningVisitor(page);
  // Hold back the app's own scripts: only the HTML, the CSS and boot.js remain.
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 20, 19)');
});

test(
  'opening another page renders that page, not the pre-rendered landing',
  {
    tag: '@base-path',
  },
  async ({ page }) => {
    await seedReturningVisitor(page);
    await page.goto('./#/services/s1/questions/2');
    await expectStep(page, 'risk');
    await expect(page.locator('.page--landing')).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveAttribute('data-deep-link');
    await expect(page).toHaveTitle(/^Step 2 of 6/);
    // The landing is one click away, and hydration is not involved any more.
    await page.getByRole('link', { name: 'Rust or Go?' }).click();
    await expect(page.getByRole('button', { name: 'Continue “billing”' })).toBeVisible();
  },
);

test('pages are served with the security headers and policy', async ({ page, request }) => {
  const response = await request.get('./');
  const headers = response.headers();
  const policy = headers['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ]) {
    expect(policy).toContain(directive);
  }
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');

  // The same policy is in the page for hosts that send no headers, less frame-ancestors.
  const html = await response.text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(meta).toBe(policy.replace(/;\s*frame-ancestors 'none'/, ''));
  // Nothing inline for the policy to block: no inline script, style element or attribute.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/i);

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
