import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setAnswer, startOver, usePlannerStore, STORAGE_KEY } from '../../src/state/planner-store';
import { createPlannerStorage, UNRESTORED_KEY_SUFFIX } from '../../src/state/planner-storage';
import { DamagedSave } from '../../src/state/saved-state';
import { useSaveStatusStore } from '../../src/state/save-status-store';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('saving when storage fails', () => {
  beforeEach(() => {
    startOver();
    useSaveStatusStore.setState({ problem: null, dismissed: false });
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps the answers in memory and reports a full storage, without throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaError();
    });
    expect(() => setAnswer('s1', 'deadline', 'weeks')).not.toThrow();
    expect(usePlannerStore.getState().services[0]?.answers).toEqual({ deadline: 'weeks' });
    expect(useSaveStatusStore.getState().problem).toBe('quota');
  });

  it('reports a blocked storage as unavailable', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Access denied', 'SecurityError');
    });
    setAnswer('s1', 'deadline', 'weeks');
    expect(useSaveStatusStore.getState().problem).toBe('unavailable');
  });

  it('clears the problem once a save succeeds again', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaError();
    });
    setAnswer('s1', 'deadline', 'weeks');
    spy.mockRestore();
    setAnswer('s1', 'deadline', 'months');
    expect(useSaveStatusStore.getState().problem).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toContain('months');
  });

  it('skips writes while they are held, and reads the envelope back for persist to migrate', () => {
    let hold = true;
    const storage = createPlannerStorage<unknown>({
      storage: () => localStorage,
      version: 2,
      holdWrites: () => hold,
    });
    void storage.setItem('key', { state: { a: 1 }, version: 2 });
    expect(localStorage.getItem('key')).toBeNull();
    hold = false;
    void storage.setItem('key', { state: { a: 1 }, version: 2 });
    expect(storage.getItem('key')).toEqual({ state: { a: 1 }, version: 2 });
    localStorage.setItem('key', '{"state":{"a":1}}');
    expect(storage.getItem('key')).toEqual({ state: { a: 1 }, version: 0 });
  });

  it('reads damaged text as such, for the store to report', () => {
    const storage = createPlannerStorage<unknown>({
      storage: () => localStorage,
      version: 2,
      holdWrites: () => false,
    });
    for (const damaged of ['{"state": {', '[1,2]', '{"state": "text"}', 'null']) {
      localStorage.setItem('key', damaged);
      expect(storage.getItem('key')).toEqual({ state: new DamagedSave(damaged), version: 2 });
    }
  });

  it('reads nothing, and says saving is unavailable, when storage cannot be reached', () => {
    const storage = createPlannerStorage<unknown>({
      storage: () => {
        throw new DOMException('Access denied', 'SecurityError');
      },
      version: 2,
      holdWrites: () => false,
    });
    expect(storage.getItem('key')).toBeNull();
    expect(useSaveStatusStore.getState().problem).toBe('unavailable');
  });
});

describe('restoring on start', () => {
  it('keeps a copy of saved text it could not fully restore', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"services": [');
    await usePlannerStore.persist.rehydrate();
    expect(usePlannerStore.getState().restoreNotice).toMatch(/could not be read/);
    expect(localStorage.getItem(STORAGE_KEY + UNRESTORED_KEY_SUFFIX)).toBe(
      '{"state": {"services": [',
    );
  });
});
