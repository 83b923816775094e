import { describe, expect, it } from 'vitest';
import { describePlanServices, isolateName } from '../../src/domain/plan-summary';

const plan = (...names: string[]) => ({
  teamAnswers: {},
  services: names.map((name, i) => ({ id: `s${i + 1}`, name, notes: '', answers: {} })),
  weights: {},
});

describe('naming a plan by its services', () => {
  it('names up to three services and counts the rest', () => {
    expect(describePlanServices(plan('a', 'b', '', 'c', 'd'))).toBe(
      '5 services: “a”, “b”, “c”, 1 more and 1 unnamed',
    );
  });

  it('isolates a name that could reorder the sentence around it', () => {
    const spoof = '\u202egnp.exe';
    expect(describePlanServices(plan(spoof))).toBe('1 service: “\u2068\u202egnp.exe\u2069”');
    // A stray isolate in the name cannot end the wrapping one early.
    expect(isolateName('a\u2069\u202eb')).toBe('\u2068a\u202eb\u2069');
    expect(isolateName('billing-api')).toBe('billing-api');
  });
});
