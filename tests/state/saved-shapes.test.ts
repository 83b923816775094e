import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getKnowledgeBase, releasedVersions } from '../../content';
import {
  renameService,
  restoreSaved,
  startOver,
  STORAGE_KEY,
  usePlannerStore,
  type PlannerState,
} from '../../src/state/planner-store';
import { UNRESTORED_KEY_SUFFIX } from '../../src/state/planner-storage';
import {
  DamagedSave,
  migrateSavedState,
  MigratedSave,
  SAVED_STATE_VERSION,
} from '../../src/state/saved-state';
import { releaseOriginal, useSaveStatusStore } from '../../src/state/save-status-store';
import { encodeKeptPlans, readKeptPlans } from '../../src/state/kept-plans';
import replacedV1 from './fixtures/replaced-v1.json';
import replacedV2 from './fixtures/replaced-v2.json';
import savedV1 from './fixtures/saved-v1.json';
import savedV2 from './fixtures/saved-v2.json';

/** The knowledge-base versions released so far (one list, in content): version 2 saves were written with each. */
const RELEASED_KB_VERSIONS = releasedVersions;

async function reopen(raw: string): Promise<PlannerState> {
  localStorage.setItem(STORAGE_KEY, raw);
  await usePlannerStore.persist.rehydrate();
  return usePlannerStore.getState();
}

const inputsOf = (state: { teamAnswers: unknown; services: unknown; weights: unknown }) => ({
  teamAnswers: state.teamAnswers,
  services: state.services,
  weights: state.weights,
});

describe('every shape the planner has ever saved keeps opening', () => {
  beforeEach(() => {
    startOver();
    localStorage.clear();
    releaseOriginal();
  });

  it('version 1 (no knowledge-base version): migrated to the current version, nothing lost', async () => {
    const state = await reopen(JSON.stringify(savedV1));
    expect(state.restoreNotice).toBeNull();
    expect(inputsOf(state)).toEqual(inputsOf(savedV1.state));
    expect(state.activeServiceId).toBe('s2');
    // Migrated state is saved again at once, in the current version.
    const written = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as typeof savedV2;
    expect(written.version).toBe(SAVED_STATE_VERSION);
    expect(inputsOf(written.state)).toEqual(inputsOf(savedV1.state));
  });

  it.each(RELEASED_KB_VERSIONS)(
    'version 2 written with knowledge base %s: restored as it was, its version kept',
    async (kbVersion) => {
      const raw = JSON.stringify({ ...savedV2, state: { ...savedV2.state, kbVersion } });
      const state = await reopen(raw);
      expect(state.restoreNotice).toBeNull();
      expect(inputsOf(state)).toEqual(inputsOf(savedV2.state));
      expect(state.kbVersion).toBe(kbVersion);
      // Not migrated, so not written back: the text is untouched until the person changes it.
      expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
    },
  );

  it('an envelope without a version: read as the oldest shape', async () => {
    const state = await reopen(JSON.stringify({ state: savedV1.state }));
    expect(state.restoreNotice).toBeNull();
    expect(inputsOf(state)).toEqual(inputsOf(savedV1.state));
  });

  it('a newer version: keeps what it can, says so, and keeps the original aside', async () => {
    const raw = JSON.stringify({
      state: { ...savedV2.state, portfolioOrder: ['s2', 's1'] },
      version: SAVED_STATE_VERSION + 1,
    });
    const state = await reopen(raw);
    expect(state.restoreNotice).toMatch(/newer version/);
    expect(inputsOf(state)).toEqual(inputsOf(savedV2.state));
    expect(localStorage.getItem(STORAGE_KEY + UNRESTORED_KEY_SUFFIX)).toBe(raw);
  });

  it('damaged text: starts fresh, says so, and keeps the text aside', async () => {
    const state = await reopen('{"state": {"services": [');
    expect(state.restoreNotice).toMatch(/could not be read/);
    expect(localStorage.getItem(STORAGE_KEY + UNRESTORED_KEY_SUFFIX)).toBe(
      '{"state": {"services": [',
    );
  });

  it('recovers service by service: one broken service costs only itself', async () => {
    const services = [
      ...savedV2.state.services,
      { id: 's3', name: 7, notes: '', answers: {} },
      { id: 's1', name: 'same id as the first', notes: '', answers: {} },
    ];
    const state = await reopen(
      JSON.stringify({ ...savedV2, state: { ...savedV2.state, services } }),
    );
    expect(state.services.map((s) => [s.id, s.name])).toEqual([
      ['s1', 'billing-api'],
      ['s2', 'Payments “edge” <svc>'],
      ['s3', ''],
      ['s4', 'same id as the first'],
    ]);
    expect(state.restoreNotice).toMatch(/1 service name could not be read/);
  });

  it('with no room to keep a shortened original aside, saves nothing over it', async () => {
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (key.endsWith(UNRESTORED_KEY_SUFFIX)) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    const long = { ...savedV2.state.services[0]!, name: 'x'.repeat(600) };
    const raw = JSON.stringify({ ...savedV2, state: { ...savedV2.state, services: [long] } });
    await reopen(raw);
    expect(useSaveStatusStore.getState().heldOriginal).toBe(raw);
    renameService('s1', 'edited');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
    releaseOriginal();
    renameService('s1', 'edited again');
    expect(localStorage.getItem(STORAGE_KEY)).toContain('edited again');
    vi.restoreAllMocks();
  });
});

describe('persist options', () => {
  const current = (): PlannerState => ({
    ...usePlannerStore.getInitialState(),
    restoreNotice: null,
  });

  it('migrate brings each older version up step by step and passes newer ones through', () => {
    expect(migrateSavedState(savedV1.state, 1)).toEqual(
      new MigratedSave({ kbVersion: '1.0.0', ...savedV1.state }, 1),
    );
    expect(migrateSavedState({ a: 1 }, SAVED_STATE_VERSION + 1)).toEqual(
      new MigratedSave({ a: 1 }, SAVED_STATE_VERSION + 1),
    );
  });

  it('merge validates whatever it is given, and never throws', () => {
    for (const persisted of [undefined, null, 7, 'text', [], {}, new DamagedSave('{')]) {
      expect(() => restoreSaved(persisted, current())).not.toThrow();
    }
    expect(restoreSaved(new DamagedSave('{'), current()).restoreNotice).toMatch(/could not/);
    const merged = restoreSaved(migrateSavedState(savedV1.state, 1), current());
    expect(merged.kbVersion).toBe('1.0.0');
    expect(merged.services).toEqual(savedV1.state.services);
  });

  it('records the knowledge-base version of today once it has loaded', () => {
    renameService('s1', 'now');
    const written = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as typeof savedV2;
    expect(written.state.kbVersion).toBe(getKnowledgeBase().version);
  });
});

describe('every shape the replaced plans were ever kept in keeps opening', () => {
  it('one plan, as a saved-state envelope (before several were kept): one plan, its time unknown', () => {
    const kept = readKeptPlans(JSON.stringify(replacedV1));
    expect(kept).toHaveLength(1);
    expect(kept[0]!.replacedAt).toBeNull();
    expect(inputsOf(kept[0]!.plan.inputs)).toEqual(inputsOf(replacedV1.state));
    expect(kept[0]!.plan.activeServiceId).toBe(replacedV1.state.activeServiceId);
  });

  it('version 2, a list newest first: every plan with its time', () => {
    const kept = readKeptPlans(JSON.stringify(replacedV2));
    expect(kept.map((k) => k.replacedAt)).toEqual(replacedV2.plans.map((p) => p.replacedAt));
    expect(kept.map((k) => inputsOf(k.plan.inputs))).toEqual(
      replacedV2.plans.map((p) => inputsOf(p.saved.state)),
    );
    // Written again, it reads back the same.
    expect(readKeptPlans(encodeKeptPlans(kept))).toEqual(kept);
  });
});
