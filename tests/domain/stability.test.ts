/**
 * Stability (stochastic multicriteria acceptability analysis): accurate against an independent
 * 100,000-draw reference, deterministic, and drawing only plausible variations — facts never vary,
 * no draw contradicts another answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { compileModel, countAnswers, implausibleAnswers, toVector } from '../../src/domain/engine';
import { recommend } from '../../src/domain/recommend';
import { sampleVariations } from '../../src/domain/sampling';
import { measureStability } from '../../src/domain/stability';
import { arbitraryAnswers, arbitraryWeights } from './arbitraries';

const kb = getKnowledgeBase();
const model = compileModel(kb);

describe('stability', () => {
  it('is within ±2 points of a 100,000-draw random reference for 50 random services', () => {
    const services = fc.sample(fc.tuple(arbitraryAnswers(kb), arbitraryWeights(kb)), {
      numRuns: 50,
      seed: 42,
    });
    const worst = services.reduce((most, [answers, weights], i) => {
      const fast = measureStability(kb, answers, weights);
      const reference = measureStability(kb, answers, weights, undefined, {
        samples: 100_000,
        weightDraws: 4,
        sequence: 'random',
        seed: 1000 + i,
      });
      return Math.max(most, Math.abs(fast.share - reference.share));
    }, 0);
    expect(worst).toBeLessThanOrEqual(0.02);
  }, 600_000);

  it('is deterministic, and the recommendation carries the same figure', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), arbitraryWeights(kb), (answers, weights) => {
        const a = measureStability(kb, answers, weights);
        const b = recommend(kb, answers, weights).stability;
        expect(b.share).toBe(a.share);
        expect(b.samples).toBe(a.samples);
        expect(b.counts).toEqual(a.counts);
      }),
      { numRuns: 300 },
    );
  });
});

describe('what the draws vary', () => {
  it('never varies a fact and never draws a contradiction (property)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(kb), fc.integer({ min: 1, max: 1e9 }), (answers, seed) => {
        const base = toVector(model, answers);
        const baseState = countAnswers(model, base);
        const baseMask = implausibleAnswers(model, baseState.effective);
        for (const varied of sampleVariations(model, base, kb.scoring.stability, 16, seed)) {
          const state = countAnswers(model, varied);
          model.questions.forEach((q, i) => {
            if (q.fact) expect(varied[i]).toBe(base[i]);
          });
          const mask = implausibleAnswers(model, state.effective);
          mask.forEach((m, i) => {
            if (m === 1) {
              expect(baseMask[i]).toBe(1);
              expect(state.effective[i]).toBe(baseState.effective[i]);
            }
          });
        }
      }),
      { numRuns: 2000 },
    );
  });
});
