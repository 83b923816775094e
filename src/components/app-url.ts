/** Absolute addresses of in-app pages, for links people copy, print or keep in a record. */
import { routes } from '../routes';

type PageLocation = Pick<Location, 'origin' | 'pathname'>;

/** The whole address of an in-app path (a hash route) on the page's own origin and path. */
export function appUrl(path: string, location: PageLocation = window.location): string {
  return `${location.origin}${location.pathname}#${path}`;
}

/**
 * The whole address that opens a shared plan at the result of `serviceId`. The first service is
 * what a link opens anyway, so its id is left out and the link stays shorter.
 */
export function permalinkUrl(
  payload: string,
  serviceId?: string,
  firstServiceId?: string,
  location?: PageLocation,
): string {
  const shown = serviceId === firstServiceId ? undefined : serviceId;
  return appUrl(routes.link.href(payload, shown), location);
}
