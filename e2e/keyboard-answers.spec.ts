import type { Page } from '@playwright/test';
import { getKnowledgeBase } from '../content';
import { expect, test } from './fixtures';
import { startBlank } from './helpers';

/**
 * Answering by keyboard never clears an answer by accident: Space on a question, Tab on to the
 * next, Space again, for every question of every step. Clearing is a deliberate choice ("No
 * answer" in the group), keeps focus on the question, and Undo puts the answer back.
 */
const kb = getKnowledgeBase();
const promptOf = (id: string) => kb.questions.find((q) => q.id === id)!.prompt;

/** The questions on screen, by the prompts of their groups, in order. */
async function questionsOnScreen(page: Page): Promise<string[]> {
  const legends = await page.locator('fieldset.question > legend').allInnerTexts();
  return legends.map((text) => text.trim());
}

async function focusedIsIn(page: Page, prompt: string): Promise<boolean> {
  return page
    .getByRole('group', { name: prompt, exact: true })
    .evaluate((group) => group.contains(document.activeElement));
}

test('Tab then Space through every question answers each, and never clears one', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await startBlank(page);
  await page.getByLabel('Service name').fill('keyboard-service');

  for (let step = 1; step < 20; step++) {
    const heading = page.getByRole('heading', { level: 1 });
    if (/Review/.test(await heading.innerText())) break;
    const prompts = await questionsOnScreen(page);
    // Into the first question's group from the keyboard, then Space, Tab, Space, …
    await page
      .getByRole('group', { name: prompts[0], exact: true })
      .getByRole('radio')
      .first()
      .focus();
    for (const prompt of prompts) {
      expect(await focusedIsIn(page, prompt), `focus is on “${prompt}”`).toBe(true);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    // Every question on the step is still answered, and with a real option.
    for (const prompt of prompts) {
      const group = page.getByRole('group', { name: prompt, exact: true });
      await expect(group.getByRole('radio', { checked: true }), prompt).toHaveCount(1);
      await expect(group.getByRole('radio', { name: /^No answer/, checked: true })).toHaveCount(0);
    }
    await page.getByRole('button', { name: /^(Next|Review answers)$/ }).press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Review your answers/);
  await expect(page.locator('.lede')).toHaveText(/^(\d+) of \1 questions answered/);
});

test('a clear keeps focus on the question, and Undo puts the answer back', async ({ page }) => {
  await startBlank(page);
  // A question with no "Not sure" option on the first step: its group offers "No answer".
  const first = kb.steps[0]!.questionIds.map((id) => kb.questions.find((q) => q.id === id)!);
  const question = first.find((q) => !q.options.some((o) => o.uncertain))!;
  const option = question.options[0]!;
  const group = page.getByRole('group', { name: promptOf(question.id), exact: true });

  await group.getByRole('radio', { name: option.label, exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(group.getByRole('radio', { name: option.label, exact: true })).toBeChecked();

  // Clearing is choosing "No answer" (the last choice: one arrow up from the first, which wraps
  // round): focus stays in the question.
  const noAnswer = group.getByRole('radio', { name: /^No answer/ });
  await page.keyboard.press('ArrowUp');
  await expect(noAnswer).toBeChecked();
  expect(await focusedIsIn(page, promptOf(question.id))).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: /^Cleared/ })).toContainText(
    promptOf(question.id),
  );

  // Undo, from the keyboard: the answer is back, in the form and in the saved plan, and focus
  // returns to it.
  await page.getByRole('button', { name: /^Undo/ }).press('Enter');
  const restored = group.getByRole('radio', { name: option.label, exact: true });
  await expect(restored).toBeChecked();
  await expect(restored).toBeFocused();
  const saved = await page.evaluate(() => localStorage.getItem('rust-or-go') ?? '');
  expect(saved).toContain(`"${question.id}":"${option.id}"`);
});
