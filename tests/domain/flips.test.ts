import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type Answers, type Language } from '../../content';
import { analyseFlips, MAX_ANSWER_CHANGES, type AnswerFlipSet } from '../../src/domain/flips';
import { effectiveAnswers, visibleQuestions } from '../../src/domain/questions';
import { recommend } from '../../src/domain/recommend';
import { tallyAnswers, verdictLanguage } from '../../src/domain/score';
import { WEIGHT_RANGE, type Weights } from '../../src/domain/weights';
import { compileModel, countAnswers, implausibleAnswers, toVector } from '../../src/domain/engine';
import { arbitraryAnswers, arbitraryLeaningAnswers, arbitraryWeights } from './arbitraries';

const kb = getKnowledgeBase();
const model = compileModel(kb);
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

/** Whether `changed` adds a contradiction the answers as given did not have. */
function contradicts(answers: Answers, changed: Answers): boolean {
  const before = countAnswers(model, toVector(model, answers));
  const after = countAnswers(model, toVector(model, changed));
  const was = implausibleAnswers(model, before.effective);
  const now = implausibleAnswers(model, after.effective);
  return [...now].some(
    (m, i) => m === 1 && (was[i] !== 1 || after.effective[i] !== before.effective[i]),
  );
}

/** The two lists: `answers` (one-step changes of estimates), `events` (changes of facts). */
type FlipList = 'answers' | 'events';

/**
 * Brute force, independent of the search: some way to change exactly `size` answers that turns
 * the verdict to the other language than `language`. Only realistic changes count, by the
 * knowledge base's own marks: never a fixed question, never to an uncertain option, never to an
 * option marked implausible for these answers, never to the answer that already counts, never a
 * set that contradicts another answer. `answers`: estimates, one step on their scale from the
 * answer that counts; `events`: facts, any option, except undoing a rewrite bar that is met.
 */
function flippingChange(
  answers: Answers,
  weights: Weights,
  size: number,
  language: Language,
  list: FlipList = 'answers',
): Answers | undefined {
  const questions = kb.questions;
  const towards: Language = language === 'rust' ? 'go' : 'rust';
  const counting = countingAnswers(answers);
  const implausible = (when: readonly { questionId: string; anyOf: string[] }[] | undefined) =>
    when !== undefined && when.every((c) => c.anyOf.includes(counting[c.questionId] ?? ''));
  const metBars = new Set(
    kb.gates.flatMap((g) =>
      g.passWhenAny
        .filter((c) => c.anyOf.includes(effectiveAnswers(kb, answers)[c.questionId] ?? ''))
        .map((c) => c.questionId),
    ),
  );
  const allowed = (questionId: string, optionId: string): boolean => {
    const q = model.questions.find((c) => c.id === questionId)!;
    if (list === 'events') return q.fact && !metBars.has(questionId);
    if (q.fact) return false;
    const from = q.optionIndex.get(counting[questionId] ?? '') ?? -1;
    const to = q.optionIndex.get(optionId) ?? -1;
    const a = from < 0 ? -1 : (q.step[from] ?? -1);
    const b = q.step[to] ?? -1;
    return a >= 0 && b >= 0 && Math.abs(a - b) === 1;
  };
  const work: Record<string, string> = { ...answers };
  const restore = (id: string) => {
    const original = answers[id];
    if (original === undefined) delete work[id];
    else work[id] = original;
  };
  const visit = (start: number, left: number): Answers | undefined => {
    if (left === 0) {
      return verdictLanguage(tallyAnswers(kb, work, weights).verdict) === towards &&
        !contradicts(answers, work)
        ? { ...work }
        : undefined;
    }
    for (let i = start; i <= questions.length - left; i++) {
      const question = questions[i]!;
      if (question.fixed) continue;
      for (const option of question.options) {
        if (option.id === answers[question.id] || option.id === counting[question.id]) continue;
        if (option.uncertain || implausible(option.implausibleWhen)) continue;
        if (!allowed(question.id, option.id)) continue;
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
  checkList(answers, weights, 'answers');
  checkList(answers, weights, 'events');
}

function checkList(answers: Answers, weights: Weights, list: FlipList): void {
  const analysis = analyseFlips(kb, answers, weights);
  const flips = analysis[list];
  const before = verdictLanguage(tallyAnswers(kb, answers, weights).verdict);
  expect(analysis.from).toBe(before);
  if (before === undefined) {
    expect(flips.kind).toBe('none');
    return;
  }
  if (flips.kind === 'none') {
    for (let size = 1; size <= MAX_ANSWER_CHANGES; size++) {
      expect(flippingChange(answers, weights, size, before, list)).toBeUndefined();
    }
    return;
  }
  const { size, sets } = flips;
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
    expect(flippingChange(answers, weights, smaller, before, list)).toBeUndefined();
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
    // Only a fragile verdict lists its nearest answer flip among the revisit triggers, once.
    const trigger = result.triggers.find((t) => t.id === 'flip-answers');
    if (result.fragile) expect(trigger).toMatchObject({ origin: 'computed' });
    else expect(trigger).toBeUndefined();
    expect(result.triggers.filter((t) => t.id === 'flip-answers')).toHaveLength(
      result.fragile ? 1 : 0,
    );
    checkAnswerFlips(SCENARIO_5, {});
  });

  it('accounts for branching: a rewrite question counts only once the service is a rewrite', () => {
    // A Go rewrite held by the bar: passing it needs a rewrite answer, and the gate decides.
    const answers = preset('rewrite-because-faster');
    const analysis = analyseFlips(kb, answers);
    expect(analysis.from).toBe('go');
    // Passing the bar is an event (profiling comes to show it), not an answer that is off.
    expect(analysis.events.kind).toBe('found');
    checkAnswerFlips(answers, {});
    // A new service whose hidden rewrite answers would count again if it became a rewrite: what
    // the service is never changes, so that is no flip at all.
    const greenfield = { ...SCENARIO_5, 'service-origin': 'greenfield', 'rewrite-ceiling': 'yes' };
    checkAnswerFlips(greenfield, {});
  });

  it('lets the team decide a database-bound billing API: a Rust team taking it on flips it', () => {
    const analysis = analyseFlips(kb, preset('billing-crud-api'));
    // A change of team is an event, not a sign the verdict is shaky.
    expect(analysis.fragile).toBe(false);
    expect(analysis.events).toMatchObject({ kind: 'found', size: 1 });
    if (analysis.events.kind !== 'found') return;
    expect(analysis.events.sets.map((s) => s.changes.map((c) => c.questionId))).toEqual([
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
    // A weight is a setting, not an event: it is never a revisit trigger.
    expect(recommend(kb, answers).triggers.find((t) => t.id === 'flip-weight')).toBeUndefined();
  });

  it('says a gate holds the verdict whatever the weights', () => {
    expect(analyseFlips(kb, preset('rewrite-because-faster')).weights).toEqual({
      kind: 'none',
      reason: 'gated',
    });
  });
});
