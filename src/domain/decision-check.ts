/**
 * Whether a recorded decision still holds, as a check in CI reads it: the verdicts saved in the
 * file against today's, the review-by date against today, and the revisit triggers the team
 * marked as fired. Pure: the opened file, today's verdicts and today's date come in as arguments.
 */
import type { KnowledgeBase } from '../../content';
import type { Decision } from './answers-file';
import { describeSnapshot, type VerdictComparison } from './verdict-snapshot';
import { nameOrUnnamed } from './words';

/** One reason to re-open a decision, with what to do about it. */
export type DecisionFinding =
  | { kind: 'verdict-changed'; serviceId: string; name: string; saved: string; today: string }
  | { kind: 'review-due'; reviewBy: string }
  | { kind: 'trigger-fired'; triggerId: string; label: string };

export type DecisionCheck =
  /** The decision was superseded: it is kept for the record and not held to anything. */
  | { kind: 'superseded'; supersededBy: string | null }
  | { kind: 'checked'; findings: DecisionFinding[]; reviewBy: string | null };

/**
 * Checks one answers file's decision on `today` (YYYY-MM-DD). A file without a recorded
 * decision (format 1, or not recorded yet) is held to its saved verdicts only.
 */
export function checkDecision(
  kb: KnowledgeBase,
  decision: Decision | null,
  comparisons: readonly VerdictComparison[],
  today: string,
): DecisionCheck {
  if (decision?.status === 'superseded') {
    return { kind: 'superseded', supersededBy: decision.supersededBy ?? null };
  }
  const findings: DecisionFinding[] = comparisons.flatMap((c) =>
    c.differs && c.author
      ? [
          {
            kind: 'verdict-changed' as const,
            serviceId: c.serviceId,
            name: c.name,
            saved: describeSnapshot(kb, c.author),
            today: describeSnapshot(kb, c.today),
          },
        ]
      : [],
  );
  if (decision && decision.reviewBy < today) {
    findings.push({ kind: 'review-due', reviewBy: decision.reviewBy });
  }
  for (const [triggerId, state] of Object.entries(decision?.triggers ?? {})) {
    if (state !== 'fired') continue;
    const label = kb.triggers.find((t) => t.id === triggerId)?.label ?? triggerId;
    findings.push({ kind: 'trigger-fired', triggerId, label });
  }
  return { kind: 'checked', findings, reviewBy: decision?.reviewBy ?? null };
}

/** A finding in words: what happened, then what to do. */
export function describeDecisionFinding(finding: DecisionFinding): string {
  switch (finding.kind) {
    case 'verdict-changed':
      return `service "${nameOrUnnamed(finding.name)}": the file records ${finding.saved}; today it is ${finding.today}. Re-open the decision: look at what changed, then record it again.`;
    case 'review-due':
      return `the decision was due for review on ${finding.reviewBy}. Re-open the decision: review it and record a new review-by date.`;
    case 'trigger-fired':
      return `the revisit trigger "${finding.label}" has fired. Re-open the decision: answer again with what changed.`;
  }
}
