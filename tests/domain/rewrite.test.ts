import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type Answers } from '../../content';
import { describeVerdict } from '../../src/domain/describe';
import { recommend } from '../../src/domain/recommend';

const kb = getKnowledgeBase();

/** Scenario 9 of the product brief: a rewrite "because it is faster" of a DB-bound Go service. */
const becauseFaster: Answers = {
  'workload-kind': 'crud-api',
  'service-origin': 'existing-go',
  'rewrite-ceiling': 'no',
  'rewrite-memory-cost': 'no',
  'rewrite-bug-class': 'no',
  'rewrite-bottleneck': 'database',
  'team-fluency': 'go',
};

/** Scenario 10: a Go service at its performance ceiling whose memory outweighs developer cost. */
const atCeiling: Answers = {
  'service-origin': 'existing-go',
  'rewrite-ceiling': 'yes',
  'rewrite-memory-cost': 'yes',
  'rewrite-bottleneck': 'gc-memory',
  'team-fluency': 'go',
};

describe('the rewrite path', () => {
  it('scenario 9: keeps Go, says why, and names the bottleneck the user gave', () => {
    const result = recommend(kb, becauseFaster);
    expect(result.verdict).toEqual({ kind: 'gated', language: 'go', gateId: 'rewrite-bar' });
    const words = describeVerdict(kb, result.verdict, result);
    expect(words.headline).toBe('Keep Go — profile the bottleneck first');
    expect(words.detail).toMatch(/None of the three reasons for a rewrite has been shown/);
    expect(words.detail).toMatch(/profile the service and fix its bottleneck/);

    const [gate] = result.gates;
    expect(gate).toMatchObject({ gateId: 'rewrite-bar', passed: false });
    expect(gate?.bars.map((b) => [b.questionId, b.met, b.answer])).toEqual([
      ['rewrite-ceiling', false, 'No: the bottleneck is elsewhere'],
      ['rewrite-memory-cost', false, 'No'],
      ['rewrite-bug-class', false, 'No'],
    ]);
    expect(gate?.answerNote).toMatchObject({
      questionId: 'rewrite-bottleneck',
      answer: 'The database',
    });
    expect(gate?.answerNote?.note).toMatch(/^You named the database as the bottleneck/);
    expect(gate?.citations.map((c) => c.evidenceId)).toContain('profile-first');
  });

  it.each([
    ['database', /the database/],
    ['downstream', /calls to other services/],
    ['cpu', /CPU in your own code/],
    ['gc-memory', /garbage collection or memory/],
    ['unknown', /do not know the bottleneck yet/],
  ])('names a %s bottleneck in the advice', (bottleneck, words) => {
    const result = recommend(kb, { ...becauseFaster, 'rewrite-bottleneck': bottleneck });
    expect(result.gates[0]?.answerNote?.note).toMatch(words);
  });

  it('gives no bottleneck note when the bottleneck question is unanswered', () => {
    const { 'rewrite-bottleneck': _, ...rest } = becauseFaster;
    const gate = recommend(kb, rest).gates[0];
    expect(gate?.passed).toBe(false);
    expect(gate?.answerNote).toBeUndefined();
  });

  it('scenario 10: clears the bar, makes the Rust case and states its cost', () => {
    const result = recommend(kb, atCeiling);
    expect(result.verdict).toMatchObject({ kind: 'clear', language: 'rust' });
    const [gate] = result.gates;
    expect(gate).toMatchObject({
      passed: true,
      headline: 'The rewrite clears the bar — now count its cost',
    });
    expect(gate?.bars.map((b) => b.met)).toEqual([true, true, false]);
    expect(gate?.bars[2]?.answer).toBeUndefined();
    expect(gate?.explanation).toMatch(/two to three months/);
    expect(gate?.explanation).toMatch(/12 s against 4 minutes from cold/);
    expect(gate?.explanation).toMatch(/measure yours/);
    expect(gate?.answerNote).toBeUndefined();
    expect(gate?.citations.map((c) => c.evidenceId)).toEqual(
      expect.arrayContaining(['ramp-up-times', 'compile-times']),
    );
  });

  it('lets the scores decide once the bar is cleared: clearing it does not force Rust', () => {
    const result = recommend(kb, {
      ...becauseFaster,
      'rewrite-bug-class': 'yes',
      deadline: 'weeks',
      'build-sensitivity': 'critical',
    });
    expect(result.gates[0]?.passed).toBe(true);
    // Past the bar the rest of the answers decide; here a deadline within weeks for a Go team.
    expect(result.verdict).toMatchObject({ language: 'go' });
  });

  it('applies no gate to a new service', () => {
    expect(recommend(kb, { 'service-origin': 'greenfield' }).gates).toEqual([]);
  });
});
