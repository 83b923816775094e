import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { describeConfidence, describeVerdict } from '../../src/domain/describe';
import { recommend } from '../../src/domain/recommend';

const kb = getKnowledgeBase();
const preset = (id: string) => kb.presets.find((p) => p.id === id)!.answers;

describe('recommend', () => {
  it('explains each reason with the answers that drove it and cited evidence', () => {
    const result = recommend(kb, preset('billing-crud-api'));
    const fluency = result.reasons.find((r) => r.criterionId === 'team-fluency')!;
    expect(fluency.towards).toBe('go');
    expect(fluency.contribution).toBe(-4);
    const goOption = kb.questions
      .find((q) => q.id === 'team-fluency')!
      .options.find((o) => o.id === 'go')!;
    expect(fluency.answers).toEqual([
      {
        questionId: 'team-fluency',
        prompt: kb.questions.find((q) => q.id === 'team-fluency')!.prompt,
        answer: goOption.label,
        assumed: false,
        provenance: 'given',
        sentence: goOption.effects[0]!.reason,
      },
    ]);
    expect(fluency.sentence).toBe(goOption.effects[0]!.reason);
    expect(fluency.citations.map((c) => c.evidenceId)).toContain('ramp-months-weeks');
    expect(result.reasons.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1, 9);
  });

  it('lists revisit triggers that could overturn the winner, not ones that would confirm it', () => {
    const go = recommend(kb, preset('billing-crud-api')).triggers.map((t) => t.id);
    expect(go).toEqual(expect.arrayContaining(['performance-cliff', 'rust-fluency-grows']));
    expect(go).not.toContain('hiring-wave');
    const rust = recommend(kb, preset('auth-token-service')).triggers.map((t) => t.id);
    expect(rust).toContain('hiring-wave');
    expect(rust).not.toContain('security-incident');
  });

  it('gives a low-confidence close call, resolved to Go, when only a neutral kind is answered', () => {
    const result = recommend(kb, { 'workload-kind': 'other' });
    expect(result.verdict).toEqual({ kind: 'close-call', language: 'go', tieBreak: 'default' });
    expect(result.confidence.level).toBe('low');
    expect(result.defaultCitations.map((c) => c.evidenceId)).toContain('start-with-go');
    expect(result.triggers.map((t) => t.id)).toEqual(
      expect.arrayContaining(['close-call', 'unanswered-questions']),
    );
    expect(describeVerdict(kb, result.verdict, result).headline).toBe('Close call: Go');
  });

  it('breaks a close call by the team’s fluent language, then by the runtime in production', () => {
    const close = { 'workload-kind': 'other', 'build-sensitivity': 'moderate' };
    expect(
      recommend(kb, { ...close, 'team-fluency': 'both', 'runtimes-in-production': 'rust-only' })
        .verdict,
    ).toEqual({ kind: 'close-call', language: 'rust', tieBreak: 'runtimes-in-production' });
    const tied = recommend(kb, {
      'workload-kind': 'other',
      'team-fluency': 'both',
      'ai-assistance': 'some',
      'runtimes-in-production': 'both',
    });
    expect(tied.verdict).toMatchObject({ kind: 'close-call', tieBreak: 'default' });
    const byFluency = recommend(
      kb,
      { 'workload-kind': 'other', 'team-fluency': 'rust' },
      { 'team-fluency': 0.5 },
    );
    expect(byFluency.verdict).toMatchObject({
      kind: 'close-call',
      language: 'rust',
      tieBreak: 'team-fluency',
    });
  });

  it('holds a rewrite at Go when none of the three rewrite reasons holds, and says why', () => {
    const result = recommend(kb, preset('rewrite-because-faster'));
    expect(result.verdict).toEqual({ kind: 'gated', language: 'go', gateId: 'rewrite-bar' });
    expect(result.gates[0]).toMatchObject({
      passed: false,
      headline: 'Keep Go — profile the bottleneck first',
    });
    expect(describeVerdict(kb, result.verdict, result).headline).toBe(
      'Keep Go — profile the bottleneck first',
    );
  });

  it('states the cost of a rewrite that clears the bar', () => {
    const result = recommend(kb, preset('rewrite-at-ceiling'));
    expect(result.verdict).toMatchObject({ language: 'rust' });
    expect(result.gates[0]?.passed).toBe(true);
    expect(result.gates[0]?.explanation).toMatch(/two to three months/);
  });

  it('ignores answers to hidden questions', () => {
    const greenfield = recommend(kb, { 'service-origin': 'greenfield', 'rewrite-ceiling': 'yes' });
    expect(greenfield.score).toBe(0);
    const rewriteOnly = kb.questions.filter((q) => q.showWhen).length;
    const carryingWeight = kb.questions.filter(
      (q) => !q.showWhen && q.options.some((o) => o.effects.length > 0),
    ).length;
    expect(greenfield.confidence.shown).toBe(carryingWeight);
    expect(rewriteOnly).toBeGreaterThan(0);
  });

  it('counts "not sure" as unanswered for confidence', () => {
    const sure = recommend(kb, { bottleneck: 'io' }).confidence.answered;
    const unsure = recommend(kb, { bottleneck: 'unsure' }).confidence.answered;
    expect(sure - unsure).toBe(1);
    // A team that could change is an event, not a shaky verdict: fully answered, it is high.
    const billing = recommend(kb, preset('billing-crud-api')).confidence;
    expect(describeConfidence(billing)).toMatch(
      new RegExp(`^High confidence: ${billing.answered} of ${billing.shown} questions answered`),
    );
  });
});
