/**
 * The words the result page, the printed report, the decision record and the command line share:
 * one place, so they can never say the same thing differently. Sentences that depend on a
 * recommendation are built here from plain numbers and labels; `recommendation-view.ts` decides
 * which ones a recommendation gets, and every surface renders that one model.
 */
import type { Language } from '../../content';
import type { ConfidenceLevel } from './score';

export const LANGUAGE_NAME: Record<Language, string> = { rust: 'Rust', go: 'Go' };

/** How sure a verdict is, as a level name: "High confidence". */
export const LEVEL_NAME: Record<ConfidenceLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** What a service with no name is called everywhere. */
export const UNNAMED_SERVICE = 'Unnamed service';

/** A service's name as shown: its trimmed name, or "Unnamed service". */
export function nameOrUnnamed(name: string): string {
  return name.trim() || UNNAMED_SERVICE;
}

/** The headline of a service nobody has started answering. */
export const NOT_STARTED = 'Not started';

/** The headline when deal-breakers rule out both languages. */
export const CONSTRAINTS_CONFLICT = 'These constraints conflict';

/** "1 month", "6 months", "1 point", "2.5 points": a count with its noun, correctly plural. */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * A size to one decimal, the same way wherever it is printed: a lead worked out as a margin times
 * the largest score (10.7499…) and the score itself (10.75) must not read 10.7 and 10.8.
 */
function tenths(value: number): string {
  return (Math.round(Math.abs(value) * 10 + 1e-6) / 10).toFixed(1);
}

/** A number with a true minus sign, one decimal: "+4.0", "−2.5", "0.0". */
export function signed(value: number): string {
  const size = tenths(value);
  return `${size === '0.0' ? '' : value > 0 ? '+' : '−'}${size}`;
}

/**
 * Points of score, the one unit a lead, a pull and the close-call band are given in: "4.2
 * points", "1 point". (Never a percentage: a share is what stability is given in.)
 */
export function describePoints(value: number): string {
  const rounded = tenths(value);
  return rounded === '1.0' ? '1 point' : `${rounded.replace(/\.0$/, '')} points`;
}

/** How far apart two close scores are: "level" rather than "within 0 points of each other". */
export function scoresApart(points: number): string {
  return describePoints(points) === '0 points'
    ? 'level'
    : `within ${describePoints(points)} of each other`;
}

/** A lead in points against the largest possible score: "4.2 points of a possible 18". */
export function describeLead(points: number, maxScore: number): string {
  return `${describePoints(points)} of a possible ${describePoints(maxScore).replace(/ points?$/, '')}`;
}

/**
 * Who gave the answers a reader sees: the reader ('own'), a shared plan's author ('shared'), or
 * whoever filled in a filed document — a report, a record, the command line's output ('filed').
 */
export type Reader = 'own' | 'shared' | 'filed';

/** "Because you answered" and its kin: only ever beside answers given, never assumed ones. */
export const BECAUSE_ANSWERED: Record<Reader, string> = {
  own: 'Because you answered',
  shared: 'Because the author answered',
  filed: 'Answered',
};

/** The label of an answer nobody gave: "Assumed from “Payments API”". */
export function assumedFrom(kind: string): string {
  return `Assumed from “${kind}”`;
}

/** How the answers a record lists are labelled, given or assumed. */
export const ANSWERS_GIVEN = 'Answers given';
export const ANSWERS_ASSUMED = 'Assumed, not answered (answer them to confirm)';

/** The warning a fragile verdict carries, everywhere it is shown. */
export const FRAGILE = 'Fragile: one estimate given off by one step would turn it.';

/** The two kinds of "what would flip it", everywhere they are listed. */
export const IF_AN_ANSWER_IS_OFF = 'If an answer is off';
export const IF_THINGS_CHANGE = 'If things change';

/** "Rust holds in 93 of 100 plausible variations." (a share rounded to whole hundredths). */
export function describeStability(language: Language | null, share: number): string {
  const held = Math.round(share * 100);
  return language
    ? `${LANGUAGE_NAME[language]} holds in ${held} of 100 plausible variations.`
    : `No language is chosen in ${held} of 100 plausible variations.`;
}

/** What a stability figure varied, in one sentence. */
export function describeVaried(v: {
  givenEstimates: number;
  offByOneStep: number;
  assumedEstimates: number;
  assumedOffByOneStep: number;
  openEstimates: number;
  facts: number;
  weightBand: number;
}): string {
  const parts = [
    `${countOf(v.givenEstimates, 'given estimate')} each off by one step ${Math.round(v.offByOneStep * 100)}% of the time`,
  ];
  if (v.assumedEstimates > 0) {
    parts.push(
      `${countOf(v.assumedEstimates, 'assumed estimate')} ${Math.round(v.assumedOffByOneStep * 100)}% of the time`,
    );
  }
  if (v.openEstimates > 0) {
    parts.push(`${countOf(v.openEstimates, 'open question')} taking any plausible answer`);
  }
  parts.push(`every weight within ±${Math.round(v.weightBand * 100)}% of itself`);
  const facts = v.facts > 0 ? `; ${countOf(v.facts, 'fact')} held as given` : '';
  return `Varied: ${parts.join(', ')}${facts}.`;
}

/** The heading of how a close call was broken, naming the language it went to. */
export function closeCallHeading(language: Language): string {
  return `Why ${LANGUAGE_NAME[language]} when it is close`;
}

/** Criteria with no pull, said as what is true of them. */
export const ZERO_PULL = {
  answeredLevel: 'Answered, and the answers lean neither way',
  unanswered: 'No answer yet',
  ignored: 'Weighted 0, so not counted',
} as const;

/** "Review by 2027-05-21 (6 months, for medium confidence)."; without a date, "Review in 6 months …". */
export function describeReview(
  date: string | null,
  months: number,
  level: ConfidenceLevel,
): string {
  const span = `${countOf(months, 'month')}, for ${level} confidence`;
  return date ? `Review by ${date} (${span}).` : `Review in ${span}.`;
}

/** The line before the revisit triggers, everywhere they are listed. */
export const TRIGGERS_INTRO =
  'Review sooner if any of these comes true, or any change under “What would flip it”:';

/** The heading of how the weights could turn a verdict: a setting, never a revisit trigger. */
export const WEIGHT_SENSITIVITY = 'If the weights change';
