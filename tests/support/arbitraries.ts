/** fast-check generators for the planner's inputs, as the store and the codecs see them. */
import fc from 'fast-check';
import { getKnowledgeBase, type KnowledgeBase } from '../../content';
import type { PlannerInputs, Service } from '../../src/domain/inputs';

const kb = getKnowledgeBase();

/** Answers to some questions of one scope, each with one of its options. */
export function arbitraryScopedAnswers(
  scope: 'team' | 'service',
  base: KnowledgeBase = kb,
): fc.Arbitrary<Record<string, string>> {
  const questions = base.questions.filter((q) => q.scope === scope);
  // One small integer per question: 0 leaves it unanswered (a quarter of the time), else it
  // picks an option. Cheaper to generate than a tuple of options, and shrinks just as well.
  return fc
    .array(fc.nat({ max: 1023 }), { minLength: questions.length, maxLength: questions.length })
    .map((picks) => {
      const answers: Record<string, string> = {};
      questions.forEach((q, i) => {
        const pick = picks[i] ?? 0;
        if ((pick & 3) === 0) return;
        const option = q.options[(pick >> 2) % q.options.length];
        if (option) answers[q.id] = option.id;
      });
      return answers;
    });
}

/** Text as people type and paste it: any code point, and now and then a lone surrogate. */
export const arbitraryText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    {
      weight: 1,
      arbitrary: fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
        maxLength,
      }),
    },
  );

/** Any valid service id, leading zeros included ("s007"). Built once: it is costly to build. */
const arbitraryServiceId = fc
  .tuple(
    fc.integer({ min: 1, max: 6 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }),
  )
  .map(([length, digits]) => `s${digits.slice(0, length).join('')}`);

const arbitraryWeight = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10 }).map((n) => n / 2) },
  {
    weight: 1,
    arbitrary: fc
      .double({ min: 0, max: 5, noNaN: true, noDefaultInfinity: true })
      .map((w) => (w === 0 ? 0 : w)),
  },
);

/**
 * Valid inputs that this knowledge base can use in full (every answer to a known question of the
 * right scope with a known option; weights for known criteria). Sizes stay within what a link
 * can carry: at most `maxServices` services with short names and notes.
 */
export function arbitraryInputs({
  maxServices = 6,
  maxText = 40,
}: { maxServices?: number; maxText?: number } = {}): fc.Arbitrary<PlannerInputs> {
  const serviceBody = fc.record({
    name: arbitraryText(maxText),
    notes: fc.oneof(
      { weight: 3, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: arbitraryText(maxText) },
    ),
    answers: arbitraryScopedAnswers('service'),
  });
  return fc
    .record({
      teamAnswers: arbitraryScopedAnswers('team'),
      bodies: fc.array(serviceBody, { minLength: 1, maxLength: maxServices }),
      sequential: fc.boolean(),
      ids: fc.uniqueArray(arbitraryServiceId, { minLength: maxServices, maxLength: maxServices }),
      weights: fc.dictionary(fc.constantFrom(...kb.criteria.map((c) => c.id)), arbitraryWeight),
    })
    .map(({ teamAnswers, bodies, sequential, ids, weights }) => ({
      teamAnswers,
      services: bodies.map((body, i): Service => ({
        id: (sequential ? undefined : ids[i]) ?? `s${i + 1}`,
        ...body,
      })),
      weights,
    }));
}
