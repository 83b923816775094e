import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PlannerInputs, MAX_SERVICES } from '../../src/domain/inputs';
import type { OpenedPlan } from '../../src/domain/opened-plan';
import { appendServices } from '../../src/domain/append-services';
import {
  addServicesToOwnPlan,
  addSharedServices,
  undoAddedServices,
  useAddedServicesStore,
} from '../../src/state/add-services';
import { takeOverOtherTabSave } from '../../src/state/plan-sync';
import {
  getOwnPlan,
  replaceOwnPlan,
  restoreReplacedPlan,
  startOver,
  STORAGE_KEY,
  usePlannerStore,
} from '../../src/state/planner-store';
import {
  clearReplacedPlans,
  REPLACED_PLAN_KEY,
  useReplacedPlanStore,
} from '../../src/state/replaced-plan';
import { reportSaveProblem, useSaveStatusStore } from '../../src/state/save-status-store';
import { closeSharedPlan, openSharedPlan } from '../../src/state/shared-plan';
import { useSharedViewStore } from '../../src/state/shared-view-store';

const mine: PlannerInputs = {
  teamAnswers: { 'team-fluency': 'rust' },
  services: [
    { id: 's1', name: 'Billing API', notes: 'my notes', answers: { 'workload-kind': 'crud-api' } },
    { id: 's3', name: 'edge', notes: '', answers: {} },
  ],
  weights: { 'memory-safety': 4 },
};
const theirs: PlannerInputs = {
  teamAnswers: { 'team-fluency': 'go' },
  services: [
    { id: 's1', name: 'billing api ', notes: '', answers: { 'workload-kind': 'auth-crypto' } },
    { id: 's2', name: 'Gateway', notes: 'theirs', answers: { bottleneck: 'io' } },
  ],
  weights: {},
};
const opened = (inputs: PlannerInputs): OpenedPlan => ({
  inputs,
  authorVerdicts: inputs.services.map(() => null),
  kbVersion: '3.0.0',
  formatVersion: 1,
  dropped: [],
});
const state = () => usePlannerStore.getState();
const saved = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { state: PlannerInputs };

beforeEach(() => {
  closeSharedPlan();
  startOver();
  clearReplacedPlans();
  useAddedServicesStore.setState({ added: null });
  localStorage.clear();
  reportSaveProblem(null);
  replaceOwnPlan({ inputs: mine, activeServiceId: 's3' });
  clearReplacedPlans();
  localStorage.removeItem(REPLACED_PLAN_KEY);
});
afterEach(() => vi.restoreAllMocks());

describe('appending another plan’s services (domain)', () => {
  it('keeps the own services, ids, team answers and weights, and gives colliding ids fresh ones', () => {
    const outcome = appendServices(mine, theirs);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { inputs, added } = outcome.value;
    expect(inputs.services.slice(0, 2)).toEqual(mine.services);
    expect(inputs.teamAnswers).toEqual(mine.teamAnswers);
    expect(inputs.weights).toEqual(mine.weights);
    const ids = inputs.services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(added.map((s) => s.name)).toEqual(['billing api ', 'Gateway']);
    // The shared “s1” meets the own “s1” and gets the first id free in both plans.
    expect(added.map((s) => s.id)).toEqual(['s4', 's2']);
    expect(ids.slice(2)).not.toContain('s1');
    expect(inputs.services.slice(2).map((s) => s.answers)).toEqual(
      theirs.services.map((s) => s.answers),
    );
    expect(added.map((s) => s.sameNameAsOwn)).toEqual([true, false]);
    expect(outcome.value).toMatchObject({ weightsDiffer: true, teamAnswersDiffer: true });
  });

  it('adds only the chosen services, and refuses past the limit or for an unknown id', () => {
    const one = appendServices(mine, theirs, ['s2']);
    expect(one.ok && one.value.added.map((s) => s.name)).toEqual(['Gateway']);
    expect(appendServices(mine, theirs, ['s9']).ok).toBe(false);
    const full = {
      ...mine,
      services: Array.from({ length: MAX_SERVICES - 1 }, (_, i) => ({
        id: `s${i + 1}`,
        name: '',
        notes: '',
        answers: {},
      })),
    };
    expect(appendServices(full, theirs).ok).toBe(false);
    expect(appendServices(full, theirs, ['s2']).ok).toBe(true);
  });

  it('lets a blank own plan give way rather than keep an empty service in front', () => {
    const blank = {
      teamAnswers: {},
      services: [{ id: 's1', name: '', notes: '', answers: {} }],
      weights: {},
    };
    const outcome = appendServices(blank, theirs);
    expect(outcome.ok && outcome.value.inputs.services.map((s) => s.id)).toEqual(['s1', 's2']);
  });
});

describe('adding a shared plan’s services to the own plan', () => {
  it('appends them to the own plan, not the shared one, closes it and saves', () => {
    openSharedPlan('payload', opened(theirs));
    const outcome = addSharedServices();
    expect(outcome.ok).toBe(true);
    expect(useSharedViewStore.getState().view).toBeNull();
    const { services, teamAnswers, weights } = state();
    expect(services.map((s) => s.name)).toEqual(['Billing API', 'edge', 'billing api ', 'Gateway']);
    expect(services.slice(0, 2)).toEqual(mine.services);
    expect(new Set(services.map((s) => s.id)).size).toBe(4);
    expect(teamAnswers).toEqual(mine.teamAnswers);
    expect(weights).toEqual(mine.weights);
    expect(state().activeServiceId).toBe(services[2]!.id);
    expect(saved().state.services.map((s) => s.name)).toEqual(services.map((s) => s.name));
    expect(useAddedServicesStore.getState().added).toMatchObject({
      from: 'link',
      before: { inputs: mine, activeServiceId: 's3' },
      weightsDiffer: true,
      teamAnswersDiffer: true,
    });
    // Adding says so itself: the replaced-plan notice is not offered on top.
    expect(useReplacedPlanStore.getState().offered).toBe(false);
  });

  it('leaves the kept replaced plans as they were: a plan replaced before stays restorable', () => {
    const x = useReplacedPlanStore.getState().kept;
    replaceOwnPlan({ inputs: theirs, activeServiceId: 's1' });
    const kept = useReplacedPlanStore.getState().kept;
    expect(kept.map((k) => k.plan.inputs)).toEqual([mine, ...x.map((k) => k.plan.inputs)]);
    addServicesToOwnPlan(mine, 'link');
    expect(useReplacedPlanStore.getState().kept).toBe(kept);
    expect(restoreReplacedPlan(kept[0]!.id)).toBe(true);
    expect(state().services).toEqual(mine.services);
  });

  it('adds the shared plan as edited on screen, one service when asked', () => {
    openSharedPlan('payload', opened(theirs));
    usePlannerStore.setState({
      services: state().services.map((s) => (s.id === 's2' ? { ...s, name: 'Gateway v2' } : s)),
    });
    addSharedServices(['s2']);
    expect(state().services.map((s) => s.name)).toEqual(['Billing API', 'edge', 'Gateway v2']);
  });

  it('undoes: the own plan comes back as it was, and the plan with the additions stays restorable', () => {
    openSharedPlan('payload', opened(theirs));
    addSharedServices();
    const withAdded = state().services;
    expect(undoAddedServices()).toBe(true);
    expect(getOwnPlan()).toEqual({ inputs: mine, activeServiceId: 's3' });
    expect(saved().state.services).toEqual(mine.services);
    expect(useAddedServicesStore.getState().added).toBeNull();
    expect(restoreReplacedPlan()).toBe(true);
    expect(state().services).toEqual(withAdded);
  });

  it('appends to the newest own plan, another tab’s save included', () => {
    openSharedPlan('payload', opened(theirs));
    const newer = { ...mine, services: [{ ...mine.services[0]!, name: 'renamed elsewhere' }] };
    takeOverOtherTabSave(
      JSON.stringify({ state: { ...newer, activeServiceId: 's1' }, version: 2 }),
    );
    addSharedServices();
    expect(state().services.map((s) => s.name)).toEqual([
      'renamed elsewhere',
      'billing api ',
      'Gateway',
    ]);
  });

  it('keeps the additions in memory and says the save failed when the storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    addServicesToOwnPlan(theirs, 'file');
    expect(state().services).toHaveLength(4);
    expect(useSaveStatusStore.getState().problem).toBe('quota');
    // Adding replaces nothing: the kept plans are as they were, and Undo needs none of them.
    expect(useReplacedPlanStore.getState().kept).toEqual([]);
    undoAddedServices();
    expect(state().services).toEqual(mine.services);
  });

  it('changes nothing when the plan would pass the limit', () => {
    const many = {
      ...theirs,
      services: Array.from({ length: MAX_SERVICES - 1 }, (_, i) => ({
        id: `s${i + 1}`,
        name: `n${i}`,
        notes: '',
        answers: {},
      })),
    };
    const before = localStorage.getItem(STORAGE_KEY);
    expect(addServicesToOwnPlan(many, 'file').ok).toBe(false);
    expect(getOwnPlan().inputs).toEqual(mine);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
    expect(useAddedServicesStore.getState().added).toBeNull();
  });

  it('goes away when a later replacement takes the kept plan’s place', () => {
    addServicesToOwnPlan(theirs, 'file');
    startOver();
    expect(useAddedServicesStore.getState().added).toBeNull();
  });
});
