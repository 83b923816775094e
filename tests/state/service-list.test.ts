import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_SERVICES } from '../../src/domain/inputs';
import {
  renameService,
  setAnswer,
  startOver,
  usePlannerStore,
} from '../../src/state/planner-store';
import {
  addService,
  dismissRemoval,
  duplicateService,
  moveService,
  nextServiceId,
  removeService,
  undoRemoveService,
} from '../../src/state/service-list';

const state = () => usePlannerStore.getState();
const ids = () => state().services.map((s) => s.id);
const names = () => state().services.map((s) => s.name);

describe('the list of services', () => {
  beforeEach(() => {
    startOver();
    renameService('s1', 'billing-api');
  });

  it('adds a blank service at the end, makes it active, and keeps team answers shared', () => {
    setAnswer('s1', 'team-fluency', 'go');
    expect(addService()).toEqual({ ok: true, serviceId: 's2' });
    expect(ids()).toEqual(['s1', 's2']);
    expect(state().services[1]).toEqual({ id: 's2', name: '', notes: '', answers: {} });
    expect(state().activeServiceId).toBe('s2');
    expect(state().teamAnswers).toEqual({ 'team-fluency': 'go' });
  });

  it('duplicates a service with its answers, right after the original', () => {
    setAnswer('s1', 'workload-kind', 'crud-api');
    addService('admin');
    expect(duplicateService('s1')).toEqual({ ok: true, serviceId: 's3' });
    expect(names()).toEqual(['billing-api', 'billing-api (copy)', 'admin']);
    expect(state().services[1]?.answers).toEqual({ 'workload-kind': 'crud-api' });
    // The copy's answers are its own.
    setAnswer('s3', 'workload-kind', 'hot-path');
    expect(state().services[0]?.answers['workload-kind']).toBe('crud-api');
  });

  it('moves a service up and down, stopping at either end', () => {
    addService('b');
    addService('c');
    expect(moveService('s3', -1)).toBe(1);
    expect(names()).toEqual(['billing-api', 'c', 'b']);
    expect(moveService('s3', -5)).toBe(0);
    expect(names()).toEqual(['c', 'billing-api', 'b']);
    expect(moveService('s1', 1)).toBe(2);
    expect(moveService('s1', 1)).toBe(2);
    expect(names()).toEqual(['c', 'b', 'billing-api']);
    expect(moveService('s9', 1)).toBeNull();
  });

  it('removes a service and puts it back where it was with Undo', () => {
    addService('b');
    addService('c');
    setAnswer('s2', 'deadline', 'weeks');
    expect(removeService('s2')).toEqual({ ok: true, serviceId: 's2' });
    expect(names()).toEqual(['billing-api', 'c']);
    expect(state().removed?.index).toBe(1);
    expect(undoRemoveService()).toEqual({ ok: true, serviceId: 's2' });
    expect(names()).toEqual(['billing-api', 'b', 'c']);
    expect(state().services[1]?.answers).toEqual({ deadline: 'weeks' });
    expect(state().removed).toBeNull();
    expect(undoRemoveService().ok).toBe(false);
  });

  it('never gives a new service the id of one Undo can still bring back', () => {
    addService('b');
    removeService('s2');
    expect(nextServiceId(state())).toBe('s3');
    expect(addService('c')).toEqual({ ok: true, serviceId: 's3' });
    undoRemoveService();
    expect(ids()).toEqual(['s1', 's2', 's3']);
    expect(new Set(ids()).size).toBe(3);
  });

  it('hands the active service to a neighbour when the active one is removed', () => {
    addService('b');
    addService('c');
    usePlannerStore.setState({ activeServiceId: 's3' });
    removeService('s3');
    expect(state().activeServiceId).toBe('s2');
    usePlannerStore.setState({ activeServiceId: 's1' });
    removeService('s2');
    expect(state().activeServiceId).toBe('s1');
  });

  it('keeps at least one service', () => {
    expect(removeService('s1')).toEqual({
      ok: false,
      reason: 'A planner keeps at least one service.',
    });
    expect(ids()).toEqual(['s1']);
  });

  it('keeps only the last removal, and forgets it on dismiss or start over', () => {
    addService('b');
    addService('c');
    removeService('s2');
    removeService('s3');
    expect(state().removed?.service.name).toBe('c');
    dismissRemoval();
    expect(state().removed).toBeNull();
    addService('d');
    removeService('s2');
    startOver();
    expect(state().removed).toBeNull();
  });

  it(`stops at ${MAX_SERVICES} services, for adding, duplicating and undoing`, () => {
    for (let i = 2; i <= MAX_SERVICES; i++) expect(addService(`svc ${i}`).ok).toBe(true);
    expect(state().services).toHaveLength(MAX_SERVICES);
    expect(addService()).toMatchObject({ ok: false, reason: expect.stringMatching(/at most/) });
    expect(duplicateService('s1').ok).toBe(false);
    removeService('s5');
    addService('replacement');
    expect(undoRemoveService()).toMatchObject({ ok: false });
    expect(state().services).toHaveLength(MAX_SERVICES);
  });

  it('saves the list, in order, but not the removed service', () => {
    addService('b');
    moveService('s2', -1);
    removeService('s1');
    const saved = JSON.parse(localStorage.getItem('rust-or-go') ?? 'null');
    expect(saved.state.services.map((s: { name: string }) => s.name)).toEqual(['b']);
    expect(saved.state).not.toHaveProperty('removed');
  });
});
