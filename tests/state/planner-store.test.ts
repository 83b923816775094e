import { getKnowledgeBase } from '../../content';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  initialInputs,
  restoreSaved,
  setAnswer,
  splitAnswers,
  startOver,
  usePlannerStore,
  STORAGE_KEY,
  type PlannerState,
} from '../../src/state/planner-store';

const fresh = (): PlannerState => ({
  ...initialInputs(),
  activeServiceId: 's1',
  kbVersion: null,
  restoreNotice: null,
  removed: null,
});

describe('planner store', () => {
  beforeEach(() => startOver());

  it('keeps team answers shared and service answers per service', () => {
    setAnswer('s1', 'team-fluency', 'go');
    setAnswer('s1', 'workload-kind', 'crud-api');
    const state = usePlannerStore.getState();
    expect(state.teamAnswers).toEqual({ 'team-fluency': 'go' });
    expect(state.services[0]?.answers).toEqual({ 'workload-kind': 'crud-api' });
    setAnswer('s1', 'workload-kind', undefined);
    expect(usePlannerStore.getState().services[0]?.answers).toEqual({});
  });

  it('saves every answer to the browser as it is given, with a version', () => {
    setAnswer('s1', 'deadline', 'weeks');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as {
      version: number;
      state: unknown;
    };
    expect(saved.version).toBe(2);
    expect(saved.state).toMatchObject({ services: [{ id: 's1', answers: { deadline: 'weeks' } }] });
    expect(saved.state).toMatchObject({ kbVersion: getKnowledgeBase().version });
    expect(saved.state).not.toHaveProperty('restoreNotice');
  });

  it('starts from a preset, splitting its answers into team and service', () => {
    startOver('billing-crud-api');
    const state = usePlannerStore.getState();
    expect(state.services).toHaveLength(1);
    expect(state.services[0]?.name).toBe('Billing CRUD API');
    expect(state.teamAnswers['team-fluency']).toBe('go');
    expect(state.services[0]?.answers['team-fluency']).toBeUndefined();
    expect(state.services[0]?.answers['workload-kind']).toBe('crud-api');
  });

  it('splits answers by question scope', () => {
    expect(splitAnswers({ 'team-size': 'under-10', bottleneck: 'io' })).toEqual({
      team: { 'team-size': 'under-10' },
      service: { bottleneck: 'io' },
    });
  });
});

describe('restoring saved state', () => {
  const saved = {
    teamAnswers: { 'team-fluency': 'rust' },
    services: [
      { id: 's1', name: 'a', notes: '', answers: {} },
      { id: 's2', name: 'b', notes: '', answers: { deadline: 'weeks' } },
    ],
    weights: { latency: 2 },
    activeServiceId: 's2',
  };

  it('restores valid saved state, including the active service', () => {
    const restored = restoreSaved(saved, fresh());
    expect(restored.services.map((s) => s.name)).toEqual(['a', 'b']);
    expect(restored.activeServiceId).toBe('s2');
    expect(restored.weights).toEqual({ latency: 2 });
    expect(restored.restoreNotice).toBeNull();
  });

  it('falls back to the first service when the active one is gone', () => {
    expect(restoreSaved({ ...saved, activeServiceId: 's9' }, fresh()).activeServiceId).toBe('s1');
  });

  it('keeps the fresh state when nothing was saved', () => {
    expect(restoreSaved(undefined, fresh())).toEqual(fresh());
  });

  it('starts fresh with a notice when nothing saved can be used', () => {
    for (const corrupt of ['garbage', '{"state": 42, "version": 2}', 42, { services: 'x' }]) {
      const restored = restoreSaved(corrupt, fresh());
      expect(restored.services).toEqual(fresh().services);
      expect(restored.restoreNotice).toMatch(/could not be read/);
    }
  });

  it('keeps the valid parts of a partly broken save, and says what was left out', () => {
    const restored = restoreSaved({ ...saved, evil: 1 }, fresh());
    expect(restored.services.map((s) => s.name)).toEqual(['a', 'b']);
    expect(restored.restoreNotice).toMatch(/1 setting could not be read/);
  });
});
