/**
 * Verdicts and confidence in words a tech lead can repeat. One place, so the result page, the
 * printed report, the decision record and the command line all say the same thing.
 */
import type { KnowledgeBase } from '../../content';
import type { AnswerFlips } from './flips';
import type { Confidence, Verdict } from './score';
import {
  CONSTRAINTS_CONFLICT,
  LANGUAGE_NAME,
  LEVEL_NAME,
  NOT_STARTED,
  describeLead,
  describePoints,
  scoresApart,
} from './words';

export { LANGUAGE_NAME } from './words';

export interface VerdictWords {
  /** Short: "Rust", "Go", "Close call: Go", "Keep Go — profile the bottleneck first". */
  headline: string;
  /** One sentence on how the verdict was reached. */
  detail: string;
}

/** How big a lead is: its share of the largest possible score, and that score. */
export interface LeadSize {
  /** |score| over the largest possible score, in [0, 1]. */
  margin: number;
  maxScore: number;
}

/** The verdict's headline alone: "Rust", "Close call: Go", "Keep Go — profile the bottleneck first". */
export function verdictHeadline(kb: KnowledgeBase, verdict: Verdict): string {
  return describeVerdict(kb, verdict, { margin: 0, maxScore: 0 }).headline;
}

export function describeVerdict(kb: KnowledgeBase, verdict: Verdict, lead: LeadSize): VerdictWords {
  const points = lead.margin * lead.maxScore;
  switch (verdict.kind) {
    case 'not-started':
      return {
        headline: NOT_STARTED,
        detail: 'Nothing about this service is answered yet, so there is no verdict.',
      };
    case 'conflict': {
      const labels = kb.dealBreakers
        .filter((d) => verdict.dealBreakerIds.includes(d.id))
        .map((d) => `“${d.label}” rules out ${LANGUAGE_NAME[d.rulesOut]}`);
      return {
        headline: CONSTRAINTS_CONFLICT,
        detail: `${labels.join('; ')}. No language meets both: one of these constraints has to give.`,
      };
    }
    case 'ruled-out': {
      const name = LANGUAGE_NAME[verdict.language];
      const other = LANGUAGE_NAME[verdict.language === 'rust' ? 'go' : 'rust'];
      const labels = kb.dealBreakers
        .filter((d) => verdict.dealBreakerIds.includes(d.id))
        .map((d) => `“${d.label}”`);
      return {
        headline: `${name} — ${other} is ruled out`,
        detail: `A deal-breaker rules ${other} out whatever the weights: ${labels.join(' and ')}.`,
      };
    }
    case 'clear': {
      const name = LANGUAGE_NAME[verdict.language];
      return {
        headline: name,
        detail: `${name} leads by ${describeLead(points, lead.maxScore)}.`,
      };
    }
    case 'close-call': {
      const name = LANGUAGE_NAME[verdict.language];
      const tieBreak = kb.scoring.tieBreaks.find((t) => t.id === verdict.tieBreak);
      return {
        headline: `Close call: ${name}`,
        detail: tieBreak
          ? `The scores are ${scoresApart(points)}: ${tieBreak.explanation}`
          : `The scores are ${scoresApart(points)} and nothing answered breaks the tie, so the sources’ default applies: if unsure, start with Go.`,
      };
    }
    case 'gated': {
      const gate = kb.gates.find((g) => g.id === verdict.gateId);
      const name = LANGUAGE_NAME[verdict.language];
      return {
        headline: gate?.otherwise.headline ?? name,
        detail: gate?.otherwise.explanation ?? `${name} is kept.`,
      };
    }
  }
}

/**
 * The margin in one sentence a lead can repeat: how far ahead the winner is, in points, and how
 * many answer changes it would take to turn it.
 */
export function describeMargin(
  verdict: Verdict,
  score: number,
  maxScore: number,
  flips: AnswerFlips,
): string {
  if (verdict.kind === 'not-started' || verdict.kind === 'conflict') return '';
  const of = describeLead(Math.abs(score), maxScore);
  const turn =
    flips.kind === 'none'
      ? `no change of up to ${flips.maxChanges} answers would turn it`
      : flips.size === 1
        ? 'changing one answer would turn it'
        : `it would take ${flips.size} answer changes at once to turn it`;
  if (verdict.kind === 'ruled-out' || verdict.kind === 'gated') {
    return `The score does not decide this verdict; ${turn}.`;
  }
  const leader = LANGUAGE_NAME[score > 0 ? 'rust' : 'go'];
  return verdict.kind === 'close-call'
    ? `The two are within ${of} — too close to call; ${turn}.`
    : `${leader} leads by ${of}; ${turn}.`;
}

/**
 * The confidence in one sentence, with what it rests on besides the lead: "Medium confidence: 9
 * of 14 questions answered (64% of what carries weight), and one answer change would flip it."
 * The lead itself is the verdict's own sentence (`describeVerdict`), which every surface shows
 * first, so it is not said twice.
 */
export function describeConfidence(confidence: Confidence): string {
  const { level, answered, shown, coverage } = confidence;
  const flip = confidence.oneAnswerFlip ? ', and one answer change would flip it' : '';
  return `${LEVEL_NAME[level]} confidence: ${answered} of ${shown} questions answered (${percent(coverage)}% of what carries weight)${flip}.`;
}

/** Confidence spelled out: the sentence, what it is based on, and what would raise it. */
export interface ConfidenceWords {
  /** "Low", "Medium" or "High". */
  level: string;
  summary: string;
  /** The two facts the level rests on, each in a sentence. */
  basis: string[];
  /** What would lift it a level, or null when it is already high. */
  toRaise: string | null;
}

/** Explains a confidence level against the knowledge base's thresholds. */
export function explainConfidence(
  kb: KnowledgeBase,
  confidence: Confidence,
  maxScore: number,
): ConfidenceWords {
  const { level, answered, shown, margin, closeCall, coverage, oneAnswerFlip } = confidence;
  const { high, medium } = kb.scoring.confidence;
  const basis = [
    `Answered: ${answered} of the ${shown} questions shown, ${percent(coverage)}% of what carries weight. “Not sure” and assumed answers count as unanswered.`,
    confidence.decidedBy === 'rule'
      ? 'Lead: not what decides it — a deal-breaker or the rewrite bar does, whatever the score.'
      : closeCall
        ? `Lead: none to speak of — the two languages are within ${describePoints(margin * maxScore)} of each other, so this is a close call.`
        : `Lead: ${describeLead(margin * maxScore, maxScore)}.`,
    oneAnswerFlip
      ? 'Robustness: one realistic answer change would flip it, so it cannot be high.'
      : 'Robustness: no single realistic answer change flips it.',
  ];
  if (level === 'high')
    return {
      level: LEVEL_NAME[level],
      summary: describeConfidence(confidence),
      basis,
      toRaise: null,
    };

  const next = level === 'low' ? medium : high;
  const nextName = level === 'low' ? 'medium' : 'high';
  const needs: string[] = [];
  if (coverage < next.answered) {
    needs.push(`at least ${percent(next.answered)}% of what carries weight answered`);
  }
  if (closeCall) needs.push('a lead beyond the close-call band');
  if (level === 'medium' && oneAnswerFlip) needs.push('no single answer change able to flip it');
  return {
    level: LEVEL_NAME[level],
    summary: describeConfidence(confidence),
    basis,
    toRaise: needs.length > 0 ? `It would be ${nextName} with ${needs.join(' and ')}.` : null,
  };
}

function percent(share: number): number {
  return Math.round(share * 100);
}
