/**
 * Adding another plan's services (a shared link's, an answers file's) to a person's own plan,
 * as one more step next to what is there: the own plan's services, team answers and weights are
 * kept as they are, and the other plan's services are appended after them.
 */
import { hasWork, MAX_SERVICES, withUniqueIds, type PlannerInputs } from './inputs';

/** One appended service, by the id it has in the own plan now. */
export interface AppendedService {
  id: string;
  name: string;
  /** An own service already had this name (compared trimmed, ignoring case). */
  sameNameAsOwn: boolean;
}

export interface AppendedServices {
  /** The own plan with the services appended. */
  inputs: PlannerInputs;
  added: AppendedService[];
  /** The other plan's weights were not the own plan's; the own weights were kept. */
  weightsDiffer: boolean;
  /** The other plan's team answers were not the own plan's; the own answers were kept. */
  teamAnswersDiffer: boolean;
}

export type AppendOutcome = { ok: true; value: AppendedServices } | { ok: false; reason: string };

const sameRecord = (a: Record<string, unknown>, b: Record<string, unknown>): boolean =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([key, value]) => b[key] === value);

const nameKey = (name: string): string => name.trim().toLowerCase();

/**
 * Appends `from`'s services (all, or those whose ids are in `serviceIds`, in `from`'s order) to
 * `own`. A service whose id the own plan already uses gets a fresh one (`withUniqueIds`: own
 * services keep theirs, so links to them keep working); names are kept. An own plan holding no
 * work at all (one blank service) gives way to the appended services rather than keep an empty
 * one in front of them. Fails, with a reason to show, when nothing matches or the plan would
 * pass `MAX_SERVICES`.
 */
export function appendServices(
  own: PlannerInputs,
  from: PlannerInputs,
  serviceIds?: readonly string[],
): AppendOutcome {
  const picked = serviceIds
    ? from.services.filter((s) => serviceIds.includes(s.id))
    : from.services;
  if (picked.length === 0) return { ok: false, reason: 'That plan has no such service.' };
  const base = hasWork(own) ? own.services : [];
  if (base.length + picked.length > MAX_SERVICES) {
    return {
      ok: false,
      reason: `A plan holds at most ${MAX_SERVICES} services, and yours has ${base.length}: remove some first, or add fewer.`,
    };
  }
  const services = withUniqueIds(
    [...base, ...picked.map((s) => ({ ...s, answers: { ...s.answers } }))],
    [],
  );
  const ownNames = new Set(base.map((s) => nameKey(s.name)).filter(Boolean));
  const added = services.slice(base.length).map((s) => ({
    id: s.id,
    name: s.name,
    sameNameAsOwn: ownNames.has(nameKey(s.name)),
  }));
  return {
    ok: true,
    value: {
      inputs: { teamAnswers: own.teamAnswers, services, weights: own.weights },
      added,
      weightsDiffer: !sameRecord(own.weights, from.weights),
      teamAnswersDiffer: !sameRecord(own.teamAnswers, from.teamAnswers),
    },
  };
}
