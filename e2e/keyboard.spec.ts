import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openLanding, promptOf, waitForApp } from './helpers';

/**
 * The whole wizard with the keyboard alone: Tab to move, Space and the arrow keys to choose,
 * Enter to go on, letters only to type the service's name. No clicks.
 */

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { max = 60, backwards = false } = {}) {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `not reached with ${max} presses of Tab`).toBeFocused();
}

/** Tabs into a radio group and moves to the option named `option` with the arrow keys. */
async function chooseWithArrows(page: Page, question: string | RegExp, option: string | RegExp) {
  const group = page.getByRole('group', { name: question });
  await tabTo(page, group.getByRole('radio').first());
  const wanted = group.getByRole('radio', { name: option });
  const radios = await group.getByRole('radio').all();
  for (let moves = 0; moves < radios.length; moves++) {
    if (await wanted.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(wanted).toBeFocused();
  // Arrows check the option they land on; Space checks the first one, where arrows did not move.
  await page.keyboard.press('Space');
  await expect(wanted).toBeChecked();
}

/** After Enter on Next: the new step's heading has focus and the title names the step. */
async function expectStep(page: Page, step: number, total: number) {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(new RegExp(`^Step ${step} of ${total}`));
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^Step ${step} of ${total}\\b`));
}

async function pressNext(page: Page) {
  await tabTo(page, page.getByRole('button', { name: /^(Next|Review answers)$/ }));
  await page.keyboard.press('Enter');
}

test(
  'the whole wizard can be done with the keyboard alone',
  { tag: '@base-path' },
  async ({ page }) => {
    test.slow();
    await openLanding(page);
    await waitForApp(page);

    // The skip link comes first and moves focus to the page's content.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    await tabTo(page, page.getByRole('link', { name: 'Start a blank questionnaire' }));
    await page.keyboard.press('Enter');
    await expectStep(page, 1, 6);

    await tabTo(page, page.getByLabel('Service name'));
    await page.keyboard.type('search-api');
    await chooseWithArrows(page, promptOf('workload-kind'), 'Business API over a database (CRUD)');
    await chooseWithArrows(page, promptOf('service-origin'), 'A new service');
    await pressNext(page);
    await expectStep(page, 2, 6);

    await chooseWithArrows(page, promptOf('bottleneck'), /Waiting on the database/);
    await pressNext(page);
    await expectStep(page, 3, 6);
    await pressNext(page);
    await expectStep(page, 4, 6);
    await chooseWithArrows(page, promptOf('deadline'), 'Within about six months');
    await pressNext(page);
    await expectStep(page, 5, 6);
    await chooseWithArrows(page, promptOf('team-fluency'), /^Go$/);

    // Back with the keyboard keeps the answer, and Enter on Next returns.
    await tabTo(page, page.getByRole('button', { name: 'Back' }));
    await page.keyboard.press('Enter');
    await expectStep(page, 4, 6);
    await expect(page.getByRole('radio', { name: 'Within about six months' })).toBeChecked();
    await pressNext(page);
    await expectStep(page, 5, 6);
    await expect(page.getByRole('radio', { name: /^Go$/ })).toBeChecked();
    await pressNext(page);
    await expectStep(page, 6, 6);

    // The review changes an answer with the arrow keys on its select.
    const fluency = page.getByLabel(promptOf('team-fluency'));
    await tabTo(page, fluency);
    await expect(fluency).toHaveValue('go');
    await page.keyboard.press('ArrowDown');
    await expect(fluency).not.toHaveValue('go');
    await page.keyboard.press('ArrowUp');
    await expect(fluency).toHaveValue('go');
    await tabTo(page, page.getByRole('button', { name: 'See the recommendation' }));
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('search-api');
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(/^Result for search-api/);
    await expect(page.getByRole('heading', { level: 2, name: 'Go', exact: true })).toBeVisible();

    // The evidence behind a reason opens with Enter.
    const citation = page.locator('details > summary').first();
    await tabTo(page, citation);
    await page.keyboard.press('Enter');
    await expect(page.locator('details').first()).toHaveAttribute('open', '');
  },
);

test('the theme control works with the keyboard', async ({ page }) => {
  await openLanding(page);
  await waitForApp(page);
  const dark = page
    .getByRole('group', { name: 'Colour theme' })
    .getByRole('button', { name: 'Dark' });
  await tabTo(page, dark);
  await page.keyboard.press('Space');
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Light' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
