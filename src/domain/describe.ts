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

/** "Medium confidence: 9 of 14 questions answered, a 18% lead." */
export function describeConfidence(confidence: Confidence): string {
  const { level, answered, shown, margin } = confidence;
  const percent = Math.round(margin * 100);
  return `${LEVEL_NAME[level]} confidence: ${answered} of ${shown} questions answered, and the leading language is ahead by ${percent}% of the largest possible score.`;
}
