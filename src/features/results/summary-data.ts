/**
 * What the result's one-screen summary shows: a slice of the one recommendation view (verdict,
 * how sure, stability, fragile, the strongest reasons, the flip in one line). It adds no words of
 * its own; they are the view's, shared with the report, the records and the command line.
 */
import type { Language } from '../../../content';
import type { RecommendationView } from '../../domain/recommendation-view';
import { LANGUAGE_NAME } from '../../domain/words';

/** How many reasons the summary names; the rest are in the details below it. */
export const SUMMARY_REASONS = 3;

export interface SummaryReason {
  criterionId: string;
  label: string;
  towards: Language;
  towardsName: string;
  /** "−5.0" or "+2.5", with a true minus sign. */
  points: string;
}

export interface ResultSummaryData {
  /** Drives the colour; also said in words by the headline. */
  tone: Language | 'none';
  headline: string;
  detail: string;
  /** Set when the organisation profile turned the verdict. */
  profileTurned: string | null;
  /** "High confidence". */
  level: string;
  /** One sentence: how many questions were answered and how big the lead is. */
  sureBecause: string;
  /** "Rust holds in 93 of 100 plausible variations.", with what was varied; null until measured. */
  stability: string | null;
  /** The fragile warning; null when the verdict is not fragile. */
  fragile: string | null;
  reasonsLabel: string;
  reasons: SummaryReason[];
  /** How many reasons there are in all, for "and 8 more below". */
  reasonCount: number;
  flipLine: string;
}

/** The summary's slice of one recommendation view. */
export function toResultSummary(view: RecommendationView): ResultSummaryData {
  return {
    tone: view.tone,
    headline: view.headline,
    detail: view.detail,
    profileTurned: view.profileTurned,
    level: view.confidence.title,
    sureBecause: view.confidence.sureBecause,
    stability: view.stability ? `${view.stability.sentence} ${view.stability.varied}` : null,
    fragile: view.fragile,
    reasonsLabel: view.reasonsLabel,
    reasons: view.reasons.slice(0, SUMMARY_REASONS).map((r) => ({
      criterionId: r.criterionId,
      // A reason resting only on answers assumed from the kind of service says so.
      label: r.assumed ? `${r.label} (assumed)` : r.label,
      towards: r.towards,
      towardsName: LANGUAGE_NAME[r.towards],
      points: r.points,
    })),
    reasonCount: view.reasons.length,
    flipLine: view.flipLine,
  };
}
