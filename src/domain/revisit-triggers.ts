/**
 * The conditions that should reopen a decision: those computed from the result (a close call,
 * the nearest event that would turn it, a fragile estimate, open questions) and those the sources
 * attach to the criteria that shaped it. Weight changes are settings, not events: never listed.
 */
import { scoresApart } from './words';
import type { KnowledgeBase, Language } from '../../content';
import { describeFlipEvent } from './describe-flips';
import { verdictLanguage } from './engine';
import type { FlipAnalysis } from './flips';
import { indexKnowledgeBase } from './kb-index';
import type { Confidence, Tally } from './score';

/** How many of the sources' triggers a result lists: the ones most likely to matter. */
const MAX_SOURCE_TRIGGERS = 6;

export interface RevisitTrigger {
  id: string;
  label: string;
  condition: string;
  /** `source`: named by an article; `computed`: derived from this result. */
  origin: 'source' | 'computed';
  sourceId?: string;
}

/** The triggers for one result; `reasons` are its reasons, strongest first. */
export function revisitTriggers(
  kb: KnowledgeBase,
  tally: Tally,
  reasons: readonly { criterionId: string; towards: Language }[],
  confidence: Confidence,
  flips: FlipAnalysis,
): RevisitTrigger[] {
  const winner = verdictLanguage(tally.verdict);
  if (winner === undefined) return [];
  const index = indexKnowledgeBase(kb);
  const computed: RevisitTrigger[] = [];
  if (tally.verdict.kind === 'close-call') {
    computed.push({
      id: 'close-call',
      label: 'The call is close',
      condition: `The two languages are ${scoresApart(Math.abs(tally.score))}. Any answer that firms up should reopen the decision.`,
      origin: 'computed',
    });
  }
  // "If things change": the nearest event about the team or the organisation.
  const event = flips.events.kind === 'found' ? flips.events.sets[0] : undefined;
  if (event) {
    computed.push({
      id: 'flip-events',
      label:
        event.changes.length === 1
          ? 'One event away from flipping'
          : 'The nearest event that would flip it',
      condition: describeFlipEvent(event),
      origin: 'computed',
    });
  }
  // "If an answer is off": a fragile verdict names the estimate to check.
  const off = flips.answers.kind === 'found' ? flips.answers.sets[0] : undefined;
  if (flips.fragile && off) {
    computed.push({
      id: 'flip-answers',
      label: 'One estimate away from flipping',
      condition: describeFlipEvent(off),
      origin: 'computed',
    });
  }
  const unanswered = confidence.shown - confidence.answered;
  if (unanswered > 0) {
    computed.push({
      id: 'unanswered-questions',
      label: 'Open questions',
      condition: `${unanswered} of ${confidence.shown} questions are unanswered, unsure or assumed; answering them can change the verdict.`,
      origin: 'computed',
    });
  }

  // Source triggers that could overturn this verdict: those pushing towards the other language
  // (or either way), from the criteria that carried the verdict first, then the rest by weight.
  const ordered = [
    ...reasons.filter((r) => r.towards === winner).map((r) => r.criterionId),
    ...[...tally.criteria].sort((a, b) => b.weight - a.weight).map((c) => c.criterionId),
  ];
  const seen = new Set<string>();
  const fromSources: RevisitTrigger[] = [];
  for (const criterionId of ordered) {
    for (const triggerId of index.criterion(criterionId).triggers) {
      const trigger = index.trigger(triggerId);
      if (seen.has(triggerId) || trigger.pushesTowards === winner) continue;
      seen.add(triggerId);
      fromSources.push({
        id: trigger.id,
        label: trigger.label,
        condition: trigger.condition,
        sourceId: trigger.sourceId,
        origin: 'source',
      });
    }
  }
  return [...computed, ...fromSources.slice(0, MAX_SOURCE_TRIGGERS)];
}
