/** Derived results: recommendations are computed here, never stored. */
import { useMemo } from 'react';
import { recommend, type Recommendation } from '../domain/recommend';
import { usePlannerStore } from './planner-store';
import { useScoringKnowledgeBase } from './scoring';
import { useServiceAnswers } from './selectors';

/** The recommendation for one service under the current weights and the applied profile. */
export function useRecommendation(serviceId: string): Recommendation {
  const kb = useScoringKnowledgeBase();
  const answers = useServiceAnswers(serviceId);
  const weights = usePlannerStore((s) => s.weights);
  return useMemo(() => recommend(kb, answers, weights), [kb, answers, weights]);
}
