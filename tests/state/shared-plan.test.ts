import { beforeEach, describe, expect, it } from 'vitest';
import type { PlannerInputs } from '../../src/domain/inputs';
import type { OpenedPlan } from '../../src/domain/opened-plan';
import {
  renameService,
  setAnswer,
  startOver,
  usePlannerStore,
  STORAGE_KEY,
} from '../../src/state/planner-store';
import {
  closeSharedPlan,
  getOwnInputs,
  keepSharedPlan,
  openPlanFromFile,
  openSharedPlan,
} from '../../src/state/shared-plan';
import { useSharedViewStore } from '../../src/state/shared-view-store';

const shared: PlannerInputs = {
  teamAnswers: { 'team-fluency': 'rust' },
  services: [
    { id: 's1', name: 'auth', notes: '', answers: { 'workload-kind': 'auth-crypto' } },
    { id: 's4', name: 'edge', notes: '', answers: { 'workload-kind': 'edge-worker' } },
  ],
  weights: {},
};
const plan: OpenedPlan = {
  inputs: shared,
  authorVerdicts: [null, null],
  kbVersion: '1.0.0',
  formatVersion: 1,
  dropped: [],
};
const savedText = () => localStorage.getItem(STORAGE_KEY) ?? '';
const inputsNow = () => {
  const { teamAnswers, services, weights } = usePlannerStore.getState();
  return { teamAnswers, services, weights };
};

describe('a shared plan', () => {
  beforeEach(() => {
    startOver();
    renameService('s1', 'my own service');
    setAnswer('s1', 'deadline', 'weeks');
  });

  it('shows the link’s plan without touching the saved work', () => {
    const before = savedText();
    openSharedPlan('payload-1', plan);
    expect(inputsNow()).toEqual(shared);
    // Changes made while looking are not saved either.
    setAnswer('s1', 'deadline', 'months');
    expect(savedText()).toBe(before);
    expect(getOwnInputs().services[0]?.name).toBe('my own service');
  });

  it('does nothing when the same link is opened again', () => {
    openSharedPlan('payload-1', plan);
    setAnswer('s1', 'deadline', 'months');
    openSharedPlan('payload-1', plan);
    expect(usePlannerStore.getState().services[0]?.answers.deadline).toBe('months');
  });

  it('keeps the person’s own work aside across a second link', () => {
    openSharedPlan('payload-1', plan);
    openSharedPlan('payload-2', {
      ...plan,
      inputs: { ...shared, services: [shared.services[1]!] },
    });
    closeSharedPlan();
    expect(usePlannerStore.getState().services[0]?.name).toBe('my own service');
  });

  it('goes back to the person’s own work exactly', () => {
    const own = inputsNow();
    openSharedPlan('payload-1', plan);
    closeSharedPlan();
    expect(inputsNow()).toEqual(own);
    expect(useSharedViewStore.getState().view).toBeNull();
  });

  it('becomes the person’s own, and is saved, when they keep a copy', () => {
    openSharedPlan('payload-1', plan);
    keepSharedPlan();
    expect(useSharedViewStore.getState().view).toBeNull();
    expect(inputsNow()).toEqual(shared);
    expect(savedText()).toContain('edge-worker');
    expect(getOwnInputs()).toEqual(shared);
  });

  it('is closed by starting over, which replaces the person’s work as the landing page warns', () => {
    openSharedPlan('payload-1', plan);
    startOver();
    expect(useSharedViewStore.getState().view).toBeNull();
    setAnswer('s1', 'bottleneck', 'io');
    expect(savedText()).toContain('"bottleneck":"io"');
  });

  it('is closed by opening a file, which replaces the person’s work and is saved', () => {
    openSharedPlan('payload-1', plan);
    openPlanFromFile({ ...plan, inputs: { ...shared, services: [shared.services[0]!] } });
    expect(useSharedViewStore.getState().view).toBeNull();
    expect(usePlannerStore.getState().services.map((s) => s.name)).toEqual(['auth']);
    expect(savedText()).toContain('auth-crypto');
  });
});
