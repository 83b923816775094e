/** Element ids inside the services list, shared by the cards and the page that moves focus. */
import { nameOrUnnamed } from '../../domain/words';
export const serviceElementId = {
  title: (serviceId: string) => `service-${serviceId}-title`,
  name: (serviceId: string) => `service-${serviceId}-name`,
  up: (serviceId: string) => `service-${serviceId}-up`,
  down: (serviceId: string) => `service-${serviceId}-down`,
  undo: 'service-undo',
  add: 'service-add',
} as const;

/** The name to show for a service: its own, or a stand-in while it has none. */
export function displayName(name: string): string {
  return nameOrUnnamed(name);
}
