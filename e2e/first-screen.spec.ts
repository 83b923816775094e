import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openLanding } from './helpers';

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
    await expect(page.getByRole('button', { name: 'Start a blank questionnaire' })).toBeVisible();
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
    // Hydrated: the worked examples respond, and ask before replacing the saved work.
    await page.getByRole('button', { name: 'Start from this: Edge proxy' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.getByRole('button', { name: 'Continue “billing”' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Step 1 of 6/);
  },
);

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
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Step 2 of 6/);
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
