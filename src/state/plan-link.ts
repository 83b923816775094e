/** The inputs on screen as one object, and the permalink payload that carries them. */
import { useMemo } from 'react';
import { linkTables } from '../../content';
import type { PlannerInputs } from '../domain/inputs';
import { encodePermalink } from '../domain/permalink/permalink';
import { usePlannerStore } from './planner-store';
import { appliedIdentity, useProfileStore } from './profile-store';
import { useScoringKnowledgeBase } from './scoring';

/** The inputs on screen, as one object that changes only when one of its parts does. */
export function usePlannerInputs(): PlannerInputs {
  const teamAnswers = usePlannerStore((s) => s.teamAnswers);
  const services = usePlannerStore((s) => s.services);
  const weights = usePlannerStore((s) => s.weights);
  return useMemo(() => ({ teamAnswers, services, weights }), [teamAnswers, services, weights]);
}

/**
 * The encoded plan on screen, as it appears after "#/link/"; kept in step with every answer, with
 * the verdicts as the result page shows them, and naming the organisation profile applied, if any.
 */
export function usePermalinkPayload(): string {
  const inputs = usePlannerInputs();
  const kb = useScoringKnowledgeBase();
  const profile = useProfileStore((s) => s.profile);
  return useMemo(
    () => encodePermalink(kb, inputs, linkTables, appliedIdentity(profile)),
    [kb, inputs, profile],
  );
}
