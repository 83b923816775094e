/**
 * Narrow selectors over the store. They stay free of scoring code, because the first screen uses
 * them; the recommendation hook lives in recommendation.ts, loaded with the pages that show it.
 */
import { useMemo } from 'react';
import type { Answers } from '../../content';
import { answersForService } from '../domain/inputs';
import type { Service } from '../domain/inputs';
import { usePlannerStore, type PlannerState } from './planner-store';

export const selectActiveService = (state: PlannerState): Service | undefined =>
  state.services.find((s) => s.id === state.activeServiceId) ?? state.services[0];

export const selectServiceById =
  (serviceId: string) =>
  (state: PlannerState): Service | undefined =>
    state.services.find((s) => s.id === serviceId);

/** Team and service answers together: what scoring and visibility work on. */
export const mergeAnswers: (teamAnswers: Answers, service: Service | undefined) => Answers =
  answersForService;

/** The merged answers of one service, recomputed only when its inputs change. */
export function useServiceAnswers(serviceId: string): Answers {
  const teamAnswers = usePlannerStore((s) => s.teamAnswers);
  const service = usePlannerStore(selectServiceById(serviceId));
  return useMemo(() => mergeAnswers(teamAnswers, service), [teamAnswers, service]);
}
