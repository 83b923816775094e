import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type Answers } from '../../content';
import { recommend } from '../../src/domain/recommend';
import { tallyAnswers, verdictRank } from '../../src/domain/score';
import { arbitraryAnswers, arbitraryWeights } from './arbitraries';

const kb = getKnowledgeBase();
const RUNS = { numRuns: 1000 };

/** The lean an option (or no answer) puts on each criterion. */
function leans(questionId: string, optionId: string | undefined): Map<string, number> {
  const option = kb.questions
    .find((q) => q.id === questionId)
    ?.options.find((o) => o.id === optionId);
  const sums = new Map<string, number>();
  for (const e of option?.effects ?? [])
    sums.set(e.criterionId, (sums.get(e.criterionId) ?? 0) + e.lean);
  return sums;
}

/** +1 when the option can complete a deal-breaker against Go, −1 against Rust, else 0. */
function breakerSide(questionId: string, optionId: string | undefined): number {
  let side = 0;
  for (const d of kb.dealBreakers) {
    const named = d.when.some(
      (c) => c.questionId === questionId && c.anyOf.includes(optionId ?? ''),
    );
    if (named) side += d.rulesOut === 'go' ? 1 : -1;
  }
  return side;
}

/** b is at least as Rust-ward as a on every criterion and on the deal-breakers. */
function dominates(questionId: string, b: string | undefined, a: string | undefined): boolean {
  const lb = leans(questionId, b);
  const la = leans(questionId, a);
  return (
    breakerSide(questionId, b) >= breakerSide(questionId, a) &&
    kb.criteria.every((c) => (lb.get(c.id) ?? 0) >= (la.get(c.id) ?? 0))
  );
}

/** Questions that decide whether other questions or gates apply are excluded: moving them changes what is asked. */
const controlling = new Set([
  ...kb.questions.flatMap((q) => q.showWhen?.map((c) => c.questionId) ?? []),
  ...kb.gates.flatMap((g) => g.appliesWhen.map((c) => c.questionId)),
]);
const movable = kb.questions.filter((q) => !controlling.has(q.id));

/** For each criterion, the same knowledge base with every lean on that criterion removed. */
const withoutLeansOn = new Map(
  kb.criteria.map((criterion) => {
    const copy = structuredClone(kb);
    for (const q of copy.questions) {
      for (const o of q.options)
        o.effects = o.effects.filter((e) => e.criterionId !== criterion.id);
    }
    return [criterion.id, copy] as const;
  }),
);

describe('scoring properties', () => {
  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) => {
        const first = recommend(kb, answers, weights);
        const again = recommend(structuredClone(kb), structuredClone(answers), { ...weights });
        expect(again).toEqual(first);
      }),
      RUNS,
    );
    // Each run clones the knowledge base, so the flip search compiles its tables afresh 1000 times.
  }, 300_000);

  it('never moves the verdict towards Go when one answer moves towards Rust', () => {
    const pairs = movable.flatMap((q) => {
      // Between given answers: no answer (or "not sure") may stand for an assumed one.
      const choices = q.options.filter((o) => !o.uncertain).map((o) => o.id);
      return choices.flatMap((a) =>
        choices
          .filter((b) => b !== a && dominates(q.id, b, a))
          .map((b) => ({ questionId: q.id, a, b })),
      );
    });
    expect(pairs.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(
        arbitraryAnswers(kb),
        arbitraryWeights(kb),
        fc.constantFrom(...pairs),
        (answers, weights, pair) => {
          const withAnswer = (optionId: string | undefined): Answers => {
            const next: Record<string, string> = { ...answers };
            if (optionId === undefined) delete next[pair.questionId];
            else next[pair.questionId] = optionId;
            return next;
          };
          const before = tallyAnswers(kb, withAnswer(pair.a), weights);
          const after = tallyAnswers(kb, withAnswer(pair.b), weights);
          expect(after.score).toBeGreaterThanOrEqual(before.score - 1e-9);
          expect(verdictRank(after.verdict)).toBeGreaterThanOrEqual(verdictRank(before.verdict));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives a criterion with weight 0 no influence', () => {
    fc.assert(
      fc.property(
        arbitraryAnswers(kb),
        arbitraryWeights(kb),
        fc.constantFrom(...kb.criteria.map((c) => c.id)),
        (answers, weights, criterionId) => {
          const without = withoutLeansOn.get(criterionId)!;
          const zeroed = { ...weights, [criterionId]: 0 };
          const a = tallyAnswers(kb, answers, zeroed);
          const b = tallyAnswers(without, answers, zeroed);
          expect(b.verdict).toEqual(a.verdict);
          expect(b.score).toBeCloseTo(a.score, 9);
          expect(a.criteria.find((c) => c.criterionId === criterionId)?.contribution).toBe(0);
        },
      ),
      RUNS,
    );
  });

  it('keeps the margin in [0, 1] and reasons ordered by strength', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) => {
        const result = recommend(kb, answers, weights);
        expect(result.margin).toBeGreaterThanOrEqual(0);
        expect(result.margin).toBeLessThanOrEqual(1);
        const sizes = result.reasons.map((r) => Math.abs(r.contribution));
        expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
        expect(result.reasons.every((r) => r.citations.length > 0)).toBe(true);
      }),
      RUNS,
    );
  }, 300_000);
});
