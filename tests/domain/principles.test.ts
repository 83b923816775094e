/**
 * The principles the scoring keeps (the product brief), one table or property each: fluency
 * decides a neutral workload, the absence of a need is not a vote, assumptions give way to
 * answers, deal-breakers are not leans, reasons say only what was said, flips are events.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type Answers, type Language } from '../../content';
import { describeVerdict } from '../../src/domain/describe';
import { recommend } from '../../src/domain/recommend';
import { tallyAnswers, verdictLanguage } from '../../src/domain/score';
import type { Weights } from '../../src/domain/weights';
import { arbitraryAnswers, arbitraryWeights } from './arbitraries';

const kb = getKnowledgeBase();
const question = (id: string) => kb.questions.find((q) => q.id === id)!;
const languageOf = (answers: Answers, weights: Weights = {}) =>
  verdictLanguage(tallyAnswers(kb, answers, weights).verdict);

/** Ordinary services whose workload favours neither language by much. */
const neutralWorkloads: Record<string, Answers> = {
  'database-bound business API': {
    'workload-kind': 'crud-api',
    'service-origin': 'greenfield',
    bottleneck: 'io',
    'latency-budget': 'relaxed',
    'memory-constraints': 'ordinary',
  },
  'admin app': { 'workload-kind': 'internal-tool', 'service-origin': 'greenfield' },
};

describe('1. where the workload favours neither, fluency and runtimes in production decide', () => {
  const fluencies: [string, string, Language][] = [
    ['go', 'go-only', 'go'],
    ['rust', 'rust-only', 'rust'],
    ['neither', 'go-only', 'go'],
  ];
  for (const [name, workload] of Object.entries(neutralWorkloads)) {
    it.each(fluencies)(`${name}: a team fluent in %s, running %s, gets %s`, (f, r, expected) => {
      expect(languageOf({ ...workload, 'team-fluency': f, 'runtimes-in-production': r })).toBe(
        expected,
      );
    });
    it(`${name}: a team fluent in both breaks the tie with the runtime it runs`, () => {
      const both = { ...workload, 'team-fluency': 'both' };
      expect(languageOf({ ...both, 'runtimes-in-production': 'rust-only' })).toBe('rust');
      expect(languageOf({ ...both, 'runtimes-in-production': 'go-only' })).toBe('go');
    });
  }

  it('says which tie-break decided a close call in one sentence', () => {
    const both: Answers = {
      ...Object.values(neutralWorkloads)[0],
      'team-fluency': 'both',
      'runtimes-in-production': 'rust-only',
    };
    expect(recommend(kb, both).verdict).toMatchObject({ kind: 'close-call' });
    for (const tieBreak of kb.scoring.tieBreaks) {
      const { detail } = describeVerdict(
        kb,
        { kind: 'close-call', language: 'go', tieBreak: tieBreak.id },
        { margin: 0.01, maxScore: 40 },
      );
      expect(detail).toMatch(/^The scores are within [\d.]+ points? of each other: [a-z]/);
      // One clause joins the margin to the tie-break: no "…, so …, so …" run-on.
      expect(detail.match(/\bso\b/g)?.length ?? 0, detail).toBeLessThanOrEqual(1);
    }
    // Scores that round to the same tenth are level, not "within 0 points of each other".
    const level = describeVerdict(
      kb,
      { kind: 'close-call', language: 'go', tieBreak: kb.scoring.tieBreaks[0]!.id },
      { margin: 0.0001, maxScore: 40 },
    ).detail;
    expect(level).toMatch(/^The scores are level: /);
  });
});

describe('2. the absence of a need is not a vote', () => {
  it.each([
    ['latency-budget', 'relaxed'],
    ['latency-budget', '10-to-50ms'],
    ['memory-constraints', 'ordinary'],
    ['memory-safety-impact', 'minor'],
    ['tail-spikes', 'yes'],
    ['deadline', 'long-lived'],
    ['build-sensitivity', 'low'],
  ])('“%s: %s” leans nothing', (questionId, optionId) => {
    const option = question(questionId).options.find((o) => o.id === optionId)!;
    expect(option.effects.filter((e) => e.lean !== 0)).toEqual([]);
  });
});

describe('3. assumptions give way to answers', () => {
  it('fills only open questions, labelled as assumed', () => {
    const result = recommend(kb, { 'workload-kind': 'auth-crypto' });
    const assumed = result.assumptions.find((a) => a.questionId === 'memory-safety-impact');
    expect(assumed).toMatchObject({ because: { questionId: 'workload-kind' } });
    const reason = result.reasons.find((r) => r.criterionId === 'memory-safety')!;
    expect(reason.assumed).toBe(true);
    expect(reason.sentence).toMatch(/^Assumed for “Auth, tokens or cryptography”/);
  });

  it('an explicit answer replacing an assumption counts in full, never added to it', () => {
    const kind = { 'workload-kind': 'auth-crypto' };
    const explicit = { ...kind, 'memory-safety-impact': 'catastrophic' };
    const criterion = (answers: Answers) =>
      tallyAnswers(kb, answers).criteria.find((c) => c.criterionId === 'memory-safety')!;
    // The same answer given or assumed counts the same: once, in full.
    expect(criterion(explicit).signal).toBe(1);
    expect(criterion(kind).signal).toBe(1);
    expect(criterion(explicit).drivers).toHaveLength(1);
    expect(criterion(explicit).drivers[0]!.assumed).toBe(false);
    // An explicit answer that disagrees replaces the assumption outright.
    const minor = { ...kind, 'memory-safety-impact': 'minor' };
    expect(criterion(minor).signal).toBe(0);
    expect(recommend(kb, minor).assumptions.map((a) => a.questionId)).not.toContain(
      'memory-safety-impact',
    );
  });

  it('“not sure” leaves the assumption in place, still labelled', () => {
    const result = recommend(kb, {
      'workload-kind': 'auth-crypto',
      'memory-safety-impact': 'unsure',
    });
    expect(result.assumptions.map((a) => a.questionId)).toContain('memory-safety-impact');
  });
});

describe('4. deal-breakers are not leans', () => {
  const goTeam = { 'team-fluency': 'go', 'runtimes-in-production': 'go-only' };
  const rustTeam = { 'team-fluency': 'rust', 'runtimes-in-production': 'rust-only' };
  const cases: [string, Answers, Language][] = [
    [
      'a trading order router with a hard tail deadline and a p99 budget under 10 ms',
      {
        'workload-kind': 'proxy',
        'tail-spikes': 'no',
        'latency-budget': 'under-10ms',
        bottleneck: 'io',
      },
      'rust',
    ],
    [
      'firmware too small for a garbage-collected runtime',
      {
        'workload-kind': 'edge-worker',
        'runs-where': 'device',
        'memory-constraints': 'no-gc-room',
      },
      'rust',
    ],
  ];
  for (const [name, answers, expected] of cases) {
    it.each([
      ['a Go team', goTeam],
      ['a Rust team', rustTeam],
    ])(`${name}, for %s, is ${expected} whatever the team`, (_team, team) => {
      const result = recommend(kb, { ...answers, ...team });
      expect(result.verdict).toMatchObject({ kind: 'ruled-out', language: expected });
      expect(result.dealBreakers).toHaveLength(1);
      expect(result.dealBreakers[0]!.citations.length).toBeGreaterThan(0);
    });
  }

  it('a Go team told Rust by a deal-breaker still sees what Rust costs it', () => {
    const result = recommend(kb, { ...cases[0]![1], ...goTeam });
    expect(result.reasons.some((r) => r.towards === 'go' && r.criterionId === 'team-fluency')).toBe(
      true,
    );
  });

  it('an MVP due within weeks rules Rust out for a team new to Rust, not for a Rust team', () => {
    const mvp = { 'workload-kind': 'crud-api', deadline: 'weeks' };
    expect(tallyAnswers(kb, { ...mvp, 'team-fluency': 'go' }).verdict).toMatchObject({
      kind: 'ruled-out',
      language: 'go',
    });
    expect(tallyAnswers(kb, { ...mvp, 'team-fluency': 'rust' }).verdict.kind).not.toBe('ruled-out');
  });

  it('two deal-breakers against both languages conflict: no silent pick', () => {
    const result = recommend(kb, {
      'workload-kind': 'hot-path',
      'tail-spikes': 'no',
      'latency-budget': 'under-10ms',
      deadline: 'weeks',
      'team-fluency': 'go',
    });
    expect(result.verdict).toEqual({
      kind: 'conflict',
      dealBreakerIds: ['gc-pauses-break-it', 'mvp-in-weeks-new-to-rust'],
    });
    expect(verdictLanguage(result.verdict)).toBeUndefined();
    expect(result.flips.answers.kind).toBe('none');
  });

  it('a hard tail deadline without a sub-10 ms budget leans Rust but rules nothing out', () => {
    const answers = {
      'workload-kind': 'proxy',
      'tail-spikes': 'no',
      'latency-budget': '10-to-50ms',
      'team-fluency': 'go',
    };
    const result = recommend(kb, answers);
    expect(result.dealBreakers).toHaveLength(0);
    expect(result.verdict.kind).not.toBe('ruled-out');
    expect(result.reasons.find((r) => r.criterionId === 'latency')?.towards).toBe('rust');
  });

  it('a deal-breaker holds under every weight setting (property)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) => {
        const withBreaker = { ...answers, 'tail-spikes': 'no', 'latency-budget': 'under-10ms' };
        const verdict = tallyAnswers(kb, withBreaker, weights).verdict;
        // With Go ruled out, the verdict is never Go, whatever the weights.
        expect(verdictLanguage(verdict)).not.toBe('go');
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});

describe('5. say only what was said', () => {
  it('no reason text belongs to an answer not given, unless labelled assumed (property)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), (answers) => {
        const result = recommend(kb, answers);
        const assumed = new Map(result.assumptions.map((a) => [a.questionId, a]));
        for (const reason of result.reasons) {
          for (const a of reason.answers) {
            const given = answers[a.questionId];
            const q = question(a.questionId);
            const optionId = q.options.find((o) => o.label === a.answer)!.id;
            if (a.assumed) expect(assumed.get(a.questionId)?.answer).toBe(a.answer);
            else expect(given).toBe(optionId);
            const option = q.options.find((o) => o.id === optionId)!;
            const own = option.effects.map((e) => e.reason);
            expect(own.some((r) => a.sentence!.endsWith(r))).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('“no hiring planned” never says hiring matters; “some” AI never says “most”', () => {
    const result = recommend(kb, {
      'workload-kind': 'crud-api',
      'hiring-plans': 'none',
      'team-size': 'under-10',
      'ai-assistance': 'some',
    });
    const text = result.reasons.map((r) => r.sentence).join(' ');
    expect(text).not.toMatch(/hiring|hire/i);
    expect(text).not.toMatch(/Most of the coding/);
  });

  it.each(['rust', 'both'])(
    'deadline and team-size reasons take a team productive in Rust into account (fluency: %s)',
    (fluency) => {
      for (const deadline of ['weeks', 'months']) {
        const result = recommend(kb, {
          'workload-kind': 'crud-api',
          deadline,
          'team-size': 'under-10',
          'team-fluency': fluency,
        });
        // Both reasons say the team is new to Rust or faces its ramp-up: not said of this team.
        expect(result.reasons.find((r) => r.criterionId === 'time-to-ship')).toBeUndefined();
        expect(result.reasons.find((r) => r.criterionId === 'hiring')).toBeUndefined();
        expect(result.verdict.kind).not.toBe('ruled-out');
      }
    },
  );
});

describe('confidence agrees with stability', () => {
  it('high confidence never goes with a stability under 90%, nor with a close call (property)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) => {
        const result = recommend(kb, answers, weights);
        if (result.confidence.level === 'high') {
          expect(result.stability.share).toBeGreaterThanOrEqual(
            kb.scoring.confidence.high.stability,
          );
        }
        if (result.verdict.kind === 'close-call') expect(result.confidence.level).toBe('low');
      }),
      { numRuns: 2000 },
    );
  }, 300_000);
});
