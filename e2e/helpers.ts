import { expect, type Page } from '@playwright/test';

/** Picks an option of the question whose prompt is `prompt` (a fieldset named by its legend). */
export async function answer(
  page: Page,
  prompt: string | RegExp,
  option: string | RegExp,
): Promise<void> {
  const radio = page.getByRole('group', { name: prompt }).getByRole('radio', { name: option });
  await radio.check();
  await expect(radio).toBeChecked();
}

/** Clicks Next (or "Review answers") and waits for the next step's heading to take focus. */
export async function next(page: Page, expectedStep: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^(Next|Review answers)$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expectedStep);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

/**
 * Opens the landing page and waits until it is fully interactive. Its HTML is pre-rendered, so
 * it shows before the app has hydrated it, and the worked examples hydrate only once the content
 * chunk has arrived: a click before that would be lost. React marks every element it has
 * hydrated with a `__reactFiber…` property; wait for it on the last example's button.
 */
export async function openLanding(page: Page): Promise<void> {
  await page.goto('./');
  await page.waitForFunction(() => {
    const button = [...document.querySelectorAll('.preset button')].at(-1);
    return !!button && Object.keys(button).some((key) => key.startsWith('__reactFiber'));
  });
}

/** The first step of a blank questionnaire, starting from a clean browser. */
export async function startBlank(page: Page): Promise<void> {
  await openLanding(page);
  await page.getByRole('button', { name: 'Start a blank questionnaire' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Step 1 of \d+/);
}
