/** The link to the plan on screen, kept in step with every answer. */
import { permalinkUrl } from '../../components/app-url';
import { usePermalinkPayload, usePlannerInputs } from '../../state/plan-link';

export interface ShareLink {
  /** The encoded plan, as it appears after "#/link/". */
  payload: string;
  /** The whole address to share. */
  url: string;
}

/** The link that opens the plan on screen at the result of `serviceId`. */
export function useShareLink(serviceId: string): ShareLink {
  const payload = usePermalinkPayload();
  const first = usePlannerInputs().services[0]?.id;
  return { payload, url: permalinkUrl(payload, serviceId, first) };
}
