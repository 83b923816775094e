/**
 * Decision model 3: fragile only from a one-step change of a given estimate (checked against
 * brute force), flips that never contradict another answer, explicit answers winning over
 * context, parts that add up to the net under a profile, provenance that is true, and high
 * confidence only on a stable verdict.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type Answers } from '../../content';
import {
  compileModel,
  countAnswers,
  implausibleAnswers,
  isGiven,
  toVector,
  verdictLanguage,
} from '../../src/domain/engine';
import { PROFILE_FORMAT, profileHash, withProfile, type Profile } from '../../src/domain/profile';
import { recommend } from '../../src/domain/recommend';
import { tallyAnswers } from '../../src/domain/score';
import { arbitraryAnswers, arbitraryWeights } from './arbitraries';

const kb = getKnowledgeBase();
const model = compileModel(kb);

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

/** Brute force: does one one-step change of one given estimate turn the verdict's language? */
function fragileByBruteForce(answers: Answers, weights: Record<string, number>): boolean {
  const base = verdictLanguage(tallyAnswers(kb, answers, weights).verdict);
  if (base === undefined) return false;
  const state = countAnswers(model, toVector(model, answers));
  return model.questions.some((q, i) => {
    if (q.fact || state.shown[i] !== 1 || !isGiven(model, state, i)) return false;
    const position = q.step[state.counted[i] ?? 0] ?? -1;
    return [q.scale[position - 1], q.scale[position + 1]].some((option) => {
      if (option === undefined || position < 0) return false;
      const changed = { ...answers, [q.id]: q.options[option]?.id ?? '' };
      const turned = verdictLanguage(tallyAnswers(kb, changed, weights).verdict) !== base;
      return turned && !contradicts(answers, changed);
    });
  });
}

const RUNS = { numRuns: 2000 };

describe('fragile and the two kinds of flips', () => {
  it('is fragile exactly when one one-step change of one given estimate turns it (property)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) => {
        expect(recommend(kb, answers, weights).fragile).toBe(fragileByBruteForce(answers, weights));
      }),
      RUNS,
    );
  }, 300_000);

  it('offers one-step estimate changes as answer flips and facts only as events, none contradicting (property)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) => {
        const { flips } = recommend(kb, answers, weights);
        const state = countAnswers(model, toVector(model, answers));
        for (const [list, wantFact] of [
          [flips.answers, false],
          [flips.events, true],
        ] as const) {
          if (list.kind !== 'found') continue;
          for (const set of list.sets) {
            const changed: Record<string, string> = { ...answers };
            for (const change of set.changes) {
              const i = model.questions.findIndex((q) => q.id === change.questionId);
              const q = model.questions[i];
              expect(q?.fact).toBe(wantFact);
              expect(q?.fixed).toBe(false);
              if (q && !wantFact) {
                const from = state.effective[i] ?? -1;
                const to = q.optionIndex.get(change.to.optionId) ?? -1;
                expect(Math.abs((q.step[from] ?? -9) - (q.step[to] ?? 9))).toBe(1);
              }
              changed[change.questionId] = change.to.optionId;
            }
            expect(contradicts(answers, changed)).toBe(false);
          }
        }
      }),
      RUNS,
    );
  }, 300_000);

  it('never lists a weight change among the revisit triggers', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) => {
        const { triggers } = recommend(kb, answers, weights);
        expect(triggers.some((t) => t.id === 'flip-weight')).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('does not call a chat service with no firm latency budget fragile on pauses', () => {
    const result = recommend(kb, {
      'workload-kind': 'api-gateway',
      'latency-budget': 'relaxed',
      'tail-spikes': 'rarely',
      'team-fluency': 'go',
    });
    const offered = [result.flips.answers, result.flips.events].flatMap((f) =>
      f.kind === 'found' ? f.sets.flatMap((s) => s.changes) : [],
    );
    expect(offered.some((c) => c.questionId === 'tail-spikes' && c.to.optionId === 'no')).toBe(
      false,
    );
  });
});

describe('an explicit answer wins on its criterion', () => {
  it('applies no context lean on a criterion a question answered directly moves (property)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) => {
        const tally = tallyAnswers(kb, answers, weights);
        const state = countAnswers(model, toVector(model, answers));
        const direct = new Set<number>();
        model.questions.forEach((q, i) => {
          if (state.shown[i] === 1 && isGiven(model, state, i))
            q.directSlots.forEach((s) => direct.add(s));
        });
        tally.criteria.forEach((c, slot) => {
          if (!direct.has(slot)) return;
          for (const d of c.drivers) {
            const option = kb.questions
              .find((q) => q.id === d.questionId)
              ?.options.find((o) => o.id === d.optionId);
            const context = option?.effects.some(
              (e) => e.criterionId === c.criterionId && e.context === true,
            );
            const onlyContext = option?.effects
              .filter((e) => e.criterionId === c.criterionId)
              .every((e) => e.context === true);
            if (context && onlyContext) {
              // Answering its own question is not answering the criterion directly.
              const own = model.questions.find((q) => q.id === d.questionId);
              expect(own?.directSlots.includes(slot) ?? false).toBe(true);
            }
          }
        });
      }),
      RUNS,
    );
  }, 300_000);

  it('an edge gateway with ordinary memory gets no memory lean from running at the edge', () => {
    const result = recommend(kb, {
      'workload-kind': 'api-gateway',
      'runs-where': 'edge',
      'memory-constraints': 'ordinary',
    });
    expect(result.reasons.find((r) => r.criterionId === 'memory-cost')).toBeUndefined();
    const unanswered = recommend(kb, { 'workload-kind': 'api-gateway', 'runs-where': 'edge' });
    expect(unanswered.reasons.find((r) => r.criterionId === 'memory-cost')).toBeDefined();
  });

  it('weighs a catastrophic impact less for independent request handlers than for auth', () => {
    const handlers = recommend(kb, {
      'workload-kind': 'crud-api',
      'memory-safety-impact': 'catastrophic',
      'concurrency-shape': 'independent',
    });
    const auth = recommend(kb, {
      'workload-kind': 'auth-crypto',
      'memory-safety-impact': 'catastrophic',
      'concurrency-shape': 'independent',
    });
    const of = (r: typeof auth) => r.criteria.find((c) => c.criterionId === 'memory-safety');
    expect(of(handlers)?.signal).toBeCloseTo(0.6);
    expect(of(auth)?.signal).toBe(1);
  });
});

const ring = fc.constantFrom(undefined, 'adopt', 'trial', 'assess', 'hold');

describe('every because true', () => {
  it('criteria and profile parts add up to the net under random profiles (property)', () => {
    fc.assert(
      fc.property(
        arbitraryAnswers(kb),
        arbitraryWeights(kb),
        ring,
        ring,
        (answers, weights, rust, go) => {
          if (rust === 'hold' && go === 'hold') return;
          const profile: Profile = {
            format: PROFILE_FORMAT,
            formatVersion: 1,
            name: 'Test platform',
            rings: { ...(rust ? { rust } : {}), ...(go ? { go } : {}) },
          };
          const scored = withProfile(kb, { profile, hash: profileHash(profile) });
          const result = recommend(scored, answers, weights);
          const sum =
            result.criteria.reduce((s, c) => s + c.contribution, 0) +
            result.profileParts.reduce((s, p) => s + p.contribution, 0);
          expect(sum).toBeCloseTo(result.score, 9);
          const adoption = [rust, go].some((r) => r === 'trial' || r === 'assess');
          expect(result.profileParts.length > 0).toBe(adoption);
          if (result.profileEffect?.turned) {
            expect(verdictLanguage(result.profileEffect.without)).not.toBe(
              verdictLanguage(result.verdict),
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 300_000);

  it('marks no assumed answer as given (property)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) => {
        const result = recommend(kb, answers, weights);
        const cited = [
          ...result.reasons.flatMap((r) => r.answers),
          ...result.dealBreakers.flatMap((d) => d.answers),
          ...result.answers,
        ];
        for (const a of cited) {
          const option = kb.questions
            .find((q) => q.id === a.questionId)
            ?.options.find((o) => o.id === answers[a.questionId]);
          if (a.provenance === 'given') expect(option && !option.uncertain).toBeTruthy();
          if ('assumed' in a && a.assumed) expect(a.provenance).toBe('assumed');
        }
        for (const note of result.assumptions) {
          expect(result.answers.find((a) => a.questionId === note.questionId)?.provenance).toBe(
            'assumed',
          );
        }
      }),
      RUNS,
    );
  }, 300_000);

  it('says a rewrite bar is unknown, not unmet, when the service has not been profiled', () => {
    const result = recommend(kb, {
      'workload-kind': 'crud-api',
      'service-origin': 'existing-go',
      'rewrite-ceiling': 'not-profiled',
      'rewrite-memory-cost': 'no',
    });
    const bars = result.gates[0]?.bars ?? [];
    expect(bars.find((b) => b.questionId === 'rewrite-ceiling')?.status).toBe('unknown');
    expect(bars.find((b) => b.questionId === 'rewrite-memory-cost')?.status).toBe('not-met');
  });
});

describe('confidence', () => {
  it('is never high below 90% stability, and a close call is low (property)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) => {
        const result = recommend(kb, answers, weights);
        if (result.confidence.level === 'high') {
          expect(result.stability.share).toBeGreaterThanOrEqual(0.9);
          expect(result.confidence.coverage).toBeGreaterThanOrEqual(0.7);
        }
        if (result.verdict.kind === 'close-call') expect(result.confidence.level).toBe('low');
      }),
      RUNS,
    );
  }, 300_000);
});
