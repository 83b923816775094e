import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type Answers, type Language } from '../../content';
import {
  analyseFlips,
  describeAnswerFlip,
  effectiveAnswers,
  MAX_ANSWER_CHANGES,
  recommend,
  tallyAnswers,
  visibleQuestions,
  WEIGHT_RANGE,
  type AnswerFlipSet,
  type Weights,
} from '../../src/domain';
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

/**
 * Brute force, independent of the search: some way to change exactly `size` answers (any
 * question, shown or not, to any other option) that gives a verdict other than `language`.
 */
function flippingChange(
  answers: Answers,
  weights: Weights,
  size: number,
  language: Language,
): Answers | undefined {
  const questions = kb.questions;
  const work: Record<string, string> = { ...answers };
  const restore = (id: string) => {
    const original = answers[id];
    if (original === undefined) delete work[id];
    else work[id] = original;
  };
  const visit = (start: number, left: number): Answers | undefined => {
    if (left === 0) {
      return tallyAnswers(kb, work, weights).verdict.language === language
        ? undefined
        : { ...work };
    }
    for (let i = start; i <= questions.length - left; i++) {
      const question = questions[i]!;
      // Facts about the service are never offered as changes.
      if (question.fixed) continue;
      for (const option of question.options) {
        if (option.id === answers[question.id]) continue;
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
  const before = tallyAnswers(kb, answers, weights).verdict.language;
  expect(analysis.from).toBe(before);
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
    expect(tally.verdict.language).toBe(analysis.towards);
    // Every change is to a question that is shown once the changes are made.
    const shown = new Set(visibleQuestions(kb, after).map((q) => q.id));
    const counted = effectiveAnswers(kb, answers);
    for (const change of set.changes) {
      expect(shown.has(change.questionId)).toBe(true);
      expect(change.from?.optionId ?? null).toBe(counted[change.questionId] ?? null);
    }
  }
  // No smaller set of changes flips it: checked exhaustively.
  for (let smaller = 1; smaller < size; smaller++) {
    expect(flippingChange(answers, weights, smaller, before)).toBeUndefined();
  }
}

describe('what would flip it: answers', () => {
  it('names the latency budget for the CPU-bound hot path with a p99 under 10 ms (scenario 5)', () => {
    const result = recommend(kb, SCENARIO_5);
    expect(result.verdict.language).toBe('rust');
    const { answers } = result.flips;
    expect(answers.kind).toBe('found');
    if (answers.kind !== 'found') return;
    expect(answers.size).toBe(1);
    const latency = answers.sets.find((s) => s.changes[0]?.questionId === 'latency-budget');
    expect(latency?.changes[0]).toMatchObject({
      from: { optionId: 'under-10ms', label: 'Under 10 ms' },
      to: { optionId: 'relaxed', label: 'Over 50 ms, or no firm budget' },
    });
    expect(describeAnswerFlip(kb, latency!)).toBe(
      'If the answer to “What p99 latency must the service meet?” changes from “Under 10 ms” to “Over 50 ms, or no firm budget”, it becomes a close call that Go wins.',
    );
    // The wording reaches the revisit triggers as a computed trigger.
    const trigger = result.triggers.find((t) => t.id === 'flip-answers');
    expect(trigger).toMatchObject({ origin: 'computed' });
    expect(trigger?.condition).toMatch(/p99 latency/);
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

  it('finds the three changes a strongly Go billing API needs, and no fewer', () => {
    const analysis = analyseFlips(kb, preset('billing-crud-api'));
    expect(analysis.answers).toMatchObject({ kind: 'found', size: 3 });
    checkAnswerFlips(preset('billing-crud-api'), {});
  });

  it(`says when no change of up to ${MAX_ANSWER_CHANGES} answers flips it`, () => {
    const allGo: Answers = {
      'workload-kind': 'cloud-native',
      'service-origin': 'greenfield',
      'memory-safety-impact': 'minor',
      bottleneck: 'io',
      'latency-budget': 'relaxed',
      'tail-spikes': 'yes',
      'memory-constraints': 'ordinary',
      'concurrency-shape': 'independent',
      deadline: 'weeks',
      'build-sensitivity': 'critical',
      'ecosystem-needs': 'cloud-native',
      'team-fluency': 'go',
      'team-size': 'under-10',
      'hiring-plans': 'wave',
      'runtimes-in-production': 'go-only',
      'ai-assistance': 'most',
    };
    const analysis = analyseFlips(kb, allGo);
    expect(analysis.answers).toEqual({ kind: 'none', maxChanges: MAX_ANSWER_CHANGES });
    expect(flippingChange(allGo, {}, MAX_ANSWER_CHANGES, 'go')).toBeUndefined();
  });

  it('reports the smallest change exactly, for any answers (property, exhaustive check)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), (answers) => checkAnswerFlips(answers, {})),
      { numRuns: 500 },
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
      { numRuns: 150 },
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
          tallyAnswers(kb, answers, { ...weights, [criterionId]: to }).verdict.language !== from;
        if (flips.kind === 'none') {
          expect(flips.reason).toBe(tally.verdict.kind === 'gated' ? 'gated' : 'out-of-range');
          for (const c of tally.criteria) {
            for (const to of GRID) expect(flipsAt(c.criterionId, to)).toBe(false);
          }
          return;
        }
        const best = Math.abs(flips.smallest.to - flips.smallest.from);
        for (const flip of flips.byCriterion) {
          expect(flip.verdict.language).toBe(towards);
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
          fc.pre(tally.verdict.kind !== 'gated');
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
