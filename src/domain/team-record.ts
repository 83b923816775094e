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
  /** By the majority the proposal took, or by the lead's pick (on a tie, or over the majority). */
  how: z.enum(['majority', 'lead']),
});
export type SettledItem = z.infer<typeof SettledItemSchema>;

export const SettlementSchema = z.array(SettledItemSchema).check(z.maxLength(500));

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
 * Who answered what on every decisive disagreement, and how each was settled (by the lead's
 * choice when `choices` has one, else by the majority). A team-wide item decisive for several
 * services is listed once.
 */
export function summariseSettlement(
  kb: KnowledgeBase,
  comparison: TeamComparison,
  choices: Readonly<Record<string, TeamValue>>,
): SettledItem[] {
  const items = new Map<string, SettledItem>();
  for (const service of comparison.services) {
    for (const d of service.disagreements) {
      if (!d.decisive || items.has(d.key)) continue;
      const picked = Object.hasOwn(choices, d.key) && d.values.includes(choices[d.key] ?? null);
      const value = picked ? (choices[d.key] ?? null) : d.proposed;
      const perService = d.subject.kind === 'question' && d.subject.scope === 'service';
      items.set(d.key, {
        key: d.key,
        service: perService ? nameOrUnnamed(service.name) : null,
        topic: describeTeamSubject(kb, d),
        answers: comparison.members.map((member, i) => ({
          member,
          answer: describeTeamValue(kb, d, d.values[i] ?? null),
        })),
        settled: describeTeamValue(kb, d, value),
        value: value === null ? null : String(value),
        how: picked && (d.tie || value !== d.proposed) ? 'lead' : 'majority',
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
  const how = item.how === 'lead' ? 'chosen by the lead' : 'the majority answer';
  return `${item.topic}${where} — ${who}. Settled: ${item.settled} (${how}).`;
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
