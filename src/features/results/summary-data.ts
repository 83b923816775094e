/**
 * What the result's one-screen summary says, as data: the verdict and how sure, the strongest
 * reasons, and what would flip it in one line. Built from `recommend()`'s output only, so a new
 * verdict kind changes this function and not the component that lays it out.
 */
import type { KnowledgeBase, Language } from '../../../content';
import { describeVerdict, explainConfidence, LANGUAGE_NAME } from '../../domain/describe';
import type { Recommendation } from '../../domain/recommend';
import { verdictLanguage } from '../../domain/score';
import { flipInOneLine, flipTable } from '../../domain/flip-rows';

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
  /** "High confidence". */
  level: string;
  /** One sentence: how many questions were answered and how big the lead is. */
  sureBecause: string;
  /** A warning that small changes can turn it; null when the lead is firm. */
  fragile: string | null;
  /**
   * What the reasons are called: "Top reasons" where the score decides the verdict; where a rule
   * does, they are the score's strongest pulls, which may point the other way.
   */
  reasonsLabel: string;
  reasons: SummaryReason[];
  /** How many reasons there are in all, for "and 8 more below". */
  reasonCount: number;
  flipLine: string;
}

/** The summary of one recommendation. */
export function toResultSummary(kb: KnowledgeBase, result: Recommendation): ResultSummaryData {
  const words = describeVerdict(kb, result.verdict, result.margin);
  const confidence = explainConfidence(kb, result.confidence);
  return {
    tone: verdictLanguage(result.verdict) ?? 'none',
    headline: words.headline,
    detail: words.detail,
    level: `${confidence.level} confidence`,
    sureBecause: `${result.confidence.answered} of ${result.confidence.shown} questions answered; ${
      result.confidence.decidedBy === 'rule'
        ? 'a rule decides it, not the score'
        : result.confidence.closeCall
          ? 'the two languages are level, a close call'
          : `a lead of ${Math.round(result.margin * 100)}%`
    }.`,
    fragile:
      result.fragile && result.verdict.kind === 'clear'
        ? 'One realistic change of answer would turn it.'
        : null,
    reasonsLabel:
      result.confidence.decidedBy === 'rule' ? 'Strongest pulls in the score' : 'Top reasons',
    reasons: result.reasons.slice(0, SUMMARY_REASONS).map((r) => ({
      criterionId: r.criterionId,
      // A reason resting only on answers assumed from the kind of service says so.
      label: r.assumed ? `${r.label} (assumed)` : r.label,
      towards: r.towards,
      towardsName: LANGUAGE_NAME[r.towards],
      points: `${r.contribution > 0 ? '+' : '−'}${Math.abs(r.contribution).toFixed(1)}`,
    })),
    reasonCount: result.reasons.length,
    flipLine: flipInOneLine(flipTable(kb, result)),
  };
}
