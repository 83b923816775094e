import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { describeConfidence, describeVerdict, recommend } from '../../src/domain';

const kb = getKnowledgeBase();
const preset = (id: string) => kb.presets.find((p) => p.id === id)!.answers;

describe('recommend', () => {
  it('explains each reason with the answers that drove it and cited evidence', () => {
    const result = recommend(kb, preset('billing-crud-api'));
    const fluency = result.reasons.find((r) => r.criterionId === 'team-fluency')!;
    expect(fluency.towards).toBe('go');
    expect(fluency.contribution).toBe(-4);
    expect(fluency.answers).toEqual([
      {
        questionId: 'team-fluency',
        prompt: 'Which language is the team already productive in?',
        answer: 'Go',
      },
    ]);
    expect(fluency.citations.map((c) => c.evidenceId)).toContain('ramp-months-weeks');
    expect(result.reasons.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1, 9);
  });

  it('lists revisit triggers that could overturn the winner, not ones that would confirm it', () => {
    const go = recommend(kb, preset('billing-crud-api')).triggers.map((t) => t.id);
    expect(go).toEqual(
      expect.arrayContaining([
        'performance-cliff',
        'rust-fluency-grows',
        'latency-budget-tightens',
      ]),
    );
    expect(go).not.toContain('hiring-wave');
    const rust = recommend(kb, preset('auth-token-service')).triggers.map((t) => t.id);
    expect(rust).toContain('hiring-wave');
    expect(rust).not.toContain('security-incident');
  });

  it('gives a low-confidence close call, resolved to Go, when nothing is answered', () => {
    const result = recommend(kb, {});
    expect(result.verdict).toEqual({ kind: 'close-call', language: 'go', tieBreak: 'default' });
    expect(result.confidence.level).toBe('low');
    expect(result.defaultCitations.map((c) => c.evidenceId)).toContain('start-with-go');
    expect(result.triggers.map((t) => t.id)).toEqual(
      expect.arrayContaining(['close-call', 'unanswered-questions']),
    );
    expect(describeVerdict(kb, result.verdict, result.margin).headline).toBe('Close call: Go');
  });

  it('breaks a close call by the team’s fluent language', () => {
    const result = recommend(kb, { 'team-fluency': 'rust', 'workload-kind': 'internal-tool' });
    expect(result.verdict.kind).toBe('close-call');
    expect(result.verdict).toMatchObject({ language: 'rust', tieBreak: 'team-fluency' });
  });

  it('holds a rewrite at Go when none of the three rewrite reasons holds, and says why', () => {
    const result = recommend(kb, preset('rewrite-because-faster'));
    expect(result.verdict).toEqual({ kind: 'gated', language: 'go', gateId: 'rewrite-bar' });
    expect(result.gates[0]).toMatchObject({
      passed: false,
      headline: 'Keep Go — profile the bottleneck first',
    });
    expect(describeVerdict(kb, result.verdict, result.margin).headline).toBe(
      'Keep Go — profile the bottleneck first',
    );
  });

  it('states the cost of a rewrite that clears the bar', () => {
    const result = recommend(kb, preset('rewrite-at-ceiling'));
    expect(result.verdict.language).toBe('rust');
    expect(result.gates[0]?.passed).toBe(true);
    expect(result.gates[0]?.explanation).toMatch(/two to three months/);
  });

  it('ignores answers to hidden questions', () => {
    const greenfield = recommend(kb, { 'service-origin': 'greenfield', 'rewrite-ceiling': 'yes' });
    expect(greenfield.score).toBe(0);
    expect(greenfield.confidence.shown).toBe(kb.questions.length - 5);
  });

  it('counts "not sure" as unanswered for confidence', () => {
    const sure = recommend(kb, { bottleneck: 'io' }).confidence.answered;
    const unsure = recommend(kb, { bottleneck: 'unsure' }).confidence.answered;
    expect(sure - unsure).toBe(1);
    expect(describeConfidence(recommend(kb, preset('billing-crud-api')).confidence)).toMatch(
      /^High confidence: 16 of 16 questions answered/,
    );
  });
});
