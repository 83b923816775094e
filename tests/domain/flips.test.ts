import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type Answers, type Language } from '../../content';
import { analyseFlips, MAX_ANSWER_CHANGES, type AnswerFlipSet } from '../../src/domain/flips';
import { effectiveAnswers, visibleQuestions } from '../../src/domain/questions';
import { recommend } from '../../src/domain/recommend';
import { tallyAnswers, verdictLanguage } from '../../src/domain/score';
import { WEIGHT_RANGE, type Weights } from '../../src/domain/weights';
import { arbitraryAnswers, arbitraryLeaningAnswers, arbitraryWeights } from './arbitraries';

const kb = getKnowledgeBase();
const preset = (id: string) => kb.presets.find((p) => p.id === id)!.answers;
const SCENARIO_5 = {
  'workload-kind': 'hot-path',
  bottleneck: 'cpu',
  'latency-budget': 'under-10ms',
};

function applySet(answers: Answers, set: AnswerFlipSet): Answers {
  const next: Record<string, string> = { ...answers };
  for (const change of set.changes) next[change.questionId] = change.to.optionId;
  return next;
}

/** The answers as they count, assumptions included: what a realistic change starts from. */
function countingAnswers(answers: Answers): Answers {
  const counted: Record<string, string> = { ...effectiveAnswers(kb, answers) };
  for (const a of tallyAnswers(kb, answers).assumptions) counted[a.questionId] = a.optionId;
  return counted;
}

/**
 * Brute force, independent of the search: some way to change exactly `size` answers that turns
 * the verdict to the other language than `language`. Only realistic changes count, by the
 * knowledge base's own marks: never a fixed question, never to an uncertain option, never to an
 * option marked implausible for these answers, never to the answer that already counts.
 */
function flippingChange(
  answers: Answers,
  weights: Weights,
  size: number,
  language: Language,
): Answers | undefined {
  const questions = kb.questions;
  const towards: Language = language === 'rust' ? 'go' : 'rust';
  const counting = countingAnswers(answers);
  const implausible = (when: readonly { questionId: string; anyOf: string[] }[] | undefined) =>
    when !== undefined && when.every((c) => c.anyOf.includes(counting[c.questionId] ?? ''));
  const work: Record<string, string> = { ...answers };
  const restore = (id: string) => {
    const original = answers[id];
    if (original === undefined) delete work[id];
    else work[id] = original;
  };
  const visit = (start: number, left: number): Answers | undefined => {
    if (left === 0) {
      return verdictLanguage(tallyAnswers(kb, work, weights).verdict) === towards
        ? { ...work }
        : undefined;
    }
    for (let i = start; i <= questions.length - left; i++) {
      const question = questions[i]!;
      // Facts about the service are never offered as changes.
      if (question.fixed) continue;
      for (const option of question.options) {
        if (option.id === answers[question.id] || option.id === counting[question.id]) continue;
        if (option.uncertain || implausible(option.implausibleWhen)) continue;
        work[question.id] = option.id;
        const found = visit(i + 1, left - 1);
        restore(question.id);
        if (found) return found;
      }
    }
    return undefined;
  };
  return visit(0, size);
}

/** Checks the answer-flip analysis against the brute force. */
function checkAnswerFlips(answers: Answers, weights: Weights): void {
  const analysis = analyseFlips(kb, answers, weights);
  const before = verdictLanguage(tallyAnswers(kb, answers, weights).verdict);
  expect(analysis.from).toBe(before);
  if (before === undefined) {
    expect(analysis.answers.kind).toBe('none');
    return;
  }
  if (analysis.answers.kind === 'none') {
    for (let size = 1; size <= MAX_ANSWER_CHANGES; size++) {
      expect(flippingChange(answers, weights, size, before)).toBeUndefined();
    }
    return;
  }
  const { size, sets } = analysis.answers;
  expect(sets.length).toBeGreaterThan(0);
  for (const set of sets) {
    expect(set.changes).toHaveLength(size);
    const after = applySet(answers, set);
    const tally = tallyAnswers(kb, after, weights);
    expect(tally.verdict).toEqual(set.verdict);
    expect(verdictLanguage(tally.verdict)).toBe(analysis.towards);
    // Every change is to a question that is shown once the changes are made, starts from the
    // answer that counts now, and is realistic.
    const shown = new Set(visibleQuestions(kb, after).map((q) => q.id));
    const counted = countingAnswers(answers);
    for (const change of set.changes) {
      expect(shown.has(change.questionId)).toBe(true);
      expect(change.from?.optionId ?? null).toBe(counted[change.questionId] ?? null);
      const question = kb.questions.find((q) => q.id === change.questionId)!;
      expect(question.fixed).toBeUndefined();
      expect(question.options.find((o) => o.id === change.to.optionId)?.uncertain).toBeUndefined();
    }
  }
  // No smaller set of changes flips it: checked exhaustively.
  for (let smaller = 1; smaller < size; smaller++) {
    expect(flippingChange(answers, weights, smaller, before)).toBeUndefined();
  }
}

describe('what would flip it: answers', () => {
  it('names events for the CPU-bound hot path with a p99 under 10 ms (scenario 5)', () => {
    const result = recommend(kb, SCENARIO_5);
    expect(verdictLanguage(result.verdict)).toBe('rust');
    const { answers } = result.flips;
    expect(answers.kind).toBe('found');
    if (answers.kind !== 'found') return;
    // Each change is phrased as the event it means, from the knowledge base's own words.
    for (const set of answers.sets) {
      for (const change of set.changes) {
        const option = kb.questions
          .find((q) => q.id === change.questionId)!
          .options.find((o) => o.id === change.to.optionId)!;
        expect(change.event).toBe(option.event);
      }
    }
    // The wording reaches the revisit triggers as a computed trigger, said once: a one-answer
    // flip is what "fragile" means, so no second trigger says "fragile" and then the event again.
    const trigger = result.triggers.find((t) => t.id === 'flip-answers');
    expect(trigger).toMatchObject({ origin: 'computed' });
    if (result.fragile) expect(trigger?.label).toBe('One event away from flipping');
    expect(result.triggers.filter((t) => /fragile|flip/i.test(t.label))).toHaveLength(1);
    expect(trigger?.condition).toBe(
      `${answers.sets[0]!.changes[0]!.event.charAt(0).toUpperCase()}${answers.sets[0]!.changes.map(
        (c) => c.event,
      )
        .join(' and ')
        .slice(1)}.`,
    );
    checkAnswerFlips(SCENARIO_5, {});
  });

  it('accounts for branching: a rewrite question counts only once the service is a rewrite', () => {
    // A Go rewrite held by the bar: passing it needs a rewrite answer, and the gate decides.
    const answers = preset('rewrite-because-faster');
    const analysis = analyseFlips(kb, answers);
    expect(analysis.from).toBe('go');
    expect(analysis.answers.kind).toBe('found');
    checkAnswerFlips(answers, {});
    // A new service whose hidden rewrite answers would count again if it became a rewrite.
    const greenfield = { ...SCENARIO_5, 'service-origin': 'greenfield', 'rewrite-ceiling': 'yes' };
    const flip = analyseFlips(kb, greenfield);
    expect(flip.answers.kind).toBe('found');
    checkAnswerFlips(greenfield, {});
  });

  it('lets the team decide a database-bound billing API: a Rust team taking it on flips it', () => {
    const analysis = analyseFlips(kb, preset('billing-crud-api'));
    expect(analysis.answers).toMatchObject({ kind: 'found', size: 1 });
    if (analysis.answers.kind !== 'found') return;
    expect(analysis.answers.sets.map((s) => s.changes.map((c) => c.questionId))).toEqual([
      ['team-fluency'],
    ]);
    checkAnswerFlips(preset('billing-crud-api'), {});
  });

  it('never proposes an uncertain answer, a fixed question or an implausible option', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), (answers) => {
        const analysis = analyseFlips(kb, answers);
        if (analysis.answers.kind !== 'found') return;
        const counting = countingAnswers(answers);
        for (const set of analysis.answers.sets) {
          for (const change of set.changes) {
            const question = kb.questions.find((q) => q.id === change.questionId)!;
            const option = question.options.find((o) => o.id === change.to.optionId)!;
            expect(question.fixed).toBeUndefined();
            expect(option.uncertain).toBeUndefined();
            const when = option.implausibleWhen;
            if (when) {
              expect(when.every((c) => c.anyOf.includes(counting[c.questionId] ?? ''))).toBe(false);
            }
          }
        }
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('reports the smallest change exactly, for any answers (property, exhaustive check)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), (answers) => checkAnswerFlips(answers, {})),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('stays exact for firm verdicts that take several changes, or more than the cap (property)', () => {
    fc.assert(
      fc.property(arbitraryLeaningAnswers(kb), (answers) => checkAnswerFlips(answers, {})),
      { numRuns: 12 },
    );
  }, 300_000);

  it('stays exact under any weights (property)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) =>
        checkAnswerFlips(answers, weights),
      ),
      { numRuns: 2000 },
    );
  }, 120_000);
});

/** Every weight the planner offers. */
const GRID = Array.from(
  { length: (WEIGHT_RANGE.max - WEIGHT_RANGE.min) / WEIGHT_RANGE.step + 1 },
  (_, i) => WEIGHT_RANGE.min + i * WEIGHT_RANGE.step,
);

describe('what would flip it: weights', () => {
  it('reports the nearest single-weight change that flips the verdict (property)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) => {
        const { from, towards, weights: flips } = analyseFlips(kb, answers, weights);
        const tally = tallyAnswers(kb, answers, weights);
        const flipsAt = (criterionId: string, to: number) =>
          verdictLanguage(tallyAnswers(kb, answers, { ...weights, [criterionId]: to }).verdict) ===
          towards;
        if (from === undefined) {
          expect(flips).toEqual({ kind: 'none', reason: 'no-verdict' });
          return;
        }
        if (flips.kind === 'none') {
          const expected =
            tally.verdict.kind === 'gated'
              ? 'gated'
              : tally.verdict.kind === 'ruled-out'
                ? 'ruled-out'
                : 'out-of-range';
          expect(flips.reason).toBe(expected);
          for (const c of tally.criteria) {
            for (const to of GRID) expect(flipsAt(c.criterionId, to)).toBe(false);
          }
          return;
        }
        const best = Math.abs(flips.smallest.to - flips.smallest.from);
        for (const flip of flips.byCriterion) {
          expect(verdictLanguage(flip.verdict)).toBe(towards);
          expect(flipsAt(flip.criterionId, flip.to)).toBe(true);
        }
        for (const c of tally.criteria) {
          for (const to of GRID) {
            if (Math.abs(to - c.weight) < best) expect(flipsAt(c.criterionId, to)).toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('lets one criterion decide when every other weight is zero', () => {
    const zero = Object.fromEntries(kb.criteria.map((c) => [c.id, 0]));
    fc.assert(
      fc.property(
        arbitraryAnswers(kb),
        fc.constantFrom(...kb.criteria.map((c) => c.id)),
        fc.integer({ min: 1, max: 10 }).map((n) => n / 2),
        (answers, criterionId, weight) => {
          const tally = tallyAnswers(kb, answers, { ...zero, [criterionId]: weight });
          fc.pre(tally.verdict.kind === 'clear' || tally.verdict.kind === 'close-call');
          const signal = tally.criteria.find((c) => c.criterionId === criterionId)!.signal;
          expect(tally.maxScore).toBe(weight);
          if (Math.abs(signal) >= kb.scoring.closeCallMargin) {
            expect(tally.verdict).toEqual({ kind: 'clear', language: signal > 0 ? 'rust' : 'go' });
          } else {
            expect(tally.verdict.kind).toBe('close-call');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the weight that tips a fragile Rust lead for a Go team', () => {
    const answers = { ...SCENARIO_5, 'team-fluency': 'go' };
    const { weights } = analyseFlips(kb, answers);
    expect(weights).toMatchObject({
      kind: 'found',
      smallest: { criterionId: expect.any(String), verdict: { language: 'go' } },
    });
    const trigger = recommend(kb, answers).triggers.find((t) => t.id === 'flip-weight');
    expect(trigger?.condition).toMatch(/^If the weight of “.+” (drops|rises) from \d/);
  });

  it('says a gate holds the verdict whatever the weights', () => {
    expect(analyseFlips(kb, preset('rewrite-because-faster')).weights).toEqual({
      kind: 'none',
      reason: 'gated',
    });
  });
});
