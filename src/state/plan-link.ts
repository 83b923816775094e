/** The inputs on screen as one object, and the permalink payload that carries them. */
import { useMemo } from 'react';
import { getKnowledgeBase, linkTables } from '../../content';
import { encodePermalink, type PlannerInputs } from '../domain';
import { usePlannerStore } from './planner-store';
import { appliedIdentity, useAppliedProfile } from './profile-store';

/** The inputs on screen, as one object that changes only when one of its parts does. */
export function usePlannerInputs(): PlannerInputs {
  const teamAnswers = usePlannerStore((s) => s.teamAnswers);
  const services = usePlannerStore((s) => s.services);
  const weights = usePlannerStore((s) => s.weights);
  return useMemo(() => ({ teamAnswers, services, weights }), [teamAnswers, services, weights]);
}

/**
 * The encoded plan on screen, as it appears after "#/link/"; kept in step with every answer, and
 * naming the organisation profile applied, if any.
 */
export function usePermalinkPayload(): string {
  const inputs = usePlannerInputs();
  const { profile } = useAppliedProfile(getKnowledgeBase());
  return useMemo(
    () => encodePermalink(getKnowledgeBase(), inputs, linkTables, appliedIdentity(profile)),
    [inputs, profile],
  );
}
