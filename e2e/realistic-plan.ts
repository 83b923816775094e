import type { Page } from '@playwright/test';
import { getKnowledgeBase, type Answers } from '../content';
import { visibleQuestions } from '../src/domain/questions';

/**
 * A plan as a real team writes it: three services with long names and long notes, every question
 * shown answered (the worked example's answer where it gives one, the first option otherwise).
 * Built from the knowledge base by id, so it follows content edits.
 */
const kb = getKnowledgeBase();

const NOTE =
  'Owned by the payments platform group. Runs in three regions behind the shared gateway; ' +
  'traffic peaks at the end of each month when invoices are issued, and the on-call rota is ' +
  'shared with two other services. We expect the schema to change twice a year and the team ' +
  'to grow by two engineers next spring. Anything that adds a new runtime needs sign-off from ' +
  'the platform architecture forum, which meets every other Thursday.';

const SERVICES = [
  {
    presetId: 'billing-crud-api',
    name: 'Subscription billing and invoicing API for the European market',
  },
  {
    presetId: 'image-resizer',
    name: 'Image-resizing and thumbnail hot path for the product catalogue',
  },
  {
    presetId: 'internal-admin-tool',
    name: 'Internal administration console for customer support agents',
  },
] as const;

/** Every shown question answered: the preset's answers, then the first option for the rest. */
function everyQuestionAnswered(preset: Answers): Answers {
  const answers: Record<string, string> = { ...preset };
  // Answering can show more questions; a few passes settle it.
  for (let pass = 0; pass < 5; pass++) {
    for (const question of visibleQuestions(kb, answers)) {
      answers[question.id] ??= question.options[0]!.id;
    }
  }
  return answers;
}

function presetAnswers(presetId: string): Answers {
  const preset = kb.presets.find((p) => p.id === presetId);
  if (!preset) throw new Error(`No worked example "${presetId}"`);
  return everyQuestionAnswered(preset.answers);
}

const teamIds = new Set(kb.questions.filter((q) => q.scope === 'team').map((q) => q.id));
const split = (answers: Answers) => ({
  team: Object.fromEntries(Object.entries(answers).filter(([id]) => teamIds.has(id))),
  service: Object.fromEntries(Object.entries(answers).filter(([id]) => !teamIds.has(id))),
});

/** The plan's services: id, name and what each gets, for tests to look for. */
export const REALISTIC_SERVICES = SERVICES.map((s, i) => ({ id: `s${i + 1}`, name: s.name }));

/** The saved state of the realistic plan, in the first saved format (which keeps opening). */
export function realisticPlan() {
  const first = split(presetAnswers(SERVICES[0].presetId));
  return {
    version: 1,
    state: {
      teamAnswers: first.team,
      weights: {},
      activeServiceId: 's1',
      services: SERVICES.map((s, i) => ({
        id: `s${i + 1}`,
        name: s.name,
        notes: `${NOTE} (${i + 1})`,
        answers: split(presetAnswers(s.presetId)).service,
      })),
    },
  };
}

/** Opens the app with the realistic plan saved, as a returning visitor has it. */
export async function seedRealisticPlan(page: Page): Promise<void> {
  await page.addInitScript((saved) => {
    if (sessionStorage.getItem('e2e:seeded') !== null) return;
    sessionStorage.setItem('e2e:seeded', 'yes');
    localStorage.setItem('rust-or-go', JSON.stringify(saved));
  }, realisticPlan());
}
