/**
 * A team decision, end to end: three members answer the same two-service plan in three separate
 * browsers, the lead pastes their links into the team view, sees the decisive disagreement first,
 * settles it, and prints a report and a decision record that name it — by keyboard, axe-clean,
 * light and dark, phone and desktop.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from '@playwright/test';
import { getKnowledgeBase, linkTables } from '../content';
import { answersForService, type PlannerInputs } from '../src/domain/inputs';
import { encodePermalink } from '../src/domain/permalink/permalink';
import { visibleSteps } from '../src/domain/questions';
import { checkA11y, expect, expectCleanInEveryView, test } from './fixtures';
import { twoServicePlan } from './two-service-plan';
import { choose } from './helpers';

const kb = getKnowledgeBase();
const question = (id: string) => {
  const q = kb.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const optionLabel = (questionId: string, optionId: string) =>
  question(questionId).options.find((o) => o.id === optionId)?.label ?? optionId;

// Differ on one question that decides billing-api's verdict, and on one that does not.
const DECISIVE = 'tail-spikes';
const QUIET = 'bottleneck';

/** A member opens the lead's link in a browser of their own, answers, and copies their link. */
async function memberLink(
  browser: Browser,
  baseURL: string | undefined,
  plan: PlannerInputs,
  changes: Record<string, string>,
): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(`./#/link/${encodePermalink(kb, plan, linkTables)}`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  const service = plan.services[0];
  if (!service) throw new Error('no service');
  const steps = visibleSteps(kb, answersForService(plan.teamAnswers, service));
  for (const [questionId, optionId] of Object.entries(changes)) {
    const step = steps.findIndex((s) => s.questions.some((q) => q.id === questionId)) + 1;
    await page.goto(`./#/services/${service.id}/questions/${step}`);
    await choose(page, questionId, optionId);
  }
  await page.goto(`./#/services/${service.id}/result`);
  const link = await page.getByLabel('Link to this result').inputValue();
  await context.close();
  return link;
}

test('three members, one decisive disagreement: the lead settles it and the record names it', async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(120_000);
  const plan = await twoServicePlan();
  const links = {
    Ana: await memberLink(browser, baseURL, plan, {}),
    Ben: await memberLink(browser, baseURL, plan, { [DECISIVE]: 'no' }),
    Cleo: await memberLink(browser, baseURL, plan, { [DECISIVE]: 'yes', [QUIET]: 'mixed' }),
  };

  // The lead, in a browser of their own with work of their own saved, by keyboard only.
  await page.goto('./#/start/edge-proxy');
  await expect(page.getByRole('heading', { name: /Review your answers/ })).toBeVisible();
  await page.goto('./#/team');
  await expect(page.getByRole('heading', { level: 1, name: 'Decide as a team' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a member' }).focus();
  await page.keyboard.press('Enter');
  const names = Object.keys(links);
  for (const [i, [member, link]] of Object.entries(links).entries()) {
    const fields = page.getByRole('group', { name: `Member ${i + 1}` });
    await fields.getByLabel('Name').focus();
    await page.keyboard.insertText(member);
    await fields.getByLabel('Their link').focus();
    await page.keyboard.insertText(link);
  }
  await checkA11y(page);
  await page.getByRole('button', { name: 'Compare the answers' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByText(`3 members: ${names.join(', ')}`)).toBeVisible();
  const billing = page.getByRole('region', { name: /^Differences for billing-api/ });
  const rows = billing.getByRole('row');
  // Header, then the decisive disagreement first, then the one that does not decide.
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toHaveAttribute('data-key', `s1/${DECISIVE}`);
  await expect(rows.nth(1)).toContainText('Decisive');
  await expect(rows.nth(2)).toHaveAttribute('data-key', `s1/${QUIET}`);
  await expect(rows.nth(2)).toContainText('Not decisive');
  await expect(page.getByRole('region', { name: /^Differences for image-resizer/ })).toHaveCount(0);

  // The wide answers table scrolls inside its region; the page itself never scrolls sideways.
  await expectCleanInEveryView(page);

  // A three-way tie: the lead picks Ben's answer, by keyboard.
  const settle = page.getByLabel(`Settle “${question(DECISIVE).prompt}”`).first();
  await settle.focus();
  await page.keyboard.press('ArrowDown');
  await expect(settle).toHaveValue(JSON.stringify('no'));
  await page.getByRole('button', { name: 'Continue with the settled plan' }).focus();
  await page.keyboard.press('Enter');

  // The settled plan opens as a shared plan; keeping it asks before replacing the lead's own work.
  await page.getByRole('button', { name: 'Edit a copy' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Replace the answers saved in this browser?')).toBeVisible();
  await page.getByRole('button', { name: 'Replace with the shared plan' }).focus();
  await page.keyboard.press('Enter');
  const said = `${question(DECISIVE).prompt} (billing-api) — Ana: ${optionLabel(DECISIVE, 'rarely')}; Ben: ${optionLabel(DECISIVE, 'no')}; Cleo: ${optionLabel(DECISIVE, 'yes')}. Settled: ${optionLabel(DECISIVE, 'no')} (chosen by the lead).`;

  await page.goto('./#/report');
  const team = page.getByRole('region', { name: 'How the team disagreed' });
  await expect(team).toContainText(said);
  await expect(team).not.toContainText(question(QUIET).prompt);
  await checkA11y(page);

  await page.goto('./#/services/s1/result');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the record (.md)' }).focus();
  await page.keyboard.press('Enter');
  const record = await readFile(await (await download).path(), 'utf8');
  expect(record).toContain('## How the team disagreed');
  expect(record).toContain('Ana:');
  expect(record).toContain('chosen by the lead');
});

test('plans that do not match are refused with a clear message', async ({ page }) => {
  const plan = await twoServicePlan();
  const other = { ...plan, services: plan.services.slice(0, 1) };
  const fragment = [
    ['Ana', plan],
    ['Ben', other],
  ]
    .map(
      ([name, p]) =>
        `${Buffer.from(name as string).toString('base64url')}:${encodePermalink(kb, p as PlannerInputs, linkTables)}`,
    )
    .join(',');
  await page.goto(`./#/team/${fragment}`);
  await expect(page.getByText('These plans cannot be compared')).toBeVisible();
  await expect(page.getByText(/Ben’s plan is not the same plan/)).toBeVisible();
  await checkA11y(page);
});

test('the portfolio compares its services side by side, answers and criteria', async ({ page }) => {
  const plan = await twoServicePlan();
  await page.goto(`./#/link/${encodePermalink(kb, plan, linkTables)}`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await page.goto('./#/portfolio');
  await page.getByRole('link', { name: 'Compare the services side by side' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare services' })).toBeFocused();
  const differ = page.getByRole('region', { name: /^Differences for/ });
  // billing-api and image-resizer differ on the bottleneck, among others.
  await expect(differ.locator(`[data-key="s1/${QUIET}"]`)).toContainText(optionLabel(QUIET, 'cpu'));
  await expect(page.getByRole('region', { name: 'Criteria per service' })).toContainText(
    kb.criteria[0]?.label ?? '',
  );
  await expectCleanInEveryView(page, [
    [390, 'dark'],
    [1280, 'light'],
  ]);
});
