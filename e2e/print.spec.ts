import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';
import { checkA11y, expect, test } from './fixtures';
import { REALISTIC_SERVICES, seedRealisticPlan } from './realistic-plan';

/** The PDF's text, page by page (pdftotext separates pages with a form feed). */
function pdfPages(file: string): string[] {
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Text with every run of white space made one space, so wrapped lines still match. */
const squash = (text: string) => text.replace(/\s+/g, ' ');
/** How much a page holds: its letters and digits, whatever the layout's spacing. */
const amount = (text: string) => text.replace(/\s+/g, '').length;

async function printToPdf(
  page: Page,
  testInfo: TestInfo,
  name: string,
  format: 'A4' | 'Letter' | 'A5',
) {
  const file = testInfo.outputPath(`${name}-${format}.pdf`);
  await page.pdf({ path: file, format, preferCSSPageSize: true, printBackground: true });
  const pages = pdfPages(file);
  testInfo.annotations.push({ type: `${name} ${format} pages`, description: String(pages.length) });
  return pages;
}

/** The checks every printed report must pass, whatever it holds. */
function expectCleanPages(pages: string[], format: string) {
  const full = Math.max(...pages.map(amount));
  pages.slice(0, -1).forEach((text, i) => {
    expect(
      amount(text),
      `${format}: page ${i + 1} of ${pages.length} is nearly empty:\n${text}`,
    ).toBeGreaterThanOrEqual(full * 0.15);
  });
  pages.forEach((text, i) => {
    expect(squash(text), `${format}: page ${i + 1} is numbered`).toContain(
      `Page ${i + 1} of ${pages.length}`,
    );
  });
}

test.describe('the printed report of a realistic three-service plan', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`fits one page per service and a summary page in A4 and Letter (${colorScheme})`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      await seedRealisticPlan(page);
      await page.goto('./#/report');
      const title = page.getByRole('heading', { level: 1 });
      await expect(title).toHaveText('Decision report: 3 services');
      const verdicts = await page.locator('.report-service__verdict').allInnerTexts();
      expect(verdicts).toHaveLength(REALISTIC_SERVICES.length);

      await page.emulateMedia({ media: 'print', colorScheme });
      await checkA11y(page);
      // Paper is white and text black, whatever the screen's theme.
      const colours = await page.evaluate(() => ({
        page: getComputedStyle(document.body).backgroundColor,
        html: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.body).color,
      }));
      expect(colours.text).toBe('rgb(0, 0, 0)');
      expect([colours.page, colours.html]).not.toContain('rgb(0, 0, 0)');

      for (const format of ['A4', 'Letter'] as const) {
        const pages = await printToPdf(page, testInfo, `report-${colorScheme}`, format);
        // Paper carries all the screen does (every flip row, each service's answers), so a
        // realistic service may run onto a second page, headed "‹name› (continued)".
        expect(
          pages.length,
          `${format}: at most two pages per service plus a summary`,
        ).toBeLessThanOrEqual(2 * REALISTIC_SERVICES.length + 1);
        expectCleanPages(pages, format);
        const squashed = pages.map(squash);
        // The plan's name runs along the foot of every page.
        squashed.forEach((text, i) =>
          expect(text, `${format}: page ${i + 1} names the plan`).toContain(
            'Decision report: 3 services',
          ),
        );
        REALISTIC_SERVICES.forEach(({ name }, i) => {
          const heading = `Service ${i + 1} of 3: ${name}`;
          const start = squashed.findIndex((text) => text.includes(heading));
          expect(start, `${format}: ${name} is printed`).toBeGreaterThan(0);
          // The heading and the verdict are on the same page, the heading first.
          const onPage = squashed[start] ?? '';
          const verdict = squash(verdicts[i] ?? '');
          expect(onPage, `${format}: ${name}'s verdict is with its heading`).toContain(verdict);
          expect(onPage.indexOf(verdict)).toBeGreaterThan(onPage.indexOf(heading));
          // Each service starts a page of its own, which does not call itself a continuation.
          expect(
            squashed.slice(0, start).some((text) => text.includes(`Service ${i + 1} of 3`)),
          ).toBe(false);
          expect(onPage, `${format}: where ${name} begins`).not.toContain('(continued)');
        });
        // No controls on paper.
        for (const control of ['Print this report', 'Skip to content', 'Theme']) {
          expect(squashed.join(' ')).not.toContain(control);
        }
      }
    });
  }

  test('a service that runs onto another page says “continued” there, and only there', async ({
    page,
  }, testInfo) => {
    test.setTimeout(60_000);
    await seedRealisticPlan(page);
    await page.goto('./#/report');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decision report: 3 services');
    await page.emulateMedia({ media: 'print' });
    // On A5 each service of the realistic plan takes more than one page.
    const pages = (await printToPdf(page, testInfo, 'report', 'A5')).map(squash);
    expectCleanPages(pages, 'A5');
    const starts = REALISTIC_SERVICES.map(({ name }, i) =>
      pages.findIndex((text) => text.includes(`Service ${i + 1} of 3: ${name}`)),
    );
    let continued = 0;
    REALISTIC_SERVICES.forEach(({ name }, i) => {
      const start = starts[i]!;
      const end = starts[i + 1] ?? pages.length;
      expect(start, `${name} is printed`).toBeGreaterThan(0);
      expect(pages[start], `the page where ${name} begins`).not.toContain('(continued)');
      for (const text of pages.slice(start + 1, end)) {
        if (text.replace(/Decision report: 3 services|Page \d+ of \d+/g, '').trim() === '')
          continue;
        expect(text, `a later page of ${name}`).toContain(`${name} (continued)`);
        // Said once, at the head of the page, and of this service only.
        expect(text.split('(continued)')).toHaveLength(2);
        continued++;
      }
    });
    expect(continued, 'some service runs onto a second page').toBeGreaterThan(0);
  });

  test('one service prints on its own, from its result page', async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    await seedRealisticPlan(page);
    const [, second] = REALISTIC_SERVICES;
    await page.goto(`./#/services/${second!.id}/result`);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'Print this service' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Decision report: ${second!.name}`,
    );
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const pages = await printToPdf(page, testInfo, 'one-service', format);
      // The summary, then the service on at most two pages.
      expect(pages.length).toBeLessThanOrEqual(3);
      expectCleanPages(pages, format);
      const text = squash(pages.join(' '));
      expect(text).toContain(second!.name);
      for (const other of REALISTIC_SERVICES.filter((s) => s !== second)) {
        expect(text).not.toContain(other.name);
      }
    }
  });
});
