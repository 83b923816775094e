/** The portfolio of every service, derived from the store's inputs and never stored. */
import { useMemo } from 'react';
import { useScoringKnowledgeBase } from './scoring';
import { summarisePortfolio, type Portfolio } from '../domain/portfolio';
import { usePlannerStore } from './planner-store';

/**
 * Every service's verdict (with the applied profile) and progress, and the runtimes they mean;
 * recomputed on input change.
 */
export function usePortfolio(): Portfolio {
  const kb = useScoringKnowledgeBase();
  const teamAnswers = usePlannerStore((s) => s.teamAnswers);
  const services = usePlannerStore((s) => s.services);
  const weights = usePlannerStore((s) => s.weights);
  return useMemo(
    () => summarisePortfolio(kb, { teamAnswers, services, weights }),
    [kb, teamAnswers, services, weights],
  );
}
