import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, usePlannerStore } from '../../src/state/planner-store';
import savedV1 from './fixtures/saved-v1.json';

/**
 * What the first release saved in the browser (storage version 1), byte for byte. A newer
 * build must open it with every service, answer, weight and the active service intact.
 */
describe('state saved by version 1', () => {
  it('opens without loss', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(savedV1));
    await usePlannerStore.persist.rehydrate();
    const state = usePlannerStore.getState();
    expect(state.restoreNotice).toBeNull();
    expect(state.teamAnswers).toEqual(savedV1.state.teamAnswers);
    expect(state.services).toEqual(savedV1.state.services);
    expect(state.weights).toEqual(savedV1.state.weights);
    expect(state.activeServiceId).toBe('s2');
    expect(state.removed).toBeNull();
  });
});
