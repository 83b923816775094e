import type { ReactNode } from 'react';
import { describeAddressId, matchAddressId } from '../domain/address-ids';
import { nameOrUnnamed } from '../domain/words';
import { ServiceNotFound } from '../components/service-not-found';
import { usePlannerStore } from '../state/planner-store';

/**
 * Renders a service's page only when the address names a service of the plan on screen, matched
 * exactly (`matchAddressId`); otherwise the "no service … in this plan" page, with links to the
 * same page of each service there is. `href` builds that page's address for a service id.
 */
export function KnownService({
  serviceId,
  href,
  children,
}: {
  serviceId: string;
  href: (serviceId: string) => string;
  children: ReactNode;
}) {
  const services = usePlannerStore((s) => s.services);
  if (matchAddressId(services, serviceId).ok) return children;
  return (
    <ServiceNotFound
      shownId={describeAddressId(serviceId)}
      existing={services.map((s) => ({ id: s.id, label: nameOrUnnamed(s.name), href: href(s.id) }))}
    />
  );
}
