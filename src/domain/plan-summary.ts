/** How a plan is named in one line when a person must recognise it: by its services. */
import type { PlannerInputs } from './inputs';

/**
 * Characters that can reorder text around them: right-to-left letters and the bidirectional
 * marks, embeddings, overrides and isolates.
 */
const BIDI = /[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe]/;

/**
 * A name set in a sentence so that it cannot reorder the words around it (a right-to-left
 * override in "\u202egnp.exe" would otherwise turn the rest of the line around): wrapped in
 * first-strong isolate … pop directional isolate when it holds any bidirectional character, as
 * `<bdi>` does on a page. Other names are returned unchanged.
 */
export function isolateName(name: string): string {
  // Isolates inside the name are dropped: a stray one would end the wrapping isolate early.
  return BIDI.test(name) ? `\u2068${name.replace(/[\u2066-\u2069]/g, '')}\u2069` : name;
}

/** "1 service: “billing-api”" or "3 services: “billing-api”, “auth” and 1 unnamed". */
export function describePlanServices(inputs: PlannerInputs): string {
  const names = inputs.services.map((s) => s.name.trim()).filter(Boolean);
  const unnamed = inputs.services.length - names.length;
  const count = `${inputs.services.length} ${inputs.services.length === 1 ? 'service' : 'services'}`;
  const parts = [
    ...names.slice(0, 3).map((n) => `“${isolateName(n.length > 40 ? `${n.slice(0, 39)}…` : n)}”`),
    ...(names.length > 3 ? [`${names.length - 3} more`] : []),
    ...(unnamed > 0 ? [`${unnamed} unnamed`] : []),
  ];
  return `${count}: ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : (parts[0] ?? '')}`;
}
