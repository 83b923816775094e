/**
 * "What would flip it" in words a tech lead can repeat: the same sentences on the result page, in
 * the revisit triggers and in any report built from a recommendation.
 */
import type { KnowledgeBase } from '../../content';
import type { AnswerChange, AnswerFlips, AnswerFlipSet, WeightFlip, WeightFlips } from './flips';
import type { Verdict } from './score';
import { CONSTRAINTS_CONFLICT, LANGUAGE_NAME, NOT_STARTED } from './words';

/**
 * A change as the event it means, e.g. "the p99 budget tightens to under 10 ms" (the knowledge
 * base words each answer as an event); the question and answers stay in the flip table.
 */
export function describeAnswerChange(change: AnswerChange): string {
  return change.event;
}

/** What a flipped verdict comes to: "Go wins", "Go wins a close call", the gate or deal-breaker. */
export function describeFlippedVerdict(kb: KnowledgeBase, verdict: Verdict): string {
  switch (verdict.kind) {
    case 'not-started':
      return NOT_STARTED.toLowerCase();
    case 'conflict':
      return lowerFirst(CONSTRAINTS_CONFLICT);
    case 'clear':
      return `${LANGUAGE_NAME[verdict.language]} wins`;
    case 'close-call':
      return `it becomes a close call that ${LANGUAGE_NAME[verdict.language]} wins`;
    case 'ruled-out': {
      const other = LANGUAGE_NAME[verdict.language === 'rust' ? 'go' : 'rust'];
      return `${other} is ruled out and ${LANGUAGE_NAME[verdict.language]} wins`;
    }
    case 'gated': {
      const name = LANGUAGE_NAME[verdict.language];
      const gate = kb.gates.find((g) => g.id === verdict.gateId);
      return gate ? `${lowerFirst(gate.label)} holds it at ${name}` : `${name} wins`;
    }
  }
}

/** The nearest flip as events, capitalised: "The p99 budget tightens to under 10 ms." */
export function describeFlipEvent(set: AnswerFlipSet): string {
  const events = joinAnd(set.changes.map((c) => c.event));
  return `${events.charAt(0).toUpperCase()}${events.slice(1)}.`;
}

/**
 * One sentence for a set of answer changes that flips the verdict, e.g. "If the answer to “What
 * p99 latency must the service meet?” changes from “Under 10 ms” to “Over 50 ms, or no firm
 * budget”, it becomes a close call that Go wins."
 */
export function describeAnswerFlip(kb: KnowledgeBase, set: AnswerFlipSet): string {
  const revealed = set.revealed.map((r) => `“${r.answer.label}” to “${r.prompt}”`);
  const again =
    revealed.length > 0
      ? ` Your earlier ${revealed.length === 1 ? 'answer' : 'answers'} ${joinAnd(revealed)} would count again.`
      : '';
  const changes = joinAnd(set.changes.map(describeAnswerChange));
  return `If ${changes}, ${describeFlippedVerdict(kb, set.verdict)}.${again}`;
}

/** How many answers it takes: "Changing one answer would flip it." or "No change of up to 3 answers flips it." */
export function describeAnswerFlipCount(flips: AnswerFlips): string {
  if (flips.kind === 'none') {
    return `No change of up to ${flips.maxChanges} answers flips it.`;
  }
  return flips.size === 1
    ? 'Changing one answer would flip it.'
    : `It takes ${flips.size} answer changes at once to flip it; no fewer will.`;
}

/** "If the weight of “Team fluency” drops from 4 to 1.5, Go wins." */
export function describeWeightFlip(kb: KnowledgeBase, flip: WeightFlip): string {
  const verb = flip.to < flip.from ? 'drops' : 'rises';
  return `If the weight of “${flip.label}” ${verb} from ${formatWeight(flip.from)} to ${formatWeight(flip.to)}, ${describeFlippedVerdict(kb, flip.verdict)}.`;
}

/**
 * The weights half of "what would flip it" in one sentence: the nearest single-weight flip, or
 * why there is none (a gate holds the verdict, or no weight in range turns it).
 */
export function describeWeightFlips(
  kb: KnowledgeBase,
  flips: WeightFlips,
  verdict: Verdict,
): string {
  if (flips.kind === 'found') {
    return `${describeWeightFlip(kb, flips.smallest)} No smaller change to one weight would.`;
  }
  if (flips.reason === 'gated') {
    const gate =
      verdict.kind === 'gated' ? kb.gates.find((g) => g.id === verdict.gateId) : undefined;
    return `${gate?.label ?? 'A gate'} holds this verdict whatever the weights; only answers can change it.`;
  }
  if (flips.reason === 'ruled-out') {
    return 'A deal-breaker holds this verdict whatever the weights; only answers can change it.';
  }
  if (flips.reason === 'no-verdict') return 'There is no verdict for weights to turn.';
  return 'No change to a single criterion’s weight, anywhere from 0 to 5, flips it.';
}

/** A weight as the planner shows it: "4", "1.5". */
export function formatWeight(weight: number): string {
  return Number.isInteger(weight) ? String(weight) : weight.toFixed(1);
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
