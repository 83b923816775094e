/** Narrow selectors and derived results. Recommendations are computed here, never stored. */
import { useMemo } from 'react';
import type { Answers } from '../../content';
import { getKnowledgeBase } from './knowledge-base';
import { recommend, type Recommendation } from '../domain';
import type { Service } from './planner-schema';
import { usePlannerStore, type PlannerState } from './planner-store';

export const selectActiveService = (state: PlannerState): Service | undefined =>
  state.services.find((s) => s.id === state.activeServiceId) ?? state.services[0];

export const selectServiceById =
  (serviceId: string) =>
  (state: PlannerState): Service | undefined =>
    state.services.find((s) => s.id === serviceId);

/** Team and service answers together: what scoring and visibility work on. */
export function mergeAnswers(teamAnswers: Answers, service: Service | undefined): Answers {
  return { ...(service?.answers ?? {}), ...teamAnswers };
}

/** The merged answers of one service, recomputed only when its inputs change. */
export function useServiceAnswers(serviceId: string): Answers {
  const teamAnswers = usePlannerStore((s) => s.teamAnswers);
  const service = usePlannerStore(selectServiceById(serviceId));
  return useMemo(() => mergeAnswers(teamAnswers, service), [teamAnswers, service]);
}

/** The recommendation for one service under the current weights. */
export function useRecommendation(serviceId: string): Recommendation {
  const answers = useServiceAnswers(serviceId);
  const weights = usePlannerStore((s) => s.weights);
  return useMemo(() => recommend(getKnowledgeBase(), answers, weights), [answers, weights]);
}
