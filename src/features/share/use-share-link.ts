/** The link to the plan on screen, kept in step with every answer. */
import { useMemo } from 'react';
import { getKnowledgeBase, linkTables } from '../../../content';
import { encodePermalink, type PlannerInputs } from '../../domain';
import { paths } from '../../components/paths';
import { usePlannerStore } from '../../state/planner-store';

/** The inputs on screen, as one object that changes only when one of its parts does. */
export function usePlannerInputs(): PlannerInputs {
  const teamAnswers = usePlannerStore((s) => s.teamAnswers);
  const services = usePlannerStore((s) => s.services);
  const weights = usePlannerStore((s) => s.weights);
  return useMemo(() => ({ teamAnswers, services, weights }), [teamAnswers, services, weights]);
}

export interface ShareLink {
  /** The encoded plan, as it appears after "#/link/". */
  payload: string;
  /** The whole address to share. */
  url: string;
}

/** The link that opens the plan on screen at the result of `serviceId`. */
export function useShareLink(serviceId: string): ShareLink {
  const inputs = usePlannerInputs();
  const payload = useMemo(() => encodePermalink(getKnowledgeBase(), inputs, linkTables), [inputs]);
  const first = inputs.services[0]?.id;
  const { origin, pathname } = window.location;
  const url = `${origin}${pathname}#${paths.link(payload, serviceId === first ? undefined : serviceId)}`;
  return { payload, url };
}
