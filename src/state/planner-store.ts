/**
 * The planner store: only what the user entered. Recommendations are derived by selectors,
 * never stored. Actions are plain functions outside the hook, as the zustand docs suggest.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Answers } from '../../content';
import { getKnowledgeBase } from './knowledge-base';
import type { PlannerInputs, Service } from './planner-schema';
import { createPlannerStorage, keepUnrestored } from './planner-storage';
import { readSavedState, restoreState, SAVED_STATE_VERSION } from './saved-state';
import { isViewingSharedPlan, useSharedViewStore } from './shared-view-store';

export const STORAGE_KEY = 'rust-or-go';
export const STORAGE_VERSION = SAVED_STATE_VERSION;

/** The service removed last, and where it stood, so that Undo can put it back. */
export interface RemovedService {
  service: Service;
  index: number;
}

export interface PlannerState extends PlannerInputs {
  activeServiceId: string;
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

export const usePlannerStore = create<PlannerState>()(
  persist(
    (): PlannerState => ({
      ...initialInputs(),
      activeServiceId: 's1',
      restoreNotice: null,
      removed: null,
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      // Never throws: a full or blocked storage is reported, and writes wait while a shared
      // plan is on screen (see planner-storage.ts).
      storage: createPlannerStorage({
        storage: () => localStorage,
        version: STORAGE_VERSION,
        holdWrites: isViewingSharedPlan,
      }),
      partialize: (state): PlannerInputs & { activeServiceId: string; kbVersion: string } => ({
        teamAnswers: state.teamAnswers,
        services: state.services,
        weights: state.weights,
        activeServiceId: state.activeServiceId,
        kbVersion: getKnowledgeBase().version,
      }),
      // Saved state is validated like any other input; what fails is dropped with a notice, and
      // the text that could not be fully restored is kept aside rather than overwritten.
      merge: (persisted, current) => {
        const next = restoreSaved(persisted, current);
        if (next.restoreNotice !== null && typeof persisted === 'string') {
          keepUnrestored(() => localStorage, STORAGE_KEY, persisted);
        }
        return next;
      },
    },
  ),
);

/**
 * Validates what was saved and merges it into the current state, keeping what can be kept.
 * `persisted` is the saved text (as the planner storage reads it) or an already parsed state.
 */
export function restoreSaved(persisted: unknown, current: PlannerState): PlannerState {
  if (persisted === undefined || persisted === null) return current;
  const outcome =
    typeof persisted === 'string'
      ? readSavedState(persisted)
      : restoreState(persisted, STORAGE_VERSION);
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
        restoreNotice: outcome.notice,
      };
  }
}

/**
 * Replaces every input at once (a shared plan, an imported file). Inputs must already be
 * validated. Saved as usual, unless a shared plan is on screen.
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
  return getKnowledgeBase().questions.some((q) => q.id === questionId && q.scope === 'team');
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

/** Replaces everything with one blank service, or one started from a preset; returns its id. */
export function startOver(presetId?: string): string {
  const preset = presetId ? getKnowledgeBase().presets.find((p) => p.id === presetId) : undefined;
  const { team, service } = splitAnswers(preset?.answers ?? {});
  // Starting over replaces the person's own work, so a shared plan on screen is closed first.
  useSharedViewStore.setState({ view: null });
  usePlannerStore.setState({
    teamAnswers: team,
    services: [{ ...blankService('s1', preset?.name ?? ''), answers: service }],
    weights: {},
    activeServiceId: 's1',
    restoreNotice: null,
    removed: null,
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
