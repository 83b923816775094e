import { beforeEach, describe, expect, it } from 'vitest';
import type { PlannerInputs } from '../../src/domain/inputs';
import type { OpenedPlan } from '../../src/domain/opened-plan';
import {
  getOwnPlan,
  renameService,
  replaceOwnPlan,
  replacingNeedsConfirmation,
  restoreReplacedPlan,
  startOver,
  STORAGE_KEY,
  usePlannerStore,
} from '../../src/state/planner-store';
import { takeOverOtherTabSave, useTabSyncStore } from '../../src/state/plan-sync';
import {
  clearReplacedPlans,
  REPLACED_PLAN_KEY,
  useReplacedPlanStore,
} from '../../src/state/replaced-plan';
import {
  dismissSaveProblem,
  reportSaveProblem,
  SAVE_PROBLEM_QUIET_MS,
  useSaveStatusStore,
} from '../../src/state/save-status-store';
import { closeSharedPlan, openSharedPlan } from '../../src/state/shared-plan';
import { useSharedViewStore } from '../../src/state/shared-view-store';

const mine: PlannerInputs = {
  teamAnswers: {},
  services: [{ id: 's1', name: 'mine', notes: '', answers: {} }],
  weights: {},
};
const plan = (inputs: PlannerInputs): OpenedPlan => ({
  inputs,
  authorVerdicts: inputs.services.map(() => null),
  kbVersion: '1.0.0',
  formatVersion: 1,
  dropped: [],
});
const names = () => usePlannerStore.getState().services.map((s) => s.name);

describe('replacing the person’s plan', () => {
  beforeEach(() => {
    closeSharedPlan();
    startOver();
    clearReplacedPlans();
    localStorage.clear();
  });

  it('needs confirmation for any work: a name, a note, an answer, a weight, a second service', () => {
    expect(replacingNeedsConfirmation()).toBe(false);
    for (const work of [
      { services: [{ id: 's1', name: '', notes: 'a note', answers: {} }] },
      { weights: { latency: 3 } },
      { services: [...mine.services, { id: 's2', name: '', notes: '', answers: {} }] },
    ]) {
      startOver();
      usePlannerStore.setState(work);
      expect(replacingNeedsConfirmation()).toBe(true);
    }
  });

  it('asks about the person’s own plan, not a shared plan on screen', () => {
    replaceOwnPlan({ inputs: mine, activeServiceId: 's1' });
    openSharedPlan('empty', plan({ ...mine, services: [{ ...mine.services[0]!, name: '' }] }));
    expect(replacingNeedsConfirmation()).toBe(true);
    expect(getOwnPlan().inputs).toEqual(mine);
  });

  it('keeps the replaced plan, in this browser too, and restores it in one step', () => {
    replaceOwnPlan({ inputs: mine, activeServiceId: 's1' });
    startOver();
    expect(names()).toEqual(['']);
    expect(useReplacedPlanStore.getState()).toMatchObject({ offered: true, inBrowser: 1 });
    expect(localStorage.getItem(REPLACED_PLAN_KEY)).toContain('"mine"');
    expect(restoreReplacedPlan()).toBe(true);
    expect(names()).toEqual(['mine']);
  });

  it('swaps on restore, so restoring loses nothing either', () => {
    replaceOwnPlan({ inputs: mine, activeServiceId: 's1' });
    replaceOwnPlan({
      inputs: { ...mine, services: [{ ...mine.services[0]!, name: 'theirs' }] },
      activeServiceId: 's1',
    });
    restoreReplacedPlan();
    expect(names()).toEqual(['mine']);
    restoreReplacedPlan();
    expect(names()).toEqual(['theirs']);
  });
});

describe('another tab’s save', () => {
  const savedBy = (inputs: PlannerInputs) =>
    JSON.stringify({
      state: { ...inputs, activeServiceId: 's1', kbVersion: '1.0.0' },
      version: 2,
    });

  beforeEach(() => {
    closeSharedPlan();
    startOver();
    useTabSyncStore.setState({ notice: null });
  });

  it('is taken over, said, and not written back', () => {
    renameService('s1', 'older');
    const newer = savedBy({ ...mine, services: [{ ...mine.services[0]!, name: 'newer' }] });
    localStorage.setItem(STORAGE_KEY, newer);
    takeOverOtherTabSave(newer);
    expect(names()).toEqual(['newer']);
    expect(useTabSyncStore.getState().notice).toBe('updated');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('updates the own plan waiting behind a shared plan, for "Back to my answers"', () => {
    renameService('s1', 'older');
    openSharedPlan('x', plan({ ...mine, services: [{ ...mine.services[0]!, name: 'theirs' }] }));
    const newer = savedBy({ ...mine, services: [{ ...mine.services[0]!, name: 'newer' }] });
    localStorage.setItem(STORAGE_KEY, newer);
    takeOverOtherTabSave(newer);
    expect(names()).toEqual(['theirs']);
    closeSharedPlan();
    expect(useSharedViewStore.getState().view).toBeNull();
    expect(names()).toEqual(['newer']);
  });
});

describe('the storage-full warning', () => {
  it('comes back a while after Dismiss while saving still fails', () => {
    reportSaveProblem(null);
    reportSaveProblem('quota', 0);
    dismissSaveProblem(1000);
    reportSaveProblem('quota', 1000 + SAVE_PROBLEM_QUIET_MS - 1);
    expect(useSaveStatusStore.getState().dismissed).toBe(true);
    reportSaveProblem('quota', 1000 + SAVE_PROBLEM_QUIET_MS);
    expect(useSaveStatusStore.getState().dismissed).toBe(false);
  });
});
