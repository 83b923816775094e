/**
 * The planner store: only what the user entered. Recommendations are derived by selectors,
 * never stored. Actions are plain functions outside the hook, as the zustand docs suggest.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Answers } from '../../content';
import { hasWork } from '../domain/inputs';
import { loadedKnowledgeBase, loadedKnowledgeBaseVersion } from './knowledge-base';
import type { PlannerInputs, Service } from '../domain/inputs';
import { createPlannerStorage, keepUnrestored } from './planner-storage';
import { holdOriginal, isHoldingOriginal } from './save-status-store';
import {
  migrateSavedState,
  restorePersisted,
  SAVED_STATE_VERSION,
  type DamagedSave,
  type MigratedSave,
  type SavedState,
} from './saved-state';
import { isViewingSharedPlan, useSharedViewStore } from './shared-view-store';
import { isSavingHeld } from './write-hold';
import {
  dismissReplacedOffer,
  keepReplacedPlan,
  takeReplacedPlan,
  type PlanSnapshot,
} from './replaced-plan';

export const STORAGE_KEY = 'rust-or-go';
export const STORAGE_VERSION = SAVED_STATE_VERSION;

/** The service removed last, and where it stood, so that Undo can put it back. */
export interface RemovedService {
  service: Service;
  index: number;
}

export interface PlannerState extends PlannerInputs {
  activeServiceId: string;
  /**
   * The knowledge-base version the restored answers were saved with; null when nothing was
   * restored. Saved as is until the knowledge base has loaded (see `partialize`).
   */
  kbVersion: string | null;
  /** Set when saved work could not be (fully) restored, for the UI to say so. Not persisted. */
  restoreNotice: string | null;
  /** The last removed service while Undo is offered. In memory only: a reload forgets it. */
  removed: RemovedService | null;
}

export function blankService(id = 's1', name = ''): Service {
  return { id, name, notes: '', answers: {} };
}

export function initialInputs(): PlannerInputs {
  return { teamAnswers: {}, services: [blankService()], weights: {} };
}

/**
 * What `persist` carries between storage and the store: the saved state as written, one
 * `migrate`d from another version, or text that was not a saved state at all (see saved-state.ts).
 */
type PersistedPlanner = Partial<SavedState> | MigratedSave | DamagedSave;

/** The text last read from storage, kept aside if it cannot be restored in full. */
let lastRead: string | null = null;

export const usePlannerStore = create<PlannerState>()(
  persist<PlannerState, [], [], PersistedPlanner>(
    (): PlannerState => ({
      ...initialInputs(),
      activeServiceId: 's1',
      kbVersion: null,
      restoreNotice: null,
      removed: null,
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      // Never throws: a full or blocked storage is reported, and writes wait while a shared
      // plan is on screen or while saved text that could not be copied aside would be lost
      // (see planner-storage.ts).
      storage: createPlannerStorage({
        storage: () => localStorage,
        version: STORAGE_VERSION,
        holdWrites: () => isSavingHeld() || isViewingSharedPlan() || isHoldingOriginal(),
        onRead: (raw) => {
          lastRead = raw;
        },
      }),
      partialize: (state): Partial<SavedState> => ({
        teamAnswers: state.teamAnswers,
        services: state.services,
        weights: state.weights,
        activeServiceId: state.activeServiceId,
        // The knowledge base the answers were given against: today's once it has loaded (no
        // answer can be given before), else the one the restored answers were saved with.
        kbVersion: loadedKnowledgeBaseVersion() ?? state.kbVersion ?? undefined,
      }),
      // Another version's state is brought up to this one step by step (saved-state.ts).
      migrate: (persisted, version) => migrateSavedState(persisted, version),
      // Saved state is validated like any other input; what fails is dropped with a notice, and
      // the text that could not be fully restored is kept aside rather than overwritten — or,
      // when there is no room for a copy, not saved over at all until the person decides.
      merge: (persisted, current) => {
        const next = restoreSaved(persisted, current);
        if (next.restoreNotice !== null && lastRead !== null) {
          if (!keepUnrestored(() => localStorage, STORAGE_KEY, lastRead)) holdOriginal(lastRead);
        }
        return next;
      },
    },
  ),
);

/**
 * Validates what was saved and merges it into the current state, keeping what can be kept.
 * `persisted` is what zustand's `persist` hands over: a state of this version, one `migrate`d
 * from another version, or damaged text.
 */
export function restoreSaved(persisted: unknown, current: PlannerState): PlannerState {
  const outcome = restorePersisted(persisted);
  switch (outcome.kind) {
    case 'nothing':
      return current;
    case 'unreadable':
      return { ...current, restoreNotice: outcome.notice };
    case 'restored':
      return {
        ...current,
        ...outcome.inputs,
        activeServiceId: outcome.activeServiceId,
        kbVersion: outcome.kbVersion,
        restoreNotice: outcome.notice,
      };
  }
}

/**
 * Replaces every input on screen at once, with no questions asked: for showing a shared plan
 * (saving is held meanwhile). Inputs must already be validated. To replace the person's own plan
 * use `replaceOwnPlan`.
 */
export function replaceInputs(inputs: PlannerInputs, activeServiceId?: string): void {
  const active = inputs.services.find((s) => s.id === activeServiceId) ?? inputs.services[0];
  usePlannerStore.setState({
    teamAnswers: inputs.teamAnswers,
    services: inputs.services,
    weights: inputs.weights,
    activeServiceId: active?.id ?? 's1',
  });
}

/** Whether a question is answered once for the whole team rather than per service. */
function isTeamQuestion(questionId: string): boolean {
  return loadedKnowledgeBase().questions.some((q) => q.id === questionId && q.scope === 'team');
}

function updateService(serviceId: string, change: (service: Service) => Service): void {
  usePlannerStore.setState((state) => ({
    services: state.services.map((s) => (s.id === serviceId ? change(s) : s)),
  }));
}

/** Records an answer (or clears it with `undefined`); team questions are shared by all services. */
export function setAnswer(
  serviceId: string,
  questionId: string,
  optionId: string | undefined,
): void {
  const apply = (answers: Answers): Answers => {
    const next: Record<string, string> = { ...answers };
    if (optionId === undefined) delete next[questionId];
    else next[questionId] = optionId;
    return next;
  };
  if (isTeamQuestion(questionId)) {
    usePlannerStore.setState((state) => ({ teamAnswers: apply(state.teamAnswers) }));
  } else {
    updateService(serviceId, (s) => ({ ...s, answers: apply(s.answers) }));
  }
}

export function renameService(serviceId: string, name: string): void {
  updateService(serviceId, (s) => ({ ...s, name }));
}

export function setServiceNotes(serviceId: string, notes: string): void {
  updateService(serviceId, (s) => ({ ...s, notes }));
}

/** Splits a flat answer set into team answers and service answers. */
export function splitAnswers(answers: Answers): { team: Answers; service: Answers } {
  const team: Record<string, string> = {};
  const service: Record<string, string> = {};
  for (const [questionId, optionId] of Object.entries(answers)) {
    (isTeamQuestion(questionId) ? team : service)[questionId] = optionId;
  }
  return { team, service };
}

/**
 * Replaces everything with one blank service, or one started from a preset; returns its id.
 * The plan it replaces stays restorable (see `replaceOwnPlan`); ask first with
 * `replacingNeedsConfirmation`.
 */
export function startOver(presetId?: string): string {
  const preset = presetId
    ? loadedKnowledgeBase().presets.find((p) => p.id === presetId)
    : undefined;
  const { team, service } = splitAnswers(preset?.answers ?? {});
  replaceOwnPlan({
    inputs: {
      teamAnswers: team,
      services: [{ ...blankService('s1', preset?.name ?? ''), answers: service }],
      weights: {},
    },
    activeServiceId: 's1',
  });
  return 's1';
}

/** Remembers which service the user was last working on, for "Continue". */
export function setActiveService(serviceId: string): void {
  if (usePlannerStore.getState().services.some((s) => s.id === serviceId)) {
    usePlannerStore.setState({ activeServiceId: serviceId });
  }
}

export function setWeight(criterionId: string, weight: number): void {
  usePlannerStore.setState((state) => ({ weights: { ...state.weights, [criterionId]: weight } }));
}

/** Puts one criterion back on its default weight. */
export function resetWeight(criterionId: string): void {
  usePlannerStore.setState((state) => {
    const { [criterionId]: _removed, ...rest } = state.weights;
    return { weights: rest };
  });
}

export function resetWeights(): void {
  usePlannerStore.setState({ weights: {} });
}

export function dismissRestoreNotice(): void {
  usePlannerStore.setState({ restoreNotice: null });
}

/** The person's own plan: the one set aside while a shared plan is on screen, else the store's. */
export function getOwnPlan(): PlanSnapshot {
  const view = useSharedViewStore.getState().view;
  if (view) return view.own;
  const state = usePlannerStore.getState();
  return {
    inputs: { teamAnswers: state.teamAnswers, services: state.services, weights: state.weights },
    activeServiceId: state.activeServiceId,
  };
}

/**
 * The rule every replacement follows — a worked example, a shared plan kept as one's own, an
 * imported file, starting over: it needs the person's confirmation when their own plan holds any
 * work (`hasWork`), and the plan it replaces is kept restorable. Screens ask with
 * `replacingNeedsConfirmation` before calling `replaceOwnPlan`.
 */
export function replacingNeedsConfirmation(): boolean {
  return hasWork(getOwnPlan().inputs);
}

/**
 * Makes `next` the person's own plan (closing any shared plan on screen) and saves it. Their
 * previous plan, if it holds any work, is kept for "Restore the plan you replaced" (offered at
 * once unless `offer` is false) — unless `keep` is false: a change that brings back the plan from
 * before it itself, like Undo after adding services, sets nothing aside. Returns whether it was
 * kept.
 */
export function replaceOwnPlan(next: PlanSnapshot, offer = true, keep = true): boolean {
  const own = getOwnPlan();
  const kept = keep && hasWork(own.inputs);
  if (kept) {
    keepReplacedPlan(
      own,
      loadedKnowledgeBaseVersion() ?? usePlannerStore.getState().kbVersion ?? undefined,
      offer,
    );
  }
  useSharedViewStore.setState({ view: null });
  const active = next.inputs.services.find((s) => s.id === next.activeServiceId);
  usePlannerStore.setState({
    ...next.inputs,
    activeServiceId: (active ?? next.inputs.services[0])?.id ?? 's1',
    restoreNotice: null,
    removed: null,
  });
  return kept;
}

/**
 * Puts a replaced plan back — the newest, unless `id` names another of those kept. The plan on
 * screen takes its place in the list, so this can be undone too.
 */
export function restoreReplacedPlan(id?: string): boolean {
  const replaced = takeReplacedPlan(id);
  if (!replaced) return false;
  replaceOwnPlan(replaced);
  dismissReplacedOffer();
  return true;
}
