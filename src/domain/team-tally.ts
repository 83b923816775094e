/**
 * What the members said, item by item: every question (team-wide or per service) and every
 * re-weighted criterion, with each member's value and the majority. No scoring here: `team.ts`
 * measures what each value does to a verdict, `team-settle.ts` puts the lead's choices in.
 */
import type { Answers, KnowledgeBase } from '../../content';
import type { PlannerInputs } from './inputs';
import { resolveWeights } from './weights';

/** A value a member gave: an option id, a weight, or null for no answer. */
export type TeamValue = string | number | null;

/** What a disagreement is about: an answer (team-wide or about one service) or a weight. */
export type TeamSubject =
  | { kind: 'question'; questionId: string; scope: 'team' | 'service' }
  | { kind: 'weight'; criterionId: string };

/** Keys of the settled plan's items. */
export const teamKey = {
  team: (questionId: string) => `team/${questionId}`,
  service: (serviceId: string, questionId: string) => `${serviceId}/${questionId}`,
  weight: (criterionId: string) => `weight/${criterionId}`,
} as const;

/** One item as the members answered it. */
export interface Tallied {
  key: string;
  subject: TeamSubject;
  /** Each member's value, in member order. */
  values: TeamValue[];
  /** The majority value; on a tie, the first of the tied values given (held until the lead chooses). */
  proposed: TeamValue;
  /** Two or more values were given by the same, largest number of members. */
  tie: boolean;
  /** How many members gave the majority value. */
  count: number;
}

/** The majority of `values` (first given wins a tie), whether it was a tie, and its count. */
export function majority(values: readonly TeamValue[]): {
  value: TeamValue;
  tie: boolean;
  count: number;
} {
  const counts = new Map<TeamValue, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: TeamValue = null;
  let bestCount = 0;
  let tie = false;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
      tie = false;
    } else if (count === bestCount) tie = true;
  }
  return { value: best, tie, count: bestCount };
}

/** Every question any member answered in `sets`, in questionnaire order. */
export function tallyAnswerSets(
  sets: readonly Answers[],
  order: ReadonlyMap<string, number>,
  keyOf: (questionId: string) => string,
  scope: 'team' | 'service',
): Tallied[] {
  const ids = [...new Set(sets.flatMap((s) => Object.keys(s)))].sort(
    (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0) || a.localeCompare(b),
  );
  return ids.map((questionId) => {
    const values = sets.map((s) => s[questionId] ?? null);
    const { value, tie, count } = majority(values);
    return {
      key: keyOf(questionId),
      subject: { kind: 'question', questionId, scope },
      values,
      proposed: value,
      tie,
      count,
    };
  });
}

/** Each criterion any member re-weighted, with every member's resolved weight. */
export function tallyWeights(
  kb: KnowledgeBase,
  members: readonly { inputs: PlannerInputs }[],
): Tallied[] {
  const resolved = members.map((m) => resolveWeights(kb, m.inputs.weights));
  const touched = new Set(members.flatMap((m) => Object.keys(m.inputs.weights)));
  return kb.criteria
    .filter((c) => touched.has(c.id))
    .map((c) => {
      const values = resolved.map((r) => r[c.id] ?? c.defaultWeight);
      const { value, tie, count } = majority(values);
      return {
        key: teamKey.weight(c.id),
        subject: { kind: 'weight', criterionId: c.id },
        values,
        proposed: value,
        tie,
        count,
      };
    });
}
