/**
 * The plans the loading tests open: the realistic three-service plan (long names, long notes) as
 * a shared link and as saved work, and a fifty-service portfolio made of it. Shared by the
 * fetched-size budgets, the long-task test and the Lighthouse bench (e2e/tools/lighthouse.mjs
 * builds its own link the same way).
 */
import type { Page } from '@playwright/test';
import { getKnowledgeBase, linkTables } from '../content';
import { encodePermalink } from '../src/domain/permalink/permalink';
import type { PlannerInputs } from '../src/domain/inputs';
import { realisticPlan } from './realistic-plan';

const kb = getKnowledgeBase();

/** The realistic plan's inputs (three services with notes). */
export function realisticInputs(): PlannerInputs {
  const { teamAnswers, weights, services } = realisticPlan().state;
  return { teamAnswers, weights, services };
}

/** The address of the realistic plan shared as a link. */
export function realisticLink(): string {
  return `./#/link/${encodePermalink(kb, realisticInputs(), linkTables)}`;
}

/** Saved work of `count` services, the realistic plan's three over and over, numbered. */
export function savedPlanOf(count: number) {
  const saved = realisticPlan();
  const three = saved.state.services;
  const services = Array.from({ length: count }, (_, i) => {
    const model = three[i % three.length]!;
    return { ...model, id: `s${i + 1}`, name: `${model.name} ${i + 1}` };
  });
  return { ...saved, state: { ...saved.state, services } };
}

/** Opens the app with `saved` as a returning visitor's work (once per test, not per load). */
export async function seedSavedWork(page: Page, saved: unknown): Promise<void> {
  await page.addInitScript((value) => {
    if (sessionStorage.getItem('e2e:seeded') !== null) return;
    sessionStorage.setItem('e2e:seeded', 'yes');
    localStorage.setItem('rust-or-go', JSON.stringify(value));
  }, saved);
}
