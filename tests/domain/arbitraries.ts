import fc from 'fast-check';
import type { Answers, KnowledgeBase } from '../../content';

/** Any answer set: each question unanswered or given one of its options (hidden ones too). */
export const arbitraryAnswers = (kb: KnowledgeBase): fc.Arbitrary<Answers> =>
  fc
    .tuple(
      ...kb.questions.map((q) =>
        fc.option(fc.constantFrom(...q.options.map((o) => o.id)), { nil: undefined }),
      ),
    )
    .map((choices) => {
      const answers: Record<string, string> = {};
      kb.questions.forEach((q, i) => {
        const choice = choices[i];
        if (choice !== undefined) answers[q.id] = choice;
      });
      return answers;
    });

/** Weight overrides on the planner's grid (0–5 in steps of 0.5) for some criteria. */
export const arbitraryWeights = (kb: KnowledgeBase): fc.Arbitrary<Record<string, number>> =>
  fc.dictionary(
    fc.constantFrom(...kb.criteria.map((c) => c.id)),
    fc.integer({ min: 0, max: 10 }).map((n) => n / 2),
  );

/**
 * Answer sets that lean one way: most questions get the option pushing hardest towards one
 * language, so verdicts are firm and flipping them takes several changes.
 */
export const arbitraryLeaningAnswers = (kb: KnowledgeBase): fc.Arbitrary<Answers> =>
  fc.constantFrom(1, -1).chain((side) =>
    fc
      .tuple(
        ...kb.questions.map((q) =>
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.constantFrom(...q.options.map((o) => o.id)),
          ),
        ),
      )
      .map((picks) => {
        const answers: Record<string, string> = {};
        kb.questions.forEach((q, i) => {
          const [roll, random] = picks[i] ?? [1, undefined];
          const strongest = [...q.options].sort(
            (a, b) =>
              side * b.effects.reduce((s, e) => s + e.lean, 0) -
              side * a.effects.reduce((s, e) => s + e.lean, 0),
          )[0];
          const choice = roll < 0.7 ? strongest?.id : roll < 0.85 ? random : undefined;
          if (choice !== undefined) answers[q.id] = choice;
        });
        return answers;
      }),
  );
