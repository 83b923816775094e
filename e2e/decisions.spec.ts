/**
 * "Open decisions": a folder of decision files read in the browser and shown as the decision log
 * the command line prints — the same rows, from the same domain code — by keyboard, at a phone's
 * and a desktop's width, and quick enough with a few hundred files.
 */
import { readFile } from 'node:fs/promises';
import { getKnowledgeBase } from '../content';
import { decodeAnswersFile, encodeAnswersFile } from '../src/domain/answers-file';
import { decisionLogCells, decisionLogRow, numberDecisionLog } from '../src/domain/decision-log';
import type { PlannerInputs } from '../src/domain/inputs';
import { checkA11y, expect, test } from './fixtures';
import { openLanding } from './helpers';

const kb = getKnowledgeBase();
const DECISION = { status: 'accepted' as const, decidedOn: '2026-11-21', reviewBy: '2099-05-21' };

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function folderOfFive(): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  const portfolio = JSON.parse(
    await readFile('tests/fixtures/answers-portfolio.json', 'utf8'),
  ) as Record<string, unknown>;
  const files: [string, string][] = [
    ['0001-portfolio.json', JSON.stringify({ ...portfolio, formatVersion: 2, decision: DECISION })],
    [
      '0002-overdue.json',
      JSON.stringify({
        ...portfolio,
        formatVersion: 2,
        decision: { ...DECISION, decidedOn: '2026-01-10', reviewBy: '2026-07-10' },
      }),
    ],
    ['0003-format-1.json', JSON.stringify(portfolio)],
    ['billing.json', await readFile('tests/fixtures/answers-verdict-changed.json', 'utf8')],
    ['broken.json', await readFile('tests/fixtures/answers-truncated.json', 'utf8')],
  ];
  return files.map(([name, text]) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  }));
}

/** The rows the command line's `log` gives for the same files (same domain functions). */
function expectedRows(files: { name: string; buffer: Buffer }[]): string[][] {
  const today = localToday();
  const rows = files.flatMap((f) => {
    const opened = decodeAnswersFile(kb, f.buffer.toString('utf8'));
    return opened.ok ? [decisionLogRow(kb, kb, opened.value, f.name, today, null)] : [];
  });
  return numberDecisionLog(rows).map(decisionLogCells);
}

for (const width of [390, 1280]) {
  test(`a folder of five decision files shows as the decision log, by keyboard, at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await openLanding(page);
    // From the landing page by keyboard: Tab to "Open decisions" and follow it.
    const link = page.getByRole('link', { name: 'Open decisions' });
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Open decisions' })).toBeFocused();
    // To the file input by keyboard; choosing files is the browser's own dialog.
    await page.keyboard.press('Tab');
    const input = page.getByLabel('Decision files');
    await expect(input).toBeFocused();
    const files = await folderOfFive();
    await input.setInputFiles(files);

    await expect(page.locator('.decisions__status')).toHaveText(
      '4 decisions; 1 file could not be read.',
    );
    await expect(page.getByRole('heading', { name: 'Decision log' })).toBeFocused();
    const table = page.getByRole('table');
    const shown = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.children].map((cell, i) =>
            i === 1 ? (cell.querySelector('a')?.textContent ?? '') : (cell.textContent ?? ''),
          ),
        ),
      );
    expect(shown).toEqual(expectedRows(files));
    await expect(page.getByRole('listitem').filter({ hasText: 'broken.json' })).toContainText(
      'not JSON',
    );
    await checkA11y(page);

    // Each row opens its plan: Tab through the table's scroll region to the first row's link.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('region', { name: 'Decision log table' })).toBeFocused();
    await page.keyboard.press('Tab');
    const first = page
      .getByRole('link', { name: 'Portfolio: billing-api, image-resizer, admin' })
      .first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/link\//);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test('200 decision files of ten services each show without a main-thread task over 200 ms', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[]; chosenAt: number };
    w.longTasks = [];
    w.chosenAt = Infinity;
    // The app's work starts when the files are chosen; before that, the test harness is handing
    // the browser 200 files, which is not the page's doing.
    document.addEventListener('change', () => (w.chosenAt = performance.now()), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.startTime + entry.duration >= w.chosenAt)
          w.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('./#/decisions');
  await expect(page.getByRole('heading', { level: 1, name: 'Open decisions' })).toBeVisible();
  const kinds = ['crud-api', 'hot-path', 'internal-tool'];
  const files = Array.from({ length: 200 }, (_, f) => {
    const inputs: PlannerInputs = {
      teamAnswers: { 'team-fluency': 'go' },
      weights: {},
      services: Array.from({ length: 10 }, (_, i) => ({
        id: `s${i + 1}`,
        name: `service-${f}-${i}`,
        notes: '',
        answers: { 'workload-kind': kinds[(f + i) % 3]!, bottleneck: i % 2 ? 'io' : 'cpu' },
      })),
    };
    return {
      name: `${String(f + 1).padStart(4, '0')}-plan.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(encodeAnswersFile(kb, inputs, new Date('2026-11-21'), DECISION)),
    };
  });
  await page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
  });
  await page.getByLabel('Decision files').setInputFiles(files);
  await expect(page.locator('.decisions__status')).toHaveText('200 decisions.', {
    timeout: 60_000,
  });
  await expect(page.locator('tbody tr')).toHaveCount(200);
  const longest = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
  );
  testInfo.annotations.push({
    type: 'longest main-thread task (ms)',
    description: String(longest),
  });
  const all = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(
    `Open decisions, 200 files × 10 services: longest main-thread task ${longest} ms (all over 50 ms: ${all.join(', ')})`,
  );
  // The first task is the one in which the browser takes the 200 files from the test harness and
  // fires "change"; it is reported above, and the page's own work after it is held to 200 ms.
  expect(Math.max(0, ...all.slice(1))).toBeLessThan(200);
});
