import type { Page } from '@playwright/test';
import { checkA11y, expect, test } from './fixtures';
import { choose, expectStep, next, openLanding, waitForApp } from './helpers';

/**
 * axe (WCAG 2.0, 2.1 and 2.2, A and AA) on every screen of the wizard — each step, the review,
 * the result, the error states — on screen and in print, in four colour set-ups: light and dark
 * as the system setting, and light and dark picked with the header's theme control against the
 * opposite system setting. The evidence library, the longest page, is checked in light and dark
 * once each: the theme control's own effect is already covered by the other screens.
 */
const MODES = [
  { name: 'light, from the system', colorScheme: 'light', pick: null, dark: false },
  { name: 'dark, from the system', colorScheme: 'dark', pick: null, dark: true },
  { name: 'dark, picked in the header', colorScheme: 'light', pick: 'Dark', dark: true },
  { name: 'light, picked in the header', colorScheme: 'dark', pick: 'Light', dark: false },
] as const;

/** Checks the current screen on screen and, with `print`, in print media too. */
async function checkScreen(page: Page, { print = false } = {}): Promise<void> {
  await checkA11y(page);
  if (print) {
    await page.emulateMedia({ media: 'print' });
    await checkA11y(page);
    await page.emulateMedia({ media: 'screen' });
  }
}

/** Whether the page is drawn dark: the body's background is darker than mid-grey. */
async function looksDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (
      getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []
    ).map(Number);
    return (r + g + b) / 3 < 128;
  });
}

for (const mode of MODES) {
  test.describe(`in ${mode.name}`, () => {
    test.use({ colorScheme: mode.colorScheme });

    test.beforeEach(async ({ page }) => {
      await openLanding(page);
      if (mode.pick) {
        await waitForApp(page);
        await page
          .getByRole('group', { name: 'Colour theme' })
          .getByRole('button', { name: mode.pick })
          .click();
      }
      expect(await looksDark(page)).toBe(mode.dark);
    });

    test('each step of the questionnaire, its error summary and the review', async ({ page }) => {
      test.slow();
      // The branch with the rewrite step, so that every step is seen.
      await page.getByRole('link', { name: 'Start a blank questionnaire' }).click();
      await expectStep(page, 'service');
      await choose(page, 'service-origin', 'existing-go');
      await checkScreen(page, { print: true });
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
      await checkScreen(page, { print: true });
      await page.getByLabel('Service name').fill('orders');
      for (const step of ['rewrite', 'risk', 'resources', 'delivery', 'team'] as const) {
        await next(page, step);
        await checkScreen(page);
      }
      await next(page, 'review');
      await checkScreen(page, { print: true });
      await page.getByRole('button', { name: 'See the recommendation' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('orders');
      await checkScreen(page, { print: true });
    });

    test('the landing, a full result and addresses that lead nowhere', async ({ page }) => {
      test.slow();
      await checkScreen(page, { print: true });
      await page.getByRole('link', { name: 'Start from this: Auth token service' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Review your answers/);
      await page.getByRole('button', { name: 'See the recommendation' }).click();
      await expect(
        page.getByRole('heading', { level: 2, name: 'Rust', exact: true }),
      ).toBeVisible();
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      await checkScreen(page, { print: true });

      // Saved work makes a worked example ask before replacing it.
      await openLanding(page);
      expect(await looksDark(page)).toBe(mode.dark);
      await page.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await checkScreen(page);

      await page.goto('./#/services/s42/result');
      await expect(
        page.getByRole('heading', { level: 1, name: 'No service s42 in this plan' }),
      ).toBeVisible();
      await checkScreen(page, { print: true });
      await page.goto('./#/no/such/page');
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await checkScreen(page);
    });

    if (!mode.pick) {
      test('the evidence library, with its charts drawn', async ({ page }) => {
        test.slow();
        await page.goto('./#/evidence');
        await expect(page.getByRole('heading', { level: 1 })).toContainText('Evidence library');
        await expect(page.locator('.chart-slot svg.recharts-surface').first()).toBeVisible();
        expect(await looksDark(page)).toBe(mode.dark);
        await checkScreen(page, { print: true });
      });
    }
  });
}

/** Interactive elements smaller than 24 × 24 CSS pixels (WCAG 2.2, 2.5.8 Target Size). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const interactive = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    return [...interactive].flatMap((element) => {
      if (element.getClientRects().length === 0) return [];
      // A radio or checkbox is operated through its whole label as well.
      const label =
        element instanceof HTMLInputElement && /^(radio|checkbox)$/.test(element.type)
          ? element.labels?.[0]
          : null;
      const { width, height } = (label ?? element).getBoundingClientRect();
      // The spacing exception: links inside a sentence are exempt.
      const inline = element.tagName === 'A' && getComputedStyle(element).display === 'inline';
      return (width >= 24 && height >= 24) || inline
        ? []
        : [
            `${element.tagName.toLowerCase()} "${(element.textContent || element.id).trim()}" ${Math.round(width)}×${Math.round(height)}`,
          ];
    });
  });
}

for (const width of [390, 1280]) {
  test(`interactive elements are at least 24 px at ${width} px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openLanding(page);
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('link', { name: 'Start a blank questionnaire' }).click();
    await choose(page, 'workload-kind', 'edge-worker');
    expect(await smallTargets(page)).toEqual([]);
    await openLanding(page);
    await page.getByRole('link', { name: 'Start from this: Edge proxy' }).click();
    await page.getByRole('button', { name: 'Replace and start' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Review your answers/);
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'See the recommendation' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Edge proxy');
    expect(await smallTargets(page)).toEqual([]);
  });
}
