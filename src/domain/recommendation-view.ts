/**
 * One recommendation as every surface shows it: the result page, the printed report, the decision
 * records and the command line all render this model, so a rule ("when to call a verdict
 * fragile") and its sentence live once, here and in `words.ts`. Pure: the answers, the reader,
 * today's date and the organisation profile come in as arguments.
 */
import type { Answers, KnowledgeBase, Language } from '../../content';
import { describeVerdictShort } from './describe-portfolio';
import { describeConfidence, describeVerdict, explainConfidence } from './describe';
import { verdictLanguage } from './engine';
import { flipInOneLine, flipTable, triggerRows, type FlipTable } from './flip-rows';
import { indexKnowledgeBase } from './kb-index';
import type { OpenedProfile } from './profile';
import { effectiveAnswers } from './questions';
import type { Citation, FirstQuestion, Recommendation } from './recommend';
import { addMonths } from './record-parts';
import type { ConfidenceLevel } from './score';
import {
  ANSWERS_ASSUMED,
  ANSWERS_GIVEN,
  BECAUSE_ANSWERED,
  FRAGILE,
  LANGUAGE_NAME,
  LEVEL_NAME,
  ZERO_PULL,
  assumedFrom,
  closeCallHeading,
  describeLead,
  describePoints,
  describeReview,
  describeStability,
  describeVaried,
  signed,
  type Reader,
} from './words';

export interface ViewContext {
  /** The answers the recommendation was scored from (team and service together). */
  answers: Answers;
  /** Whose answers the reader is looking at: their own, a shared plan's author's, or a filed record's. */
  reader?: Reader;
  /** Today, as YYYY-MM-DD: the start of the review period. Without it the review has no date. */
  date?: string;
  /** The organisation profile the recommendation was scored with, to name it. */
  profile?: { opened: OpenedProfile };
}

/** One answer, as asked and as answered. */
export interface ViewAnswer {
  questionId: string;
  prompt: string;
  answer: string;
}

/** An answer nobody gave, filled in from the kind of service. */
export interface ViewAssumedAnswer extends ViewAnswer {
  /** "Assumed from “Payments API”". */
  label: string;
}

/** "Because you answered …" or "Assumed from “…”": the answers behind a reason, by provenance. */
export interface ViewBecause {
  intro: string;
  assumed: boolean;
  answers: ViewAnswer[];
}

export interface ViewReason {
  criterionId: string;
  label: string;
  towards: Language;
  weight: number;
  contribution: number;
  /** "+4.0", "−2.5", with a true minus sign. */
  points: string;
  sentence: string;
  /** True when every answer behind it was assumed rather than given. */
  assumed: boolean;
  because: ViewBecause[];
  citations: Citation[];
  /** Titles of the articles behind it, each once. */
  sources: string[];
}

/** One part of the net score: a criterion's pull, or an organisation profile's adjustment. */
export interface ViewPart {
  id: string;
  kind: 'criterion' | 'profile';
  label: string;
  /** Signed points: positive leans Rust. */
  value: number;
  towards: Language;
  /** The criterion's weight; null for a profile's adjustment. */
  weight: number | null;
  sentence: string;
}

/** A note beside the reasons: a gate, a deal-breaker, how a close call was broken. */
export interface ViewNote {
  id: string;
  title: string;
  text: string;
  citations: Citation[];
  sources: string[];
}

export interface ViewTrigger {
  id: string;
  label: string;
  condition: string;
  /** The article that names it; null when it is computed from this result. */
  source: string | null;
}

/** How often the verdict holds across plausible variations of the answers and weights. */
export interface ViewStability {
  share: number;
  samples: number;
  /** "Rust holds in 93 of 100 plausible variations." */
  sentence: string;
  /** One sentence saying what was varied. */
  varied: string;
}

export interface RecommendationView {
  /** Drives the colour; the headline also says it in words. */
  tone: Language | 'none';
  language: Language | null;
  /** "Rust", "Close call: Go", "Keep Go — profile the bottleneck first". */
  headline: string;
  /** Short enough for a table cell: "Rust", "Keep Go". */
  short: string;
  /** How the verdict was reached, with its lead. */
  detail: string;
  /** Set when the organisation profile turns the verdict: what it would be without it. */
  profileTurned: string | null;
  /** "Score: 4.2 points towards Rust, out of a possible 18 either way." */
  score: string;
  /** Whether `detail` already gives the lead (a scored verdict), so paper need not repeat the score. */
  leadInDetail: boolean;
  /** The lead for a table cell: "4.2 points", "Decided by a rule", "—". */
  lead: string;
  confidence: {
    level: ConfidenceLevel;
    /** "High", or "—" where nothing is decided. */
    name: string;
    /** "High confidence". */
    title: string;
    /** The level and what it rests on, in one sentence. */
    sentence: string;
    /** Shorter, for the summary: answered and the lead. */
    sureBecause: string;
    basis: string[];
    toRaise: string | null;
  };
  stability: ViewStability | null;
  /** The fragile warning; null when the verdict is not fragile. */
  fragile: string | null;
  /** "Top reasons" where the score decides; "Strongest pulls in the score" where a rule does. */
  reasonsLabel: string;
  reasons: ViewReason[];
  /** Every part of the net score, largest first; they add up to `net`. */
  parts: ViewPart[];
  net: number;
  /** Criteria with no pull, grouped by why: answered and level, unanswered, weighted 0. */
  zeroPull: { label: string; criteria: string[] }[];
  notes: ViewNote[];
  answers: {
    givenLabel: string;
    given: ViewAnswer[];
    assumedLabel: string;
    assumed: ViewAssumedAnswer[];
  };
  flips: FlipTable;
  /** What would flip it, in one line. */
  flipLine: string;
  review: { date: string | null; months: number; sentence: string };
  triggers: ViewTrigger[];
  firstQuestions: FirstQuestion[];
}

/** The one view of a recommendation that every surface renders. */
export function recommendationView(
  kb: KnowledgeBase,
  result: Recommendation,
  context: ViewContext,
): RecommendationView {
  const index = indexKnowledgeBase(kb);
  const titles = (citations: readonly Citation[]) => [
    ...new Set(citations.map((c) => index.source(c.sourceId).title)),
  ];
  const reader = context.reader ?? 'own';
  const language = verdictLanguage(result.verdict) ?? null;
  const words = describeVerdict(kb, result.verdict, result);
  const confidence = explainConfidence(kb, result.confidence, result.maxScore);
  const decidedBy = result.confidence.decidedBy;
  const leadPoints = Math.abs(result.score);
  const towards = LANGUAGE_NAME[result.score > 0 ? 'rust' : 'go'];
  const months = kb.scoring.reviewAfterMonths[result.confidence.level];
  const reviewDate = context.date ? addMonths(context.date, months) : null;
  const assumedKind = new Map(result.assumptions.map((a) => [a.questionId, a.because.answer]));
  const flips = flipTable(kb, result);

  const reasons = result.reasons.map((r): ViewReason => {
    const isAssumed = (a: { provenance?: string; assumed?: boolean }) =>
      a.provenance === 'assumed' || a.assumed === true;
    const given = r.answers.filter((a) => !isAssumed(a));
    const because: ViewBecause[] = [];
    if (given.length > 0) {
      because.push({ intro: BECAUSE_ANSWERED[reader], assumed: false, answers: given.map(plain) });
    }
    const kinds = new Map<string, ViewAnswer[]>();
    for (const a of r.answers.filter(isAssumed)) {
      const kind = assumedKind.get(a.questionId) ?? 'the kind of service';
      kinds.set(kind, [...(kinds.get(kind) ?? []), plain(a)]);
    }
    for (const [kind, answers] of kinds) {
      because.push({ intro: assumedFrom(kind), assumed: true, answers });
    }
    return {
      criterionId: r.criterionId,
      label: r.label,
      towards: r.towards,
      weight: r.weight,
      contribution: r.contribution,
      points: signed(r.contribution),
      sentence: r.sentence,
      assumed: r.assumed,
      because,
      citations: r.citations,
      sources: titles(r.citations),
    };
  });

  return {
    tone: language ?? 'none',
    language,
    headline: words.headline,
    short: describeVerdictShort(result.verdict),
    detail: words.detail,
    profileTurned: profileTurned(result, context),
    score: `Score: ${result.score === 0 ? 'level' : `${describePoints(result.score)} towards ${towards}`}, out of a possible ${result.maxScore.toFixed(1).replace(/\.0$/, '')} either way.`,
    leadInDetail: result.verdict.kind === 'clear' || result.verdict.kind === 'close-call',
    lead:
      decidedBy === 'score'
        ? describePoints(leadPoints)
        : decidedBy === 'rule'
          ? 'Decided by a rule'
          : '—',
    confidence: {
      level: result.confidence.level,
      name: decidedBy === 'none' ? '—' : LEVEL_NAME[result.confidence.level],
      title: `${confidence.level} confidence`,
      sentence: describeConfidence(result.confidence),
      sureBecause: `${result.confidence.answered} of ${result.confidence.shown} questions answered; ${
        decidedBy === 'rule'
          ? 'a rule decides it, not the score'
          : result.confidence.closeCall
            ? 'the two languages are level, a close call'
            : `a lead of ${describeLead(leadPoints, result.maxScore)}`
      }.`,
      basis: confidence.basis,
      toRaise: confidence.toRaise,
    },
    stability:
      language || result.verdict.kind === 'conflict'
        ? {
            share: result.stability.share,
            samples: result.stability.samples,
            sentence: describeStability(result.stability.language, result.stability.share),
            varied: describeVaried(result.stability.varied),
          }
        : null,
    // The engine's one rule: one given estimate off by one step turns the verdict's language.
    fragile: result.fragile ? FRAGILE : null,
    reasonsLabel: decidedBy === 'rule' ? 'Strongest pulls in the score' : 'Top reasons',
    reasons,
    ...scoreParts(result),
    zeroPull: zeroPull(kb, result, context.answers),
    notes: notes(result, words.detail, titles),
    answers: answersOf(kb, result),
    flips,
    flipLine: flipInOneLine(flips),
    review: {
      date: reviewDate,
      months,
      sentence: describeReview(reviewDate, months, result.confidence.level),
    },
    triggers: triggerRows(result.triggers).map((t) => ({
      id: t.id,
      label: t.label,
      condition:
        t.id === 'close-call'
          ? `The two languages are within ${describePoints(leadPoints)} of each other. Any answer that firms up should reopen the decision.`
          : t.condition,
      source: t.sourceId ? index.source(t.sourceId).title : null,
    })),
    firstQuestions: result.firstQuestions,
  };
}

function plain(a: { questionId: string; prompt: string; answer: string }): ViewAnswer {
  return { questionId: a.questionId, prompt: a.prompt, answer: a.answer };
}

/** The verdict box's sentence when the organisation profile turned the verdict. */
function profileTurned(result: Recommendation, context: ViewContext): string | null {
  const effect = result.profileEffect;
  if (!effect?.turned) return null;
  const name = context.profile ? ` “${context.profile.opened.profile.name}”` : '';
  return `The organisation profile${name} changes this verdict: without it, the verdict would be ${describeVerdictShort(effect.without)}.`;
}

/**
 * The parts of the net score: each criterion's pull, and each adjustment the organisation
 * profile adds (an adoption cost), so the parts always add up to the net.
 */
function scoreParts(result: Recommendation): { parts: ViewPart[]; net: number } {
  const criteria = result.reasons.map((r): ViewPart => ({
    id: r.criterionId,
    kind: 'criterion',
    label: r.label,
    value: r.contribution,
    towards: r.towards,
    weight: r.weight,
    sentence: r.sentence,
  }));
  const adjustments = result.profileParts.map((p): ViewPart => ({
    id: p.id,
    kind: 'profile',
    label: p.label,
    value: p.contribution,
    towards: p.contribution > 0 ? 'rust' : 'go',
    weight: null,
    sentence: p.sentence,
  }));
  const parts = [...criteria, ...adjustments].sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  return { parts, net: result.score };
}

/** Criteria with no pull, each said as what is true of it. */
function zeroPull(
  kb: KnowledgeBase,
  result: Recommendation,
  answers: Answers,
): { label: string; criteria: string[] }[] {
  const index = indexKnowledgeBase(kb);
  const counted = effectiveAnswers(kb, answers);
  const assumed = new Set(result.assumptions.map((a) => a.questionId));
  const answered = (criterionId: string) =>
    kb.questions.some(
      (q) =>
        q.options.some((o) => o.effects.some((e) => e.criterionId === criterionId)) &&
        (assumed.has(q.id) ||
          (counted[q.id] !== undefined &&
            index.option(q.id, counted[q.id] ?? '')?.uncertain !== true)),
    );
  const groups = {
    answeredLevel: [] as string[],
    unanswered: [] as string[],
    ignored: [] as string[],
  };
  for (const c of result.criteria.filter((x) => x.contribution === 0)) {
    const label = index.criterion(c.criterionId).label;
    if (c.weight === 0) groups.ignored.push(label);
    else if (answered(c.criterionId)) groups.answeredLevel.push(label);
    else groups.unanswered.push(label);
  }
  return (['answeredLevel', 'unanswered', 'ignored'] as const)
    .filter((key) => groups[key].length > 0)
    .map((key) => ({ label: ZERO_PULL[key], criteria: groups[key] }));
}

function notes(
  result: Recommendation,
  detail: string,
  titles: (citations: readonly Citation[]) => string[],
): ViewNote[] {
  const out: ViewNote[] = result.gates.map((gate) => ({
    id: `gate-${gate.gateId}`,
    title: gate.passed ? gate.headline : `${gate.label}: not cleared`,
    text: [gate.answerNote?.note, gate.explanation].filter(Boolean).join(' '),
    citations: gate.citations,
    sources: titles(gate.citations),
  }));
  for (const d of result.dealBreakers) {
    out.push({
      id: `deal-breaker-${d.dealBreakerId}`,
      title: `Deal-breaker: ${d.label} — rules out ${LANGUAGE_NAME[d.rulesOut]}`,
      text: d.explanation,
      citations: d.citations,
      sources: titles(d.citations),
    });
  }
  const language = verdictLanguage(result.verdict);
  if (result.defaultCitations.length > 0 && language) {
    out.push({
      id: 'close-call',
      title: closeCallHeading(language),
      text: detail,
      citations: result.defaultCitations,
      sources: titles(result.defaultCitations),
    });
  }
  return out;
}

/** Every answer behind the recommendation, in questionnaire order: given, then assumed. */
function answersOf(kb: KnowledgeBase, result: Recommendation): RecommendationView['answers'] {
  const index = indexKnowledgeBase(kb);
  const plainOf = (a: { questionId: string; prompt: string; answer: string }) => plain(a);
  return {
    givenLabel: ANSWERS_GIVEN,
    given: result.answers.filter((a) => a.provenance === 'given').map(plainOf),
    assumedLabel: ANSWERS_ASSUMED,
    assumed: result.answers
      .filter((a) => a.provenance === 'assumed')
      .map((a) => ({
        ...plain(a),
        label: assumedFrom(
          a.assumedFrom
            ? (index.option(a.assumedFrom.questionId, a.assumedFrom.optionId)?.label ??
                a.assumedFrom.optionId)
            : 'the kind of service',
        ),
      })),
  };
}
