/**
 * Verdicts and confidence in words a tech lead can repeat. One place, so the result page, the
 * printed report, the decision record and the command line all say the same thing.
 */
import type { KnowledgeBase, Language } from '../../content';
import type { Confidence, Verdict } from './score';

export const LANGUAGE_NAME: Record<Language, string> = { rust: 'Rust', go: 'Go' };

export interface VerdictWords {
  /** Short: "Rust", "Go", "Close call: Go", "Keep Go — profile the bottleneck first". */
  headline: string;
  /** One sentence on how the verdict was reached. */
  detail: string;
}

export function describeVerdict(kb: KnowledgeBase, verdict: Verdict, margin: number): VerdictWords {
  const name = LANGUAGE_NAME[verdict.language];
  const percent = Math.round(margin * 100);
  switch (verdict.kind) {
    case 'clear':
      return {
        headline: name,
        detail: `${name} leads by ${percent}% of the largest possible score.`,
      };
    case 'close-call':
      return {
        headline: `Close call: ${name}`,
        detail:
          verdict.tieBreak === 'team-fluency'
            ? `The scores are within ${percent}% of each other, so the sources’ tie-break applies: the language the team is already fluent in.`
            : `The scores are within ${percent}% of each other and the team is not fluent in just one of the two, so the sources’ default applies: if unsure, start with Go.`,
      };
    case 'gated': {
      const gate = kb.gates.find((g) => g.id === verdict.gateId);
      return {
        headline: gate?.otherwise.headline ?? name,
        detail: gate?.otherwise.explanation ?? `${name} is kept.`,
      };
    }
  }
}

const LEVEL_NAME = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/**
 * The confidence in one sentence, with what it rests on: "Medium confidence: 9 of 14 questions
 * answered (64%), and the leader is ahead by 18% of the largest possible score."
 */
export function describeConfidence(confidence: Confidence): string {
  const { level, answered, shown } = confidence;
  return `${LEVEL_NAME[level]} confidence: ${answered} of ${shown} questions answered (${percentOf(answered, shown)}%), and ${describeLead(confidence)}.`;
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
export function explainConfidence(kb: KnowledgeBase, confidence: Confidence): ConfidenceWords {
  const { level, answered, shown, margin, closeCall } = confidence;
  const { high, medium } = kb.scoring.confidence;
  const basis = [
    `Answered: ${answered} of the ${shown} questions shown (${percentOf(answered, shown)}%). “Not sure” counts as unanswered.`,
    closeCall
      ? `Lead: none to speak of — the two languages are within ${percent(margin)}% of the largest possible score, so this is a close call.`
      : `Lead: ${percent(margin)}% of the largest possible score.`,
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
  const missing = Math.max(0, Math.ceil(next.answered * shown - 1e-9) - answered);
  if (missing > 0) {
    needs.push(
      `${missing} more ${missing === 1 ? 'question' : 'questions'} answered (${percent(next.answered)}% of those shown)`,
    );
  }
  if (closeCall || margin < next.margin) {
    needs.push(`a lead of at least ${percent(next.margin)}%`);
  }
  return {
    level: LEVEL_NAME[level],
    summary: describeConfidence(confidence),
    basis,
    toRaise: needs.length > 0 ? `It would be ${nextName} with ${needs.join(' and ')}.` : null,
  };
}

function describeLead(confidence: Confidence): string {
  return confidence.closeCall
    ? `the two languages are within ${percent(confidence.margin)}% of each other`
    : `the leader is ahead by ${percent(confidence.margin)}% of the largest possible score`;
}

function percent(share: number): number {
  return Math.round(share * 100);
}

function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}
