/** How a plan is named in one line when a person must recognise it: by its services. */
import type { PlannerInputs } from './inputs';

/** "1 service: “billing-api”" or "3 services: “billing-api”, “auth” and 1 unnamed". */
export function describePlanServices(inputs: PlannerInputs): string {
  const names = inputs.services.map((s) => s.name.trim()).filter(Boolean);
  const unnamed = inputs.services.length - names.length;
  const count = `${inputs.services.length} ${inputs.services.length === 1 ? 'service' : 'services'}`;
  const parts = [
    ...names.slice(0, 3).map((n) => `“${n.length > 40 ? `${n.slice(0, 39)}…` : n}”`),
    ...(names.length > 3 ? [`${names.length - 3} more`] : []),
    ...(unnamed > 0 ? [`${unnamed} unnamed`] : []),
  ];
  return `${count}: ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : (parts[0] ?? '')}`;
}
