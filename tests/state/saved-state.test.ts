import { describe, expect, it } from 'vitest';
import { readSavedState, type RestoreOutcome } from '../../src/state/saved-state';

const service = (id: string, name: string, answers: Record<string, string> = {}) => ({
  id,
  name,
  notes: '',
  answers,
});
const v2 = {
  teamAnswers: { 'team-fluency': 'go' },
  services: [service('s1', 'billing', { deadline: 'weeks' }), service('s2', 'auth')],
  weights: { latency: 4 },
  activeServiceId: 's2',
  kbVersion: '1.0.0',
};
const saved = (state: unknown, version = 2) => JSON.stringify({ state, version });

function restored(outcome: RestoreOutcome) {
  if (outcome.kind !== 'restored') throw new Error(`expected a restore, got ${outcome.kind}`);
  return outcome;
}

describe('reading saved state', () => {
  it.each([
    ['nothing saved', null],
    ['an empty value', ''],
    ['only spaces', '   '],
  ])('starts fresh without a word when there is %s', (_what, raw) => {
    expect(readSavedState(raw)).toEqual({ kind: 'nothing' });
  });

  it.each([
    ['damaged JSON', '{"state": {"services": ['],
    ['JSON that is not a saved state', '[1, 2, 3]'],
    ['a state that is not an object', saved('services')],
    ['a state with nothing usable', saved({ services: 'none', teamAnswers: 7 })],
  ])('starts fresh and says so for %s', (_what, raw) => {
    const outcome = readSavedState(raw);
    expect(outcome.kind).toBe('unreadable');
    expect(outcome.kind === 'unreadable' && outcome.notice).toMatch(/could not be read/);
  });

  it('restores the current version as it was, silently', () => {
    const outcome = restored(readSavedState(saved(v2)));
    expect(outcome).toEqual({
      kind: 'restored',
      inputs: { teamAnswers: v2.teamAnswers, services: v2.services, weights: v2.weights },
      activeServiceId: 's2',
      kbVersion: '1.0.0',
      notice: null,
    });
  });

  it('migrates version 1, which had no knowledge-base version, silently', () => {
    const { kbVersion: _kb, ...v1 } = v2;
    const outcome = restored(readSavedState(saved(v1, 1)));
    expect(outcome.inputs.services).toEqual(v2.services);
    expect(outcome.kbVersion).toBe('1.0.0');
    expect(outcome.notice).toBeNull();
  });

  it('keeps every valid part of a partly broken save and counts what it left out', () => {
    const outcome = restored(
      readSavedState(
        saved({
          ...v2,
          teamAnswers: { 'team-fluency': 'go', 'Bad Key': 'x', 'team-size': 3 },
          services: [
            service('s1', 'billing', { deadline: 'weeks', bottleneck: 'NOT AN ID' }),
            'not a service',
            { id: 's2', name: 42, notes: '', answers: { deadline: 'months' } },
            service('s1', 'duplicate id'),
          ],
          weights: { latency: 4, memory: 99 },
        }),
      ),
    );
    expect(outcome.inputs).toEqual({
      teamAnswers: { 'team-fluency': 'go' },
      services: [
        service('s1', 'billing', { deadline: 'weeks' }),
        service('s2', '', { deadline: 'months' }),
        service('s3', 'duplicate id'),
      ],
      weights: { latency: 4 },
    });
    expect(outcome.notice).toBe(
      'Part of your saved work could not be restored: 3 answers, 1 weight, 1 service and 1 service name could not be read and were left out. Everything else is as you left it.',
    );
  });

  it('shortens a name that is too long rather than losing the service', () => {
    const outcome = restored(
      readSavedState(saved({ ...v2, services: [service('s1', 'x'.repeat(600))] })),
    );
    expect(outcome.inputs.services[0]?.name).toHaveLength(500);
    expect(outcome.notice).toMatch(/1 service name was too long and was shortened/);
  });

  it('keeps a plan saved by a newer version as far as it is understood', () => {
    const outcome = restored(readSavedState(saved({ ...v2, portfolioOrder: ['s2', 's1'] }, 3)));
    expect(outcome.inputs.services).toEqual(v2.services);
    expect(outcome.notice).toMatch(/newer version.*1 setting could not be read/);
  });

  it('falls back to the first service when the active one is gone', () => {
    expect(restored(readSavedState(saved({ ...v2, activeServiceId: 's9' }))).activeServiceId).toBe(
      's1',
    );
  });

  it('never lets saved keys reach a prototype', () => {
    const raw =
      '{"version":2,"state":{"__proto__":{"polluted":true},"teamAnswers":{"__proto__":{"polluted":true}},"services":[{"id":"s1","name":"","notes":"","answers":{"constructor":"x"}}],"weights":{}}}';
    const outcome = readSavedState(raw);
    expect(outcome.kind).toBe('restored');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
