/**
 * "What changed since your last visit to this result": the verdict, lead, confidence and top
 * reasons as they were seen, compared with now. The snapshot is kept in this browser only, per
 * service, and never travels with a link; reading a damaged one gives no comparison, not an error.
 */
import type { Recommendation } from '../../domain/recommend';
import { describePoints } from '../../domain/words';
import type { ResultSummaryData } from './summary-data';

export interface SeenResult {
  headline: string;
  /** The lead, in points of score to one decimal (a snapshot from before, in percent, is not read). */
  leadPoints: number;
  level: string;
  /** Labels of the strongest reasons, strongest first. */
  reasons: string[];
}

/** What the person sees now, as it will be remembered. */
export function seenResult(summary: ResultSummaryData, result: Recommendation): SeenResult {
  return {
    headline: summary.headline,
    leadPoints: Math.round(Math.abs(result.score) * 10) / 10,
    level: summary.level,
    reasons: summary.reasons.map((r) => r.label),
  };
}

/** Each difference in a sentence; empty when nothing a reader would notice changed. */
export function describeChanges(before: SeenResult, now: SeenResult): string[] {
  const changes: string[] = [];
  if (before.headline !== now.headline || before.leadPoints !== now.leadPoints) {
    changes.push(
      `Was ${before.headline} with a lead of ${describePoints(before.leadPoints)}, now ${now.headline} with a lead of ${describePoints(now.leadPoints)}.`,
    );
  }
  if (before.level !== now.level) {
    changes.push(`Was ${before.level.toLowerCase()}, now ${now.level.toLowerCase()}.`);
  }
  const added = now.reasons.filter((r) => !before.reasons.includes(r));
  const dropped = before.reasons.filter((r) => !now.reasons.includes(r));
  if (added.length > 0) changes.push(`Now among the strongest reasons: ${added.join(', ')}.`);
  if (dropped.length > 0) changes.push(`No longer among them: ${dropped.join(', ')}.`);
  return changes;
}

const KEY = 'rust-or-go:seen-results';

function readAll(): Record<string, SeenResult> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, SeenResult>) : {};
  } catch {
    return {};
  }
}

function isSeen(value: unknown): value is SeenResult {
  const v = value as Partial<SeenResult> | null;
  return (
    !!v &&
    typeof v.headline === 'string' &&
    typeof v.leadPoints === 'number' &&
    typeof v.level === 'string' &&
    Array.isArray(v.reasons) &&
    v.reasons.every((r) => typeof r === 'string')
  );
}

/** The result as last seen for this service in this browser, if any. */
export function readSeen(serviceId: string): SeenResult | null {
  const seen = readAll()[serviceId];
  return isSeen(seen) ? seen : null;
}

/** Remembers what is on screen now, for the next visit. A full or blocked storage is ignored. */
export function writeSeen(serviceId: string, seen: SeenResult): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readAll(), [serviceId]: seen }));
  } catch {
    // Nothing to lose: the comparison is a courtesy.
  }
}
