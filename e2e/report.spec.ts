import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { checkA11y, expect, test } from './fixtures';
import { openLanding } from './helpers';
import { buildThreeServicePortfolio, openPortfolio, THREE_SERVICES } from './portfolio-journey';

/** Replaces the print dialog with a counter, so a test can see it was asked for. */
async function countPrints(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counted = window as Window & { printed?: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed = (counted.printed ?? 0) + 1;
    };
  });
  return () => page.evaluate(() => (window as Window & { printed?: number }).printed ?? 0);
}

/** The PDF's text, page by page (pdftotext separates pages with a form feed). */
function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((text) => text.trim() !== '');
}

/** Text with every run of white space made one space, so wrapped lines still match. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

test('the three-service portfolio prints in A4 and Letter, one page per service block', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await buildThreeServicePortfolio(page);

  // "Print this service" on a result page, from the keyboard: that service's report opens and
  // asks to print once.
  const prints = await countPrints(page);
  await page.getByRole('button', { name: 'Print this service' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Decision report: admin-tool' }),
  ).toBeFocused();
  await expect.poll(prints).toBe(1);
  await expect(page).toHaveURL(/#\/services\/s3\/report$/);

  // And on the portfolio page.
  await openPortfolio(page);
  await page.getByRole('button', { name: 'Print report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decision report: 3 services');
  await expect.poll(prints).toBe(2);
  await checkA11y(page);

  const today = await page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
  const permalink = (await page.locator('.report__url').textContent()) ?? '';
  expect(permalink).toMatch(/^http:\/\/.+#\/link\/[\w-]+$/);
  const sources = await page
    .getByRole('region', { name: 'Sources cited' })
    .getByRole('listitem')
    .allTextContents();
  expect(sources.length).toBeGreaterThan(0);

  await page.emulateMedia({ media: 'print' });
  await checkA11y(page);
  await expect(page.getByRole('button', { name: 'Print this report' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();

  for (const format of ['A4', 'Letter'] as const) {
    const file = testInfo.outputPath(`report-${format}.pdf`);
    await page.pdf({ path: file, format, preferCSSPageSize: true, printBackground: false });
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(file);
    const text = squash(pages.join(' '));
    testInfo.annotations.push({ type: `${format} pages`, description: String(pages.length) });

    expect(text).toContain('Decision report: 3 services');
    expect(text).toContain(today);
    expect(text).toMatch(/version \d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)/);
    expect(text).toContain('Portfolio: 3 services, 2 runtimes in production');
    // The permalink is written out in full, even where it wraps across lines.
    expect(pages.join('').replace(/\s+/g, '')).toContain(permalink);
    // Each source with its address in full; an address may wrap across lines like the permalink.
    const unwrapped = pages.join('').replace(/\s+/g, '');
    for (const source of sources)
      expect(unwrapped, `${format}: ${source}`).toContain(source.replace(/\s+/g, ''));
    // No navigation or controls on paper.
    for (const control of [
      'Print this report',
      'Print report',
      'Skip to content',
      'Copy the record',
    ]) {
      expect(text).not.toContain(control);
    }

    THREE_SERVICES.forEach(({ name, verdict }, i) => {
      const start = pages.findIndex((p) => new RegExp(`Service ${i + 1} of 3:`, 'i').test(p));
      expect(start, `${format}: where ${name} starts`).toBeGreaterThanOrEqual(0);
      const page = squash(pages[start] ?? '');
      expect(page).toContain(name);
      expect(page).toContain(`Verdict: ${verdict}`);
      expect(page).toMatch(/What would flip it to (Rust|Go)/);
      expect(page).toContain('When to revisit');
    });
  }
});

test('the MADR record downloads as a Markdown file with its front matter', async ({ page }) => {
  await openLanding(page);
  await page.getByRole('link', { name: 'Start from this: Billing CRUD API' }).click();
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  // The record's own form: the decision file below it has a status of its own.
  const record = page.getByRole('region', { name: 'Decision record (Markdown)' });
  await record.getByRole('radio', { name: /Accepted/ }).check();
  await record.getByRole('textbox', { name: /Decision-makers/ }).fill('Ana Lima, Bo');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the record (.md)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('0001-build-billing-crud-api-in-go.md');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toMatch(/^---\nstatus: accepted\ndate: \d{4}-\d{2}-\d{2}\n/);
  expect(text).toContain('decision-makers: ["Ana Lima", "Bo"]');
  expect(text).toContain('# Build Billing CRUD API in Go');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    /Downloaded 0001-build-billing-crud-api-in-go\.md/,
  );
  await checkA11y(page);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the report passes axe, and prints black on white', async ({ page }) => {
    await openLanding(page);
    await page.getByRole('link', { name: 'Start from this: Image-resizing hot path' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Review your answers/);
    await page.goto('./#/report');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Decision report: Image-resizing hot path',
    );
    await checkA11y(page);
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      verdict: getComputedStyle(document.querySelector('.report-pull')!).color,
    }));
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', verdict: 'rgb(0, 0, 0)' });
    await checkA11y(page);
  });
});
