import { expect, type Page } from '@playwright/test';
import { rawKnowledgeBase } from '../content';

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

/** A question's prompt, looked up by id in the content the app is built from. */
export function promptOf(questionId: string): string {
  const question = rawKnowledgeBase.questions.find((q) => q.id === questionId);
  if (!question) throw new Error(`No question ${questionId} in the content`);
  return question.prompt;
}

/**
 * Picks an answer by the knowledge base's ids, so a test survives rewording: the prompt and the
 * label are looked up in the content the app is built from.
 */
export async function choose(page: Page, questionId: string, optionId: string): Promise<void> {
  const question = rawKnowledgeBase.questions.find((q) => q.id === questionId);
  const option = question?.options.find((o) => o.id === optionId);
  if (!question || !option) throw new Error(`No option ${questionId}=${optionId} in the content`);
  await answer(page, question.prompt, new RegExp(`^${escapeRegExp(option.label)}`));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A step of the questionnaire: a step id of the content, or `review` for the review that ends it. */
export type StepId = string;

/** The review's title, the last step of every questionnaire. */
const REVIEW_TITLE = 'Review your answers';

/**
 * A step's heading, found by role and name: the page's level-1 heading, named "Step n of m" and
 * the step's title from the content. `of` also checks how many steps the questionnaire has.
 */
export function stepHeading(page: Page, step: StepId, { of }: { of?: number } = {}) {
  const title =
    step === 'review' ? REVIEW_TITLE : rawKnowledgeBase.steps.find((s) => s.id === step)?.title;
  if (!title) throw new Error(`No step ${step} in the content`);
  const count = of === undefined ? '\\d+' : String(of);
  return page.getByRole('heading', {
    level: 1,
    name: new RegExp(`^Step \\d+ of ${count}:? ${escapeRegExp(title)}$`),
  });
}

/** Waits for a step's heading to show. */
export async function expectStep(
  page: Page,
  step: StepId,
  options: { of?: number } = {},
): Promise<void> {
  await expect(stepHeading(page, step, options)).toBeVisible();
}

/** Clicks Next (or "Review answers") and waits for the next step's heading to take focus. */
export async function next(page: Page, step: StepId, options: { of?: number } = {}): Promise<void> {
  await page.getByRole('button', { name: /^(Next|Review answers)$/ }).click();
  await expect(stepHeading(page, step, options)).toBeFocused();
}

/**
 * Opens the landing page. Its HTML is pre-rendered, and its ways in (a blank questionnaire, each
 * worked example) are links to a start address: a click on one works from the first paint, before
 * the app has run. Its buttons (the theme control, Continue) need the app: see `waitForApp`.
 */
export async function openLanding(page: Page): Promise<void> {
  await page.goto('./');
}

/**
 * Waits until the app has hydrated the page's own HTML, for a test that uses its buttons or the
 * skip link straight after loading it: before that, a click on a button does nothing. React marks
 * every element it hydrates with a `__reactFiber…` property; <main> is hydrated with the page
 * itself, not later with content.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return !!main && Object.keys(main).some((key) => key.startsWith('__reactFiber'));
  });
}

/** The first step of a blank questionnaire, starting from a clean browser. */
export async function startBlank(page: Page): Promise<void> {
  await openLanding(page);
  await page.getByRole('link', { name: 'Start a blank questionnaire' }).click();
  await expectStep(page, 'service');
}
