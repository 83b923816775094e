/** The list of replaced plans: newest first, at most a few, within the browser's storage. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlannerInputs } from '../../src/domain/inputs';
import {
  encodeKeptPlans,
  MAX_KEPT_PLANS,
  readKeptPlans,
  withKeptPlan,
} from '../../src/state/kept-plans';
import {
  replaceOwnPlan,
  restoreReplacedPlan,
  usePlannerStore,
} from '../../src/state/planner-store';
import {
  clearReplacedPlans,
  REPLACED_PLAN_KEY,
  useReplacedPlanStore,
} from '../../src/state/replaced-plan';
import { SAVED_STATE_VERSION } from '../../src/state/saved-state';

const named = (name: string): PlannerInputs => ({
  teamAnswers: {},
  services: [{ id: 's1', name, notes: '', answers: {} }],
  weights: {},
});
const snapshot = (name: string) => ({ inputs: named(name), activeServiceId: 's1' });
const keptNames = () =>
  useReplacedPlanStore.getState().kept.map((k) => k.plan.inputs.services[0]!.name);
const onScreen = () => usePlannerStore.getState().services[0]!.name;

beforeEach(() => {
  replaceOwnPlan({ inputs: named(''), activeServiceId: 's1' }, false, false);
  clearReplacedPlans();
});
afterEach(() => vi.restoreAllMocks());

describe('the list of kept plans (pure)', () => {
  it('puts the newest first and lets the oldest go past the limit, with unique ids', () => {
    let list = withKeptPlan([], { plan: snapshot('a'), kbVersion: '4.0.0', replacedAt: null });
    for (const name of ['b', 'c', 'd', 'e', 'f']) {
      list = withKeptPlan(list, {
        plan: snapshot(name),
        kbVersion: '4.0.0',
        replacedAt: '2026-12-07T23:00:00.000Z',
      });
    }
    expect(list.map((k) => k.plan.inputs.services[0]!.name)).toEqual(['f', 'e', 'd', 'c', 'b']);
    expect(new Set(list.map((k) => k.id)).size).toBe(MAX_KEPT_PLANS);
  });

  it('reads back what it wrote, times and all', () => {
    const list = withKeptPlan([], {
      plan: snapshot('a'),
      kbVersion: '4.0.0',
      replacedAt: '2026-12-07T23:00:00.000Z',
    });
    expect(readKeptPlans(encodeKeptPlans(list))).toEqual(list);
  });

  it('opens the shape kept before there was a list: one plan, its time unknown', () => {
    const old = JSON.stringify({
      state: { ...named('old'), activeServiceId: 's1', kbVersion: '3.0.0' },
      version: SAVED_STATE_VERSION,
    });
    expect(readKeptPlans(old)).toEqual([
      { id: 'p0', replacedAt: null, plan: snapshot('old'), kbVersion: '3.0.0' },
    ]);
  });

  it('leaves out a damaged plan and keeps the others; damaged text is an empty list', () => {
    const list = withKeptPlan([], { plan: snapshot('a'), kbVersion: '4.0.0', replacedAt: null });
    const text = JSON.parse(encodeKeptPlans(list)) as { plans: unknown[] };
    text.plans.unshift({ id: 'p9', replacedAt: 'x', saved: { state: 42 } }, '__proto__');
    expect(readKeptPlans(JSON.stringify(text)).map((k) => k.plan)).toEqual([snapshot('a')]);
    for (const raw of ['{', '[]', 'null', '{"plans":{}}', ''])
      expect(readKeptPlans(raw)).toEqual([]);
  });
});

describe('replacing and restoring with several kept plans', () => {
  it('keeps every replacement, newest first, and restores any of them by its id', () => {
    for (const name of ['x', 'y', 'z', 'now'])
      replaceOwnPlan({ inputs: named(name), activeServiceId: 's1' });
    expect(keptNames()).toEqual(['z', 'y', 'x']);
    const x = useReplacedPlanStore.getState().kept[2]!;
    expect(restoreReplacedPlan(x.id)).toBe(true);
    expect(onScreen()).toBe('x');
    // The plan on screen took its place, as the newest.
    expect(keptNames()).toEqual(['now', 'z', 'y']);
    expect(readKeptPlans(localStorage.getItem(REPLACED_PLAN_KEY)).length).toBe(3);
    expect(restoreReplacedPlan('p-none')).toBe(false);
  });

  it('keeps at most the limit, the oldest going first', () => {
    const names = Array.from({ length: MAX_KEPT_PLANS + 3 }, (_, i) => `plan ${i}`);
    for (const name of names) replaceOwnPlan({ inputs: named(name), activeServiceId: 's1' });
    expect(keptNames()).toEqual(names.slice(0, -1).reverse().slice(0, MAX_KEPT_PLANS));
  });

  it('when the storage is full, keeps in it as many of the newest as fit, the rest in memory', () => {
    for (const name of ['x', 'y', 'z'])
      replaceOwnPlan({ inputs: named(name), activeServiceId: 's1' });
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      // Room for two plans, no more.
      if (key === REPLACED_PLAN_KEY && (JSON.parse(value) as { plans: [] }).plans.length > 2) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    });
    replaceOwnPlan({ inputs: named('w'), activeServiceId: 's1' });
    expect(keptNames()).toEqual(['z', 'y', 'x']);
    expect(useReplacedPlanStore.getState().inBrowser).toBe(2);
    expect(
      readKeptPlans(localStorage.getItem(REPLACED_PLAN_KEY)).map(
        (k) => k.plan.inputs.services[0]!.name,
      ),
    ).toEqual(['z', 'y']);
  });

  it('with no room at all, keeps them in memory, still restorable', () => {
    replaceOwnPlan({ inputs: named('x'), activeServiceId: 's1' });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    replaceOwnPlan({ inputs: named('y'), activeServiceId: 's1' });
    expect(useReplacedPlanStore.getState()).toMatchObject({ inBrowser: 0, offered: true });
    expect(restoreReplacedPlan()).toBe(true);
    expect(onScreen()).toBe('x');
  });
});
