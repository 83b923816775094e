/**
 * The planner store: only what the user entered. Recommendations are derived by selectors,
 * never stored. Actions are plain functions outside the hook, as the zustand docs suggest.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Answers } from '../../content';
import { getKnowledgeBase } from './knowledge-base';
import { PlannerInputsSchema, type PlannerInputs, type Service } from './planner-schema';

export const STORAGE_KEY = 'rust-or-go';
export const STORAGE_VERSION = 1;

export interface PlannerState extends PlannerInputs {
  activeServiceId: string;
  /** Set when saved work could not be (fully) restored, for the UI to say so. Not persisted. */
  restoreNotice: string | null;
}

export function blankService(id = 's1', name = ''): Service {
  return { id, name, notes: '', answers: {} };
}

export function initialInputs(): PlannerInputs {
  return { teamAnswers: {}, services: [blankService()], weights: {} };
}

export const usePlannerStore = create<PlannerState>()(
  persist(
    (): PlannerState => ({ ...initialInputs(), activeServiceId: 's1', restoreNotice: null }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (state): PlannerInputs & { activeServiceId: string } => ({
        teamAnswers: state.teamAnswers,
        services: state.services,
        weights: state.weights,
        activeServiceId: state.activeServiceId,
      }),
      // Saved state is validated like any other input; what fails is dropped with a notice.
      merge: (persisted, current) => restoreSaved(persisted, current),
    },
  ),
);

/** Validates what was saved and merges it into the current state, keeping what can be kept. */
export function restoreSaved(persisted: unknown, current: PlannerState): PlannerState {
  if (persisted === undefined || persisted === null) return current;
  const { activeServiceId, ...inputs } =
    typeof persisted === 'object'
      ? (persisted as Record<string, unknown>)
      : { activeServiceId: undefined };
  const parsed = PlannerInputsSchema.safeParse(inputs);
  if (!parsed.success) {
    return {
      ...current,
      restoreNotice: 'Your saved answers could not be read, so the planner started fresh.',
    };
  }
  const restored = parsed.data;
  const active = restored.services.find((s) => s.id === activeServiceId) ?? restored.services[0];
  return { ...current, ...restored, activeServiceId: active?.id ?? current.activeServiceId };
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
  usePlannerStore.setState({
    teamAnswers: team,
    services: [{ ...blankService('s1', preset?.name ?? ''), answers: service }],
    weights: {},
    activeServiceId: 's1',
    restoreNotice: null,
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

export function resetWeights(): void {
  usePlannerStore.setState({ weights: {} });
}

export function dismissRestoreNotice(): void {
  usePlannerStore.setState({ restoreNotice: null });
}
