import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { expect, test } from './fixtures';
import { choose, next, openLanding, startBlank } from './helpers';

/**
 * Text a user types (or a saved state or a link carries) is shown as text, never run: markup,
 * script URLs, right-to-left overrides and the longest allowed names go through the whole
 * journey without a dialog opening, shown exactly as typed, without breaking a phone's layout.
 *
 * The page guard (fixtures.ts) fails a test on any dialog, page error or CSP violation; this
 * spec also records dialogs itself, so the failure names the input that caused it.
 *
 * To cover a new place where a name or a note appears, add a step to `journey` below; every
 * hostile input goes through it.
 */
const HOSTILE_INPUTS = [
  { label: 'a script element', text: '<script>alert(1)</script>' },
  { label: 'an image with an error handler', text: '<img src=x onerror=alert(1)>' },
  { label: 'a javascript: URL', text: 'javascript:alert(document.domain)' },
  {
    label: 'right-to-left text and an override',
    text: 'خدمة الفوترة \u202Egnp.exe\u202C שירות תשלומים',
  },
  { label: '500 characters without a space', text: 'W'.repeat(500) },
  { label: 'quotes, entities and template syntax', text: `"'><\`\${alert(1)}{{7*7}}&amp;&#x3C;` },
] as const;

/** What one journey types: the hostile text as the service's name, and in its notes. */
interface Typed {
  name: string;
  /** The hostile text again, then a second line: notes keep their line breaks. */
  notes: string;
}

const notesWith = (text: string) => `${text}\nSecond line of the notes.`;

const PHONE = { width: 390, height: 844 };
/** A4 less the report's 15 mm margins, in CSS pixels: the narrowest printed page (Letter is wider). */
const A4_PRINTABLE = { width: Math.floor(((210 - 2 * 15) / 25.4) * 96), height: 1000 };

/** Fails with the page's widths when anything is wider than the viewport. */
async function expectNoHorizontalOverflow(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `horizontal overflow on ${where}`).toBeLessThanOrEqual(clientWidth);
}

/**
 * Fails naming every element that reaches past the page's right edge or whose content is wider
 * than its box: on paper nothing scrolls, so either would cut text off. A line that ends in an
 * ellipsis by design (the "‹name› (continued)" head of a printed page, which repeats the heading)
 * shows that it is cut, so its content may be wider than its box; it must still fit the page.
 */
async function expectNothingWiderThanThePage(page: Page, where: string): Promise<void> {
  const tooWide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const cutWithEllipsis = (el: Element | null) =>
      el !== null && getComputedStyle(el).textOverflow === 'ellipsis';
    return [...document.querySelectorAll<HTMLElement>('#root *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0) return false;
        // What such a line cuts off is clipped by it; the line itself must still fit the page.
        if (cutWithEllipsis(el.parentElement)) return false;
        if (cutWithEllipsis(el)) return box.right > width + 0.5;
        return box.right > width + 0.5 || el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
  });
  expect(tooWide, `wider than the page on ${where}`).toEqual([]);
}

/** Nothing the user typed became an element: the app renders no images or scripts of its own. */
async function expectNoInjectedElements(page: Page): Promise<void> {
  await expect(page.locator('#root img, #root script, #root iframe, #root object')).toHaveCount(0);
}

/** The result page's heading and title name the service exactly as typed. */
async function expectResultFor(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).locator('.service-name')).toHaveText(name, {
    useInnerText: true,
  });
  await expect(page).toHaveTitle(`Result for ${name} — Rust or Go?`);
}

/** The notes as shown beside a result and on paper: as typed, line break kept. */
async function expectNotesShown(page: Page, notes: string): Promise<void> {
  await expect(page.locator('.service-notes__text')).toHaveText(notes, { useInnerText: true });
}

/** The first questionnaire step and the review show the name and notes in their fields. */
async function expectFields(page: Page, { name, notes }: Typed): Promise<void> {
  await expect(page.getByLabel('Service name')).toHaveValue(name);
  await expect(page.getByLabel('Notes (optional)')).toHaveValue(notes);
}

/** Renders Markdown as GitHub would (CommonMark + GFM), raw HTML not allowed. */
const renderMarkdown = (markdown: string) =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** Undoes the four escapes micromark writes, in one pass so `&amp;lt;` stays `&lt;`. */
const unescapeHtml = (html: string) =>
  html.replace(/&(lt|gt|quot|amp);/g, (_, name: string) =>
    name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : '&',
  );

/** The PDF's text, as pdftotext reads it in reading order. */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });

/** Hebrew and Arabic letters. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
/** Marks, embeddings, overrides and isolates: they steer the display and print no glyph. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text as a PDF can give it back: no white space, since pdftotext breaks a long name wherever
 * its line wrapped, and no bidi controls, which print nothing (pdftotext adds its own).
 */
/** Text as the decision record writes it: each bidirectional control as "(U+202E)". */
const codePointsShown = (text: string) =>
  text.replace(BIDI_CONTROLS, (c) => `(U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()})`);
const bare = (text: string) => text.replace(/\s+/g, '').replace(BIDI_CONTROLS, '');

/**
 * Expects the PDF to print `name`, and nothing else, between `before` and `after`. pdftotext gives
 * right-to-left text in the order it appears on paper (runs reversed, an override's letters as
 * shown), so where the name has right-to-left letters the same characters must be there, each
 * as often as typed, in any order; otherwise in the order typed. A character lost, added,
 * escaped (`&lt;`) or replaced fails either way.
 */
function expectPrinted(pdf: string, before: string, name: string, after: string): void {
  const text = bare(pdf);
  const start = text.indexOf(bare(before));
  expect(start, `"${before}" in the PDF`).toBeGreaterThanOrEqual(0);
  const from = start + bare(before).length;
  const printed = text.slice(from, text.indexOf(bare(after), from));
  const typed = bare(name);
  if (RIGHT_TO_LEFT.test(typed)) {
    const letters = (s: string) => [...s].sort().join('');
    expect(letters(printed), `${before} … ${after}`).toBe(letters(typed));
  } else {
    expect(printed, `${before} … ${after}`).toBe(typed);
  }
}

type JourneyStep = {
  title: string;
  run: (page: Page, typed: Typed, testInfo: TestInfo) => Promise<void>;
};

/** Where a name and notes go, in order; each step starts where the one before it ended. */
const journey: JourneyStep[] = [
  {
    title: 'typed into the first step, kept through every later one and the review',
    run: async (page, typed) => {
      await startBlank(page);
      await page.getByLabel('Service name').fill(typed.name);
      await page.getByLabel('Notes (optional)').fill(typed.notes);
      await expectFields(page, typed);
      await choose(page, 'workload-kind', 'crud-api');
      await expectNoHorizontalOverflow(page, 'step 1');

      for (const step of ['risk', 'resources', 'delivery', 'team'] as const) await next(page, step);
      await next(page, 'review');
      await expectFields(page, typed);
      await expectNoHorizontalOverflow(page, 'the review');
    },
  },
  {
    title: 'the result, in its heading, the page title and its notes',
    run: async (page, { name, notes }) => {
      await page.getByRole('button', { name: 'See the recommendation' }).click();
      await expectResultFor(page, name);
      await expectNotesShown(page, notes);
      await expectNoInjectedElements(page);
      await expectNoHorizontalOverflow(page, 'the result');
    },
  },
  {
    title: 'the decision record, where the notes open the context',
    run: async (page, { name, notes }) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the record (.md)' }).click(),
      ]);
      const html = renderMarkdown(readFileSync(await download.path(), 'utf8'));
      expect(html).not.toMatch(/<img|<script|<iframe|href="javascript:/i);
      expect(html.match(/<h1>/g)).toHaveLength(1);
      // A database-bound business API comes out Go.
      // Bidirectional controls show as their code points, so nothing reads backwards.
      expect(unescapeHtml(/<h1>(.*)<\/h1>/.exec(html)?.[1] ?? '')).toBe(
        `Build ${codePointsShown(name)} in Go`,
      );
      // The notes are quoted line by line; rendered, the quote reads as typed, line break kept.
      const quote = /<blockquote>\n<p>([\s\S]*?)<\/p>\n<\/blockquote>/.exec(html)?.[1] ?? '';
      expect(unescapeHtml(quote)).toBe(codePointsShown(notes));
    },
  },
  {
    title: 'the landing, whose Continue button names it, before and after a reload',
    run: async (page, { name }) => {
      const continueButton = page.getByRole('button', { name: /^Continue/ });
      await openLanding(page);
      await expect(continueButton).toHaveText(`Continue “${name}”`, { useInnerText: true });
      await expectNoInjectedElements(page);
      await expectNoHorizontalOverflow(page, 'the landing');
      // Restored from saved work: still the same text.
      await page.reload();
      await expect(continueButton).toHaveText(`Continue “${name}”`, { useInnerText: true });
    },
  },
  {
    title: 'a permalink opened in a browser with nothing saved, then kept as a copy',
    run: async (page, typed) => {
      await page.goto('./#/services/s1/result');
      const link = await page.getByLabel('Link to this result').inputValue();
      // Another person's browser: the author's saved work is forgotten and the app unloaded.
      // The same browser context is reused so that the page guard watches this side too.
      await page.evaluate(() => localStorage.clear());
      await page.goto('about:blank');
      await page.goto(link);
      await expect(page.getByText('You are looking at a shared plan')).toBeVisible();
      await expectResultFor(page, typed.name);
      await expectNotesShown(page, typed.notes);
      await expectNoInjectedElements(page);
      await expectNoHorizontalOverflow(page, 'the shared result');
      expect(await page.evaluate(() => localStorage.length), 'a shared plan is not saved').toBe(0);

      // The copy keeps the name and the notes in its fields.
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Review your answers/);
      await expectFields(page, typed);
      await page.reload();
      await expect(page.getByText('You are looking at a shared plan')).toHaveCount(0);
      await expectFields(page, typed);
      await expectNoHorizontalOverflow(page, 'the kept copy');
    },
  },
  {
    title: 'the printed report, on the page and in the PDF',
    run: async (page, { name, notes }, testInfo) => {
      // The copy just kept prints, with its notes under its heading.
      await page.goto('./#/report');
      await page.setViewportSize(A4_PRINTABLE);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Decision report: ${name}`, {
        useInnerText: true,
      });
      await expect(page.locator('.report-service h2')).toHaveText(name, {
        useInnerText: true,
      });
      await expect(page.locator('.report-service__end')).toHaveText(`End of ${name}`, {
        useInnerText: true,
      });
      await expectNotesShown(page, notes);
      // What is printed right after the notes, to tell where they end in the PDF's text.
      const afterNotes = (
        await page.locator('.report-service .service-notes + *').innerText()
      ).slice(0, 20);
      await expectNoInjectedElements(page);
      await expectNothingWiderThanThePage(page, 'the printed report');

      const file = testInfo.outputPath('report.pdf');
      await page.pdf({ path: file, format: 'A4' });
      const text = pdfText(file);
      expectPrinted(text, 'Decision report:', name, 'Date');
      expectPrinted(text, 'Notes', notes, afterNotes);
      expectPrinted(text, 'End of', name, 'Sources cited');
    },
  },
];

test.use({ viewport: PHONE });

for (const { label, text } of HOSTILE_INPUTS) {
  test.describe(`a service name and notes with ${label}`, () => {
    const dialogs: string[] = [];
    test.beforeEach(({ page }) => {
      dialogs.length = 0;
      page.on('dialog', (dialog) => dialogs.push(`${dialog.type()}: ${dialog.message()}`));
    });
    test.afterEach(() => expect(dialogs, 'no dialog may open').toEqual([]));

    test('go through the whole journey as plain text', async ({ page }, testInfo) => {
      // About 10 s on an idle machine; room for a busy one.
      test.setTimeout(60_000);
      const typed = { name: text, notes: notesWith(text) };
      for (const step of journey) {
        await test.step(step.title, () => step.run(page, typed, testInfo));
      }
    });
  });
}
