/**
 * The list of plans that replacements set aside, as kept in this browser: newest first, at most
 * `MAX_KEPT_PLANS`, each with the time it was replaced. Pure: a list in, a list or text out.
 *
 * Shapes of the text kept under the replaced-plan key:
 *   (none)  one plan, in the planner's own saved-state envelope `{ state, version }` — what the
 *           app kept before it kept several (read as one plan replaced at an unknown time)
 *   2       `{ version: 2, plans: [{ id, replacedAt, saved: { state, version } }] }`, newest
 *           first; each `saved` is a planner saved-state envelope, read like the planner's own
 */
import type { PlannerInputs } from '../domain/inputs';
import { readSavedState, SAVED_STATE_VERSION } from './saved-state';

/** A whole plan: the inputs and the service the person was on. */
export interface PlanSnapshot {
  inputs: PlannerInputs;
  activeServiceId: string;
}

/** How many replaced plans are kept: enough to undo a few replacements in a row. */
export const MAX_KEPT_PLANS = 5;

export const KEPT_PLANS_VERSION = 2;

export interface KeptPlan {
  /** Unique within the list: names the plan for "Restore". */
  id: string;
  /** When the plan was replaced (ISO 8601); null for a plan kept before times were recorded. */
  replacedAt: string | null;
  plan: PlanSnapshot;
  /** The knowledge base its answers were given against, saved with it. */
  kbVersion: string | undefined;
}

/**
 * `list` with `plan` in front (the newest), keeping at most `limit` plans: the oldest go first.
 */
export function withKeptPlan(
  list: readonly KeptPlan[],
  plan: Omit<KeptPlan, 'id'>,
  limit = MAX_KEPT_PLANS,
): KeptPlan[] {
  const used = new Set(list.map((p) => p.id));
  const base = `p${Date.parse(plan.replacedAt ?? '') || 0}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return [{ ...plan, id }, ...list].slice(0, Math.max(1, limit));
}

/** The text that keeps `list` in this browser. */
export function encodeKeptPlans(list: readonly KeptPlan[]): string {
  return JSON.stringify({
    version: KEPT_PLANS_VERSION,
    plans: list.map((kept) => ({
      id: kept.id,
      replacedAt: kept.replacedAt,
      saved: {
        state: {
          ...kept.plan.inputs,
          activeServiceId: kept.plan.activeServiceId,
          kbVersion: kept.kbVersion,
        },
        version: SAVED_STATE_VERSION,
      },
    })),
  });
}

/**
 * Reads the kept list from its text, whichever shape wrote it; a plan that cannot be read is
 * left out (the others are kept), and nothing readable gives an empty list.
 */
export function readKeptPlans(raw: string | null): KeptPlan[] {
  if (raw === null || raw.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!isRecord(parsed)) return [];
  // The first shape: one plan, as a planner saved-state envelope.
  if ('state' in parsed) {
    const one = readPlan(parsed);
    return one ? [{ id: 'p0', replacedAt: null, ...one }] : [];
  }
  if (!Array.isArray(parsed.plans)) return [];
  const list: KeptPlan[] = [];
  for (const item of parsed.plans as unknown[]) {
    if (!isRecord(item) || list.length >= MAX_KEPT_PLANS) continue;
    const one = readPlan(item.saved);
    if (!one) continue;
    const replacedAt =
      typeof item.replacedAt === 'string' && !Number.isNaN(Date.parse(item.replacedAt))
        ? item.replacedAt
        : null;
    const id =
      typeof item.id === 'string' && /^p[\d-]{1,40}$/.test(item.id) ? item.id : `p${list.length}`;
    list.push({
      id: list.some((p) => p.id === id) ? `${id}-${list.length}` : id,
      replacedAt,
      ...one,
    });
  }
  return list;
}

function readPlan(envelope: unknown): Pick<KeptPlan, 'plan' | 'kbVersion'> | null {
  if (!isRecord(envelope)) return null;
  const outcome = readSavedState(JSON.stringify(envelope));
  return outcome.kind === 'restored'
    ? {
        plan: { inputs: outcome.inputs, activeServiceId: outcome.activeServiceId },
        kbVersion: outcome.kbVersion,
      }
    : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
