/** Derived results: recommendations are computed here, never stored. */
import { useMemo } from 'react';
import { recommend, type Recommendation } from '../domain';
import { getKnowledgeBase } from './knowledge-base';
import { usePlannerStore } from './planner-store';
import { useServiceAnswers } from './selectors';

/** The recommendation for one service under the current weights. */
export function useRecommendation(serviceId: string): Recommendation {
  const answers = useServiceAnswers(serviceId);
  const weights = usePlannerStore((s) => s.weights);
  return useMemo(() => recommend(getKnowledgeBase(), answers, weights), [answers, weights]);
}
