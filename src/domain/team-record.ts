/**
 * What a settled team plan remembers of the disagreement: on each decisive question (or weight),
 * who answered what and how it was settled — as plain data the browser can keep next to the plan,
 * and as the section the decision record and the printed report show.
 */
import * as z from 'zod/mini';
import type { KnowledgeBase } from '../../content';
import { indexKnowledgeBase } from './kb-index';
import { escapeInline } from './markdown';
import type { PlannerInputs } from './inputs';
import type { Disagreement, TeamComparison, TeamValue } from './team';
import { resolveWeights } from './weights';
import { nameOrUnnamed } from './words';

export const SettledItemSchema = z.strictObject({
  key: z.string().check(z.maxLength(200)),
  /** The service it decided, or null for a team-wide answer or weight. */
  service: z.nullable(z.string().check(z.maxLength(600))),
  /** The question's prompt, or the criterion's label for a weight. */
  topic: z.string().check(z.maxLength(600)),
  answers: z
    .array(
      z.strictObject({
        member: z.string().check(z.maxLength(200)),
        answer: z.string().check(z.maxLength(600)),
      }),
    )
    .check(z.maxLength(50)),
  settled: z.string().check(z.maxLength(600)),
  /**
   * The settled value itself — an option id, a weight written as a number ("2.5"), or null — to
   * tell whether the plan still has it. Kept as text: a union of types would bring zod's union
   * into the code every screen shares.
   */
  value: z.nullable(z.string().check(z.maxLength(200))),
  /**
   * By the majority ("majority"), by the lead on a tie ("tie"), or by the lead's pick otherwise
   * ("lead": over the majority, or confirming it).
   */
  how: z.enum(['majority', 'lead', 'tie']),
  /** Who settled it and on which day (YYYY-MM-DD), when the lead did. */
  by: z.optional(z.string().check(z.maxLength(100))),
  at: z.optional(z.string().check(z.maxLength(10))),
  /** How many of how many members gave the majority answer. */
  count: z.optional(z.number()),
  of: z.optional(z.number()),
});
export type SettledItem = z.infer<typeof SettledItemSchema>;

export const SettlementSchema = z.array(SettledItemSchema).check(z.maxLength(500));

/**
 * What a settled answers file keeps of the meeting (its optional `team` field): the members, and
 * how each decisive or settled item was settled, by whom and when.
 */
export const TeamRecordSchema = z.strictObject({
  members: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
  settled: SettlementSchema,
});
export type TeamRecord = z.infer<typeof TeamRecordSchema>;

/** The words for a value a member gave to the item `d` is about. */
export function describeTeamValue(kb: KnowledgeBase, d: Disagreement, value: TeamValue): string {
  if (value === null) return 'No answer';
  if (d.subject.kind === 'weight') return `Weight ${String(value)}`;
  return indexKnowledgeBase(kb).option(d.subject.questionId, String(value))?.label ?? String(value);
}

/** The question's prompt, or "Weight of <criterion>". */
export function describeTeamSubject(kb: KnowledgeBase, d: Disagreement): string {
  const index = indexKnowledgeBase(kb);
  return d.subject.kind === 'weight'
    ? `Weight of ${index.criterion(d.subject.criterionId).label}`
    : index.question(d.subject.questionId).prompt;
}

/**
 * Who answered what on every decisive disagreement and every item the lead settled, and how each
 * was settled: by the majority, or by the lead (who, and on which day). A team-wide item decisive
 * for several services is listed once.
 */
export function summariseSettlement(kb: KnowledgeBase, comparison: TeamComparison): SettledItem[] {
  const items = new Map<string, SettledItem>();
  for (const service of comparison.services) {
    for (const d of service.disagreements) {
      if ((!d.decisive && !d.settlement) || items.has(d.key)) continue;
      const perService = d.subject.kind === 'question' && d.subject.scope === 'service';
      const how = d.tie
        ? 'tie'
        : d.settlement && d.settlement.value !== d.proposed
          ? 'lead'
          : 'majority';
      items.set(d.key, {
        key: d.key,
        service: perService ? nameOrUnnamed(service.name) : null,
        topic: describeTeamSubject(kb, d),
        answers: comparison.members.map((member, i) => ({
          member,
          answer: describeTeamValue(kb, d, d.values[i] ?? null),
        })),
        settled: describeTeamValue(kb, d, d.value),
        value: d.value === null ? null : String(d.value),
        how,
        ...(d.settlement ? { by: d.settlement.by, at: d.settlement.at } : {}),
        count: d.count,
        of: d.values.length,
      });
    }
  }
  return [...items.values()];
}

export const SETTLEMENT_HEADING = 'How the team disagreed';

/** One line per decisive item: "Topic (service): Ana said X; Ben said Y. Settled: X, by the lead." */
export function describeSettledItem(item: SettledItem): string {
  const where = item.service ? ` (${item.service})` : '';
  const who = item.answers.map((a) => `${a.member}: ${a.answer}`).join('; ');
  return `${item.topic}${where} — ${who}. Settled: ${item.settled} (${describeHow(item)}).`;
}

/** "majority (2 of 3)", "tie, settled by Ana on 2026-12-07", or who chose against the majority. */
export function describeHow(item: SettledItem): string {
  const majority =
    item.count !== undefined && item.of !== undefined
      ? `majority (${item.count} of ${item.of})`
      : 'the majority answer';
  const by = item.by
    ? `settled by ${item.by}${item.at ? ` on ${item.at}` : ''}`
    : 'chosen by the lead';
  if (item.how === 'tie') return item.by ? `tie, ${by}` : 'tie, not settled yet';
  if (item.how === 'majority') return item.by ? `${majority}, ${by}` : majority;
  return item.count === undefined ? by : `${by}, over the ${majority}`;
}

/** The decision record's section (Markdown), or '' when nothing decisive was disputed. */
export function settlementMarkdown(items: readonly SettledItem[]): string {
  if (items.length === 0) return '';
  const lines = items.map((item) => `- ${escapeInline(describeSettledItem(item))}`);
  return `## ${SETTLEMENT_HEADING}\n\nThe members answered on their own; these answers decided a verdict.\n\n${lines.join('\n')}\n`;
}

/**
 * Whether a plan still has every settled answer (and weight): the record shows how the team
 * settled only while that is so. Keys are those of `teamKey`.
 */
export function settlementApplies(
  kb: KnowledgeBase,
  items: readonly SettledItem[],
  inputs: PlannerInputs,
): boolean {
  if (items.length === 0) return false;
  const weights = resolveWeights(kb, inputs.weights);
  return items.every((item) => {
    const [scope = '', id = ''] = item.key.split('/');
    const current =
      scope === 'weight'
        ? (weights[id] ?? null)
        : scope === 'team'
          ? (inputs.teamAnswers[id] ?? null)
          : (inputs.services.find((s) => s.id === scope)?.answers[id] ?? null);
    return (current === null ? null : String(current)) === item.value;
  });
}
