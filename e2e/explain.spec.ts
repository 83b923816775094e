import { getKnowledgeBase, rawKnowledgeBase } from '../content';
import { recommend } from '../src/domain/recommend';
import type { Page } from '@playwright/test';
import { checkA11y, expect, test } from './fixtures';
import { openLanding, promptOf } from './helpers';

/** Starts from a worked example and waits for its review page. */
async function startFrom(page: Page, preset: string): Promise<void> {
  await openLanding(page);
  await page.getByRole('link', { name: `Start from this: ${preset}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Review your answers/);
}

async function seeResult(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  await expect(page.getByRole('heading', { name: 'How the criteria pull' })).toBeVisible();
  // The chart is loaded on demand; wait for it before checking the page.
  await expect(page.locator('.chart-slot svg.recharts-surface').first()).toBeVisible();
}

test('moving a weight with the keyboard changes the verdict, and the change is kept', async ({
  page,
}) => {
  await startFrom(page, 'Auth token service');
  await page.getByLabel(promptOf('team-fluency')).selectOption({ label: 'Go' });
  await seeResult(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Rust', exact: true })).toBeVisible();

  const slider = page.getByRole('slider', { name: 'Memory-safety criticality' });
  await slider.focus();
  for (let i = 0; i < 6; i++) await slider.press('ArrowLeft');
  await expect(slider).toHaveValue('2');
  await expect(slider).toHaveAttribute('aria-valuetext', '2 of 5, changed from the default 5');
  await expect(page.getByText('Changed from 5')).toBeVisible();
  // The verdict at the top and the one beside the sliders both follow.
  await expect(page.getByRole('heading', { level: 2, name: 'Close call: Go' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'With these weights' })).toContainText(
    'Close call: Go',
  );
  await checkA11y(page);

  await page.reload();
  await expect(page.getByRole('slider', { name: 'Memory-safety criticality' })).toHaveValue('2');
  await page.getByRole('button', { name: 'Reset Memory-safety criticality to 5' }).click();
  await expect(page.getByRole('slider', { name: 'Memory-safety criticality' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Rust', exact: true })).toBeVisible();
  await expect(page.getByText('All weights are at their defaults.')).toBeVisible();
});

test('the result says what would flip it, and its charts pass the accessibility check', async ({
  page,
}) => {
  await startFrom(page, 'Edge proxy');
  await seeResult(page);
  const flips = page.getByRole('region', { name: 'What would flip it to Go' });
  // What the page says is what the domain finds for the worked example's answers: each firmest
  // set of changes is a row group of the flip table, its first change a row header.
  const edge = rawKnowledgeBase.presets.find((p) => p.id === 'edge-proxy')!;
  const { answers } = recommend(getKnowledgeBase(), edge.answers).flips;
  if (answers.kind === 'found')
    await expect(
      flips.getByRole('rowheader', { name: answers.sets[0]!.changes[0]!.prompt }).first(),
    ).toBeVisible();
  // The chart's figures are one click away, not repeated beside it.
  await page.getByText('The same figures as a table').click();
  const table = page.getByRole('table', { name: /Each part of the score/ });
  await expect(table).toContainText('Net score');
  // The chart draws what the table says: a bar per row, Rust's right of zero and Go's left.
  const chart = page.locator('.contribution-chart svg.recharts-surface');
  await expect(chart.locator('.chart-bar')).toHaveCount(
    await table.locator('tbody tr, tfoot tr').count(),
  );
  await expect(chart.locator('.chart-bar--net.chart-bar--rust')).toHaveCount(1);
  const sides = await chart.evaluate((svg) => {
    const zero = svg.querySelector('.chart-zero')!.getBoundingClientRect().x;
    return [...svg.querySelectorAll('.chart-bar')].map((bar) => {
      const box = bar.getBoundingClientRect();
      const side = bar.classList.contains('chart-bar--rust') ? 'rust' : 'go';
      return side === 'rust' ? box.left >= zero - 1 : box.right <= zero + 1;
    });
  });
  expect(sides.every(Boolean), 'every bar on its language’s side of zero').toBe(true);
  await checkA11y(page);
});

test('the evidence page shows the benchmark and compile-time charts with their sources', async ({
  page,
}) => {
  await page.goto('./#/evidence');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Evidence library');
  for (const title of ['Matched billing API under load', 'Build and test times']) {
    const figure = page.getByRole('figure', { name: new RegExp(title) });
    await expect(figure).toContainText('Rust vs Go for Backend APIs, When Each One Wins');
    await expect(figure).toContainText('Measured on:');
    await expect(figure.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(figure.getByRole('table')).toBeVisible();
  }
  await expect(
    page
      .getByRole('figure', { name: /Matched billing API/ })
      .getByRole('row', { name: /p99 latency/ }),
  ).toContainText('18 ms');
  await expect(page.getByRole('region', { name: 'Where the sources disagree' })).toContainText(
    'Command-line tools',
  );
  await checkA11y(page);
});

test('a reason’s evidence opens its entry in the library, scrolled to and focused', async ({
  page,
}) => {
  await startFrom(page, 'Image-resizing hot path');
  await seeResult(page);
  const reason = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Latency budget and tail sensitivity' }) });
  await reason.locator('summary', { hasText: 'Matched billing API under load' }).click();
  await reason
    .getByRole('link', { name: 'Open “Matched billing API under load” in the evidence library' })
    .click();
  const entry = page.getByRole('article', { name: 'Matched billing API under load' });
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();
  await expect(page).toHaveURL(/#\/evidence\/billing-api-benchmark$/);
  await checkA11y(page);
});
