/**
 * The lead's settlements: on an item the members answered differently, the value the lead chose,
 * who chose it and on which day. They travel with the team view (link and file) and go into the
 * settled plan's record. The day is passed in: the domain has no clock.
 */
import * as z from 'zod/mini';
import type { KnowledgeBase } from '../../content';
import type { Tallied, TeamValue } from './team-tally';

export const TEAM_NAME_MAX = 100;
/** A settlement's day, as YYYY-MM-DD. */
const DaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'));

export const SettlementSchema = z.strictObject({
  /** The item settled, as `teamKey` names it: "team/q", "s1/q" or "weight/c". */
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The value chosen: an option id, a weight, or null for "no answer". */
  value: z.nullable(z.union([z.string().check(z.maxLength(200)), z.number()])),
  /** Who settled it (the lead). */
  by: z.string().check(z.maxLength(TEAM_NAME_MAX)),
  at: DaySchema,
});
export type Settlement = z.infer<typeof SettlementSchema>;

export const SettlementsSchema = z.array(SettlementSchema).check(z.maxLength(500));

/** A settlement made on `day` (YYYY-MM-DD, from the caller's clock). */
export function settleOn(key: string, value: TeamValue, by: string, day: string): Settlement {
  return { key, value, by: by.trim() || 'the lead', at: day };
}

/** Puts (or replaces) the settlement of one item; a value of `undefined` takes it back. */
export function withSettlement(
  settlements: readonly Settlement[],
  key: string,
  next: Settlement | undefined,
): Settlement[] {
  const rest = settlements.filter((s) => s.key !== key);
  return next ? [...rest, next] : rest;
}

export type SettlementProblem =
  | { kind: 'not-a-difference'; key: string }
  | { kind: 'not-given'; key: string; value: TeamValue }
  | { kind: 'settled-twice'; key: string };

/** Which settlements apply to the items the members answered (differently), and which do not. */
export function checkSettlements(
  items: readonly Tallied[],
  settlements: readonly Settlement[],
): { applied: Map<string, Settlement>; problems: SettlementProblem[] } {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const applied = new Map<string, Settlement>();
  const problems: SettlementProblem[] = [];
  for (const s of settlements) {
    const item = byKey.get(s.key);
    if (applied.has(s.key)) problems.push({ kind: 'settled-twice', key: s.key });
    else if (!item || new Set(item.values).size < 2)
      problems.push({ kind: 'not-a-difference', key: s.key });
    else if (!item.values.includes(s.value))
      problems.push({ kind: 'not-given', key: s.key, value: s.value });
    else applied.set(s.key, s);
  }
  return { applied, problems };
}

/** The item a key names, in words: the question's prompt (and service), or the criterion's weight. */
export function describeTeamKey(kb: KnowledgeBase, key: string): string {
  const [scope = '', id = ''] = key.split('/');
  if (scope === 'weight') {
    const criterion = kb.criteria.find((c) => c.id === id);
    return criterion ? `Weight of ${criterion.label}` : `weight “${id}”`;
  }
  const question = kb.questions.find((q) => q.id === id);
  const prompt = question ? `“${question.prompt}”` : `question “${id}”`;
  return scope === 'team' ? prompt : `${prompt} (service ${scope})`;
}

/** A settlement that cannot apply, in words a person can act on. */
export function describeSettlementProblem(kb: KnowledgeBase, problem: SettlementProblem): string {
  const what = describeTeamKey(kb, problem.key);
  switch (problem.kind) {
    case 'not-a-difference':
      return `${what} is settled, but the members did not answer it differently: there is nothing to settle. Remove that settlement.`;
    case 'not-given':
      return `${what} is settled with “${String(problem.value)}”, which no member answered. Settle it with one of the members’ answers.`;
    case 'settled-twice':
      return `${what} is settled twice. Keep one settlement.`;
  }
}
