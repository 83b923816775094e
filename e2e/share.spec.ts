import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { getKnowledgeBase } from '../content';
import { checkA11y, expect, test } from './fixtures';
import { choose, expectStep, openLanding } from './helpers';

const KEY = 'rust-or-go';

/** The result page's headings, verdict and confidence: what "opens identically" compares. */
async function resultSummary(page: Page) {
  return {
    title: await page.getByRole('heading', { level: 1 }).innerText(),
    verdict: await page.locator('.verdict__headline').innerText(),
    confidence: await page.locator('.confidence').innerText(),
    reasons: await page.locator('.page--result h3').allInnerTexts(),
  };
}

/**
 * Opens the app with `raw` where the planner saves, as a returning visitor has it: written before
 * any script of the page runs, and on the first load only, so that a reload finds what the app
 * saved since. The landing's ways in are links, so the test may click one at once.
 */
async function startWithSaved(page: Page, raw: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e:seeded') !== null) return;
      sessionStorage.setItem('e2e:seeded', 'yes');
      localStorage.setItem(key, value);
    },
    [KEY, raw] as const,
  );
  await page.goto('./');
}

test('a copied link opens the same result in a fresh browser, and a copy can be kept', async ({
  browser,
  baseURL,
  page,
}) => {
  const author = await browser.newContext({
    baseURL,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const authorPage = await author.newPage();
  await openLanding(authorPage);
  await authorPage.getByRole('link', { name: 'Start from this: Auth token service' }).click();
  await authorPage.getByRole('button', { name: 'See the recommendation' }).click();
  await authorPage.getByRole('button', { name: 'Copy link' }).focus();
  await authorPage.keyboard.press('Enter');
  await expect(authorPage.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await authorPage.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await authorPage.getByLabel('Link to this result').inputValue());
  const fragment = new URL(link).hash;
  expect(fragment.length).toBeLessThanOrEqual(200);
  const seen = await resultSummary(authorPage);
  await author.close();

  // A fresh browser: nothing saved, different context.
  await page.goto(`./${fragment}`);
  await expect(page.getByText('You are looking at a shared plan')).toBeVisible();
  expect(await resultSummary(page)).toEqual(seen);
  await expect(page.getByText('The verdict has changed')).toHaveCount(0);
  await checkA11y(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Review your answers/);
  await page.reload();
  await expect(page.getByLabel('Service name')).toHaveValue('Auth token service');
  await expect(page.getByText('You are looking at a shared plan')).toHaveCount(0);
});

test('a garbage link says what happened, takes focus, and the app stays usable', async ({
  page,
}) => {
  await page.goto('./#/link/this-is-not-a-link');
  const heading = page.getByRole('heading', { level: 1, name: 'This link cannot be opened' });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('changed or damaged');
  await checkA11y(page);
  await page.getByRole('link', { name: 'Start fresh' }).click();
  await page.getByRole('link', { name: 'Start a blank questionnaire' }).click();
  await choose(page, 'workload-kind', 'edge-worker');
  await expectStep(page, 'service');
});

test('a downloaded answers file opens again in another browser', async ({
  browser,
  baseURL,
  page,
}) => {
  const author = await browser.newContext({ baseURL });
  const authorPage = await author.newPage();
  await openLanding(authorPage);
  await authorPage.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
  await authorPage.getByRole('button', { name: 'See the recommendation' }).click();
  const [download] = await Promise.all([
    authorPage.waitForEvent('download'),
    authorPage.getByRole('button', { name: 'Download the answers (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^build-edge-proxy-in-(go|rust)-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const text = await readFile(await download.path(), 'utf8');
  await author.close();

  await page.goto('./');
  await page.getByRole('link', { name: 'Open a saved answers file' }).click();
  await page.getByLabel('Answers file').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByRole('heading', { name: /Ready to open/ })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('button', { name: 'Open these answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Edge proxy');
  await expect(page.getByRole('heading', { level: 2, name: 'Rust', exact: true })).toBeVisible();
});

test.describe('saved state, however it was left', () => {
  const v2 = {
    teamAnswers: { 'team-fluency': 'go' },
    services: [{ id: 's1', name: 'billing', notes: '', answers: { 'workload-kind': 'crud-api' } }],
    weights: {},
    activeServiceId: 's1',
    kbVersion: getKnowledgeBase().version,
  };

  /** Continues the saved work to its result: the app works. */
  async function continueToResult(page: Page, name: string) {
    await page.getByRole('button', { name: `Continue “${name}”` }).click();
    await expectStep(page, 'service');
    await page.getByRole('link', { name: 'Result' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  }

  test('empty: starts fresh without a word', async ({ page }) => {
    await startWithSaved(page, '');
    await expect(page.getByRole('heading', { level: 1, name: 'Rust or Go?' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Start a blank questionnaire' }).click();
    await expectStep(page, 'service');
  });

  test('partial: keeps what is valid and says what was left out', async ({ page }) => {
    const partial = {
      ...v2,
      teamAnswers: { 'team-fluency': 'go', 'Not An Id': 1 },
      services: [...v2.services, 'not a service'],
    };
    await startWithSaved(page, JSON.stringify({ state: partial, version: 2 }));
    await expect(page.getByRole('status').filter({ hasText: /\S/ })).toContainText(
      'Part of your saved work could not be restored: 1 answer and 1 service',
    );
    await checkA11y(page);
    await continueToResult(page, 'billing');
  });

  test('older version: migrated silently, then saved in the new version', async ({ page }) => {
    const { kbVersion: _kb, ...v1 } = v2;
    await startWithSaved(page, JSON.stringify({ state: v1, version: 1 }));
    await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveCount(0);
    await continueToResult(page, 'billing');
    await page.getByRole('link', { name: 'Change answers' }).click();
    await page.getByLabel('Service name').fill('billing-v2');
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), KEY);
    expect(saved).toMatchObject({ version: 2, state: { kbVersion: getKnowledgeBase().version } });
  });

  test('corrupt JSON: starts fresh, says so, and keeps the text aside', async ({ page }) => {
    await startWithSaved(page, '{"state": {"services": [');
    await expect(page.getByRole('status').filter({ hasText: /\S/ })).toContainText(
      'could not be read',
    );
    const kept = await page.evaluate((key) => localStorage.getItem(`${key}:unrestored`), KEY);
    expect(kept).toBe('{"state": {"services": [');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('link', { name: 'Start a blank questionnaire' }).click();
    await expectStep(page, 'service');
  });

  test('storage full: keeps working in memory, says so, and offers the file', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'rust-or-go') throw new DOMException('Storage is full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page.goto('./');
    await page.getByRole('link', { name: 'Start a blank questionnaire' }).click();
    await page.getByLabel('Service name').fill('ledger');
    await expect(page.getByText('Your answers are not being saved in this browser')).toBeVisible();
    await checkA11y(page);
    await choose(page, 'workload-kind', 'crud-api');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(
      page.getByRole('radio', { name: 'Business API over a database (CRUD)' }),
    ).toBeChecked();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the answers (JSON)' }).click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(file.services[0]).toMatchObject({
      name: 'ledger',
      answers: { 'workload-kind': 'crud-api' },
    });
  });
});
