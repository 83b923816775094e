/**
 * "What would flip it" and "revisit when" as rows of a table rather than sentences: each way to
 * turn the verdict is one row (the answers that change, from what to what, and what the verdict
 * becomes), and a trigger that only repeats one of those rows is left out of the trigger table.
 * Pure data, so the result page, the report and any later format lay out the same rows.
 */
import type { KnowledgeBase, Language } from '../../content';
import { LANGUAGE_NAME } from './describe';
import { describeFlippedVerdict, describeWeightFlips, formatWeight } from './describe-flips';
import { countOf } from './words';
import type { AnswerFlipSet } from './flips';
import type { Recommendation, RevisitTrigger } from './recommend';

/** One answer in a flipping set: the question, the answer given (null: unanswered) and the new one. */
export interface FlipChangeCell {
  questionId: string;
  prompt: string;
  from: string | null;
  to: string;
}

export interface FlipRow {
  /** Stable key: the changes it makes. */
  key: string;
  kind: 'answers' | 'weight';
  changes: FlipChangeCell[];
  /** What the verdict becomes, capitalised: "Rust wins", "It becomes a close call that Rust wins". */
  outcome: string;
  /**
   * The changes as the event they mean, from the knowledge base's wording, uncapitalised and
   * without a full stop: "the p99 budget tightens to under 10 ms". Absent for a weight.
   */
  event?: string;
  /** Earlier answers that would count again after the change, as "“label” to “prompt”". */
  revealed: string[];
}

export interface FlipTable {
  /** The language the rows flip it to; absent when the verdict names none. */
  towards?: Language;
  /** "Rust" or "Go", or "another verdict" when there is no single language to flip to. */
  towardsName: string;
  /** The fewest answer changes that flip it; null when no change within the search does. */
  fewestAnswers: number | null;
  /** The largest number of answer changes searched (for "no change of up to 3 answers"). */
  searched: number | null;
  /** "If an answer is off": one-step changes of estimates that turn it, smallest first. Every row, on every surface. */
  rows: FlipRow[];
  /** What the table says above its rows: how many of a row's changes it takes. */
  caption: string;
  /** "If things change": events about the team, the organisation, load and deadlines that turn it. */
  events: FlipRow[];
  eventsCaption: string;
  /**
   * The nearest change of one weight that turns it. A weight is a setting, not an event: it is
   * shown apart from the answers' rows and never among the revisit triggers.
   */
  weight: FlipRow | null;
  /** The weights in one sentence: the nearest flip, or why there is none. */
  weightSentence: string;
}

/**
 * The computed triggers that are not triggers of their own: the answer sets repeat a row of the
 * flip table, and a weight is a setting someone changes, not an event that comes true.
 */
const REPEATS_A_FLIP = new Set(['flip-answers', 'flip-events', 'flip-weight']);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

function answerRow(kb: KnowledgeBase, set: AnswerFlipSet): FlipRow {
  return {
    key: set.changes.map((c) => `${c.questionId}=${c.to.optionId}`).join('&'),
    kind: 'answers',
    changes: set.changes.map((c) => ({
      questionId: c.questionId,
      prompt: c.prompt,
      from: c.from ? `${c.from.label}${c.fromAssumed ? ' (assumed)' : ''}` : null,
      to: c.to.label,
    })),
    outcome: capitalise(describeFlippedVerdict(kb, set.verdict)),
    event: joinAnd(set.changes.map((c) => c.event)),
    revealed: set.revealed.map((r) => `“${r.answer.label}” to “${r.prompt}”`),
  };
}

function flipCaption(fewest: number | null, searched: number | null, what: string): string {
  if (fewest === null)
    return `No ${what} (up to ${countOf(searched ?? 3, 'change')} at once) flips it.`;
  return fewest === 1
    ? 'Any one of these rows would flip it.'
    : `Each row flips it: all ${fewest} of its changes together.`;
}

/** The rows of "what would flip it" for a recommendation: every answer set, and the weight apart. */
export function flipTable(kb: KnowledgeBase, result: Recommendation): FlipTable {
  const { answers, events, weights, towards } = result.flips;
  const rows = answers.kind === 'found' ? answers.sets.map((set) => answerRow(kb, set)) : [];
  const eventRows = events.kind === 'found' ? events.sets.map((set) => answerRow(kb, set)) : [];
  let weight: FlipRow | null = null;
  if (weights.kind === 'found') {
    const w = weights.smallest;
    weight = {
      key: `weight:${w.criterionId}`,
      kind: 'weight',
      changes: [
        {
          questionId: w.criterionId,
          prompt: `Weight of “${w.label}”`,
          from: formatWeight(w.from),
          to: formatWeight(w.to),
        },
      ],
      outcome: capitalise(describeFlippedVerdict(kb, w.verdict)),
      revealed: [],
    };
  }
  const fewestAnswers = answers.kind === 'found' ? answers.size : null;
  const searched = answers.kind === 'none' ? answers.maxChanges : null;
  return {
    ...(towards ? { towards } : {}),
    towardsName: towards ? LANGUAGE_NAME[towards] : 'another verdict',
    fewestAnswers,
    searched,
    rows,
    caption: flipCaption(fewestAnswers, searched, 'estimate off by one step'),
    events: eventRows,
    eventsCaption: flipCaption(
      events.kind === 'found' ? events.size : null,
      events.kind === 'none' ? events.maxChanges : null,
      'change of the team, the organisation, load or deadlines',
    ),
    weight,
    weightSentence: describeWeightFlips(kb, weights, result.verdict),
  };
}

/**
 * "What would flip it" in one line, for the summary: the one answer that would, or how many must
 * change together, or the weight that would when no answers do.
 */
export function flipInOneLine(table: FlipTable): string {
  const first = table.rows[0];
  const weight = table.weight;
  const to = table.towardsName;
  if (first && table.fewestAnswers === 1) {
    const [change] = first.changes;
    return first.event
      ? `One estimate off by a step would flip it to ${to}: if ${first.event}.`
      : `One estimate off by a step would flip it to ${to}: “${change?.prompt ?? ''}” becoming “${change?.to ?? ''}”.`;
  }
  if (first && table.fewestAnswers !== null) {
    return `No single estimate flips it to ${to}; it takes ${table.fewestAnswers} off by a step together.`;
  }
  const event = table.events[0];
  if (event?.event)
    return `No estimate off by a step flips it to ${to}; things changing could: if ${event.event}.`;
  if (weight) {
    const [change] = weight.changes;
    return `No answers within reach flip it to ${to}; only a change of priorities would (${change?.prompt ?? ''} from ${change?.from ?? ''} to ${change?.to ?? ''}).`;
  }
  return `No change of up to ${countOf(table.searched ?? 3, 'answer')}, and no single weight, flips it to ${to}.`;
}

/** The revisit triggers worth their own row: events, less those the flip table already lists. */
export function triggerRows(triggers: readonly RevisitTrigger[]): RevisitTrigger[] {
  return triggers.filter((t) => !REPEATS_A_FLIP.has(t.id));
}

/**
 * One flip row as a line of text, for the record and the command line: the event and what it
 * comes to, then each change from what to what — "If the p99 budget tightens to under 10 ms: Go
 * wins (“What p99 latency …?” Over 50 ms → Under 10 ms)."
 */
export function describeFlipRow(row: FlipRow): string {
  const changes = row.changes
    .map((c) => `“${c.prompt}” ${c.from ?? 'Not answered'} → ${c.to}`)
    .join('; ');
  const again =
    row.revealed.length > 0 ? ` ${capitalise(joinAnd(row.revealed))} would count again.` : '';
  return `${row.event ? `If ${row.event}: ` : ''}${row.outcome} (${changes}).${again}`;
}
