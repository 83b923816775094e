import type { Page } from '@playwright/test';
import { getKnowledgeBase, linkTables } from '../content';
import { answersForService } from '../src/domain/inputs';
import { encodePermalink } from '../src/domain/permalink/permalink';
import { visibleSteps } from '../src/domain/questions';
import { checkA11y, expect, test } from './fixtures';
import { realisticPlan, seedRealisticPlan } from './realistic-plan';

/**
 * Every page of the app, opened with a realistic plan saved: at phone widths nothing may scroll
 * sideways, and axe finds nothing in light and dark, on screen and on paper. The list comes from
 * the knowledge base (its steps and evidence) and the plan, not from a count typed in here.
 */
const kb = getKnowledgeBase();
const plan = realisticPlan().state;
const first = plan.services[0]!;
const steps = visibleSteps(kb, answersForService(plan.teamAnswers, first)).length;

/** A colleague's version of the plan: its services in reverse order, the first answered otherwise. */
const otherPlan = {
  teamAnswers: plan.teamAnswers,
  weights: {},
  services: [...plan.services].reverse().map((s, i) => ({
    ...s,
    id: `s${i + 1}`,
    answers:
      s.name === first.name
        ? { ...s.answers, bottleneck: 'cpu', 'latency-budget': 'under-10ms' }
        : s.answers,
  })),
};

const ROUTES: { path: string; heading: RegExp }[] = [
  { path: '/', heading: /Rust or Go\?/ },
  { path: '/services', heading: /Your services/ },
  { path: '/portfolio', heading: /Portfolio/ },
  ...Array.from({ length: steps }, (_, i) => ({
    path: `/services/${first.id}/questions/${i + 1}`,
    heading: new RegExp(`Step ${i + 1} of`),
  })),
  { path: `/services/${first.id}/review`, heading: /Review your answers/ },
  ...plan.services.map((s) => ({ path: `/services/${s.id}/result`, heading: /Result/ })),
  { path: `/services/${first.id}/report`, heading: /Decision report/ },
  { path: '/report', heading: /Decision report: 3 services/ },
  { path: '/evidence', heading: /Evidence/ },
  { path: `/evidence/${kb.evidence[0]!.id}`, heading: /Evidence/ },
  { path: '/open', heading: /Open/ },
  { path: '/team', heading: /Decide as a team/ },
  { path: '/compare', heading: /Compare services/ },
  { path: '/compare/with', heading: /Compare with another plan/ },
  {
    path: `/compare/with/${encodePermalink(kb, otherPlan, linkTables)}`,
    heading: /Compare with another plan/,
  },
  { path: '/no-such-page', heading: /Page not found/ },
];

async function open(page: Page, path: string, heading: RegExp) {
  await page.goto(`./#${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  // Charts and lazy sections settle into their measured width.
  await page.waitForTimeout(150);
}

/** How far the page scrolls sideways, and the widest things that stick out. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`);
    return { by: document.documentElement.scrollWidth - width, culprits };
  });
}

for (const width of [320, 390]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    await seedRealisticPlan(page);
    for (const { path, heading } of ROUTES) {
      await open(page, path, heading);
      const found = await overflow(page);
      expect(found.by, `${path} at ${width} px: ${found.culprits.join(', ')}`).toBeLessThanOrEqual(
        0,
      );
    }
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const media of ['screen', 'print'] as const) {
    test(`every page passes axe, ${colorScheme}, ${media}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme, media });
      await seedRealisticPlan(page);
      for (const { path, heading } of ROUTES) {
        await open(page, path, heading);
        await checkA11y(page);
      }
    });
  }
}
