/**
 * The recommendation for one service: the tally plus everything a person needs to trust or
 * challenge it — reasons with their evidence, confidence, gate notes and revisit triggers.
 */
import type { Answers, Gate, KnowledgeBase, Language } from '../../content';
import {
  compileModel,
  evaluateState,
  holdsOne,
  isGiven,
  prepareVector,
  toVector,
  toWeightVector,
  UNANSWERED,
  verdictLanguage,
  type AppliedLean,
  type CompiledModel,
  type Prepared,
  type Provenance,
} from './engine';
import { analysePrepared, type FlipAnalysis } from './flips';
import { indexKnowledgeBase } from './kb-index';
import { revisitTriggers, type RevisitTrigger } from './revisit-triggers';
import { sampleVerdicts, stabilityFrom, type Stability } from './sampling';
import {
  assessConfidence,
  tallyPrepared,
  type Confidence,
  type CriterionScore,
  type Tally,
  type Verdict,
} from './score';
import type { Weights } from './weights';

export type { RevisitTrigger } from './revisit-triggers';
export type { Stability } from './sampling';
export type { Provenance } from './engine';

/** A source cited for a reason. */
export interface Citation {
  evidenceId: string;
  sourceId: string;
}

/** An answer that drove a reason, in words. */
export interface AnswerCited {
  questionId: string;
  prompt: string;
  answer: string;
  /** True when the answer was assumed from the kind of service rather than given. */
  assumed?: boolean;
  /** Whether the answer was given by the plan's author or assumed from the kind of service. */
  provenance: Provenance;
  /** What this answer says about the criterion, from the knowledge base. */
  sentence?: string;
}

/** An answer filled in from the kind of service, shown so the person can confirm or replace it. */
export interface AssumptionNote {
  questionId: string;
  prompt: string;
  /** The assumed answer's label. */
  answer: string;
  /** The answer it is assumed from, e.g. the kind of service. */
  because: { questionId: string; prompt: string; answer: string };
}

/** A deal-breaker the answers meet: which language it rules out, why, and the answers behind it. */
export interface DealBreakerNote {
  dealBreakerId: string;
  label: string;
  rulesOut: Language;
  explanation: string;
  answers: AnswerCited[];
  citations: Citation[];
}

/** One criterion's contribution, signed towards a language, with the sentence that explains it. */
export interface Reason {
  criterionId: string;
  label: string;
  towards: Language;
  weight: number;
  /** Signed: positive leans Rust. */
  contribution: number;
  /** Share of the total pull (both directions) this reason accounts for, in [0, 1]. */
  share: number;
  /** What the answers behind it say, in their own sentences; assumed ones say so. */
  sentence: string;
  /** True when every answer behind it was assumed rather than given. */
  assumed: boolean;
  answers: AnswerCited[];
  citations: Citation[];
}

/** One bar of a gate: the question behind it, the answer given, and whether it is met. */
export interface GateBar {
  questionId: string;
  prompt: string;
  /** The chosen option's label; absent when the question is unanswered. */
  answer?: string;
  met: boolean;
  /**
   * `met`; `not-met`: answered, and not met ("no"); `unknown`: not shown either way (unanswered,
   * "not sure", "we have not profiled it yet") — not shown is not the same as not true.
   */
  status: 'met' | 'not-met' | 'unknown';
}

/** What the knowledge base says about the user's answer to the question a held gate names. */
export interface GateAnswerNote extends AnswerCited {
  note: string;
}

/** A note explaining a gate's effect on the verdict. */
export interface GateNote {
  gateId: string;
  label: string;
  passed: boolean;
  headline: string;
  explanation: string;
  citations: Citation[];
  /** Every bar, in the knowledge base's order, with the answer that meets it or not. */
  bars: GateBar[];
  /** For a held gate: advice that names the user's answer (the rewrite's bottleneck). */
  answerNote?: GateAnswerNote;
}

/** A question to answer first, for a service with nothing answered yet. */
export interface FirstQuestion {
  questionId: string;
  prompt: string;
}

/** An organisation profile's adjustment to the score, as its own part beside the criteria. */
export interface ProfilePart {
  id: string;
  label: string;
  /** Signed points: positive leans Rust. Criteria contributions plus these sum to `score`. */
  contribution: number;
  sentence: string;
}

/** What the organisation profile did to the verdict. */
export interface ProfileEffect {
  /** True when the verdict's language (or having one) differs from the verdict without it. */
  turned: boolean;
  /** The verdict the same answers and weights get without the profile's rings. */
  without: Verdict;
}

/** An answer as it counts in this recommendation: given by the plan's author, or assumed. */
export interface CountedAnswer {
  questionId: string;
  prompt: string;
  optionId: string;
  answer: string;
  provenance: Provenance;
  /** For an assumed answer: the fixed question and answer it comes from. */
  assumedFrom?: { questionId: string; optionId: string };
}

export interface Recommendation {
  verdict: Verdict;
  /** Positive leans Rust. */
  score: number;
  maxScore: number;
  margin: number;
  /**
   * True exactly when one one-step change of one given estimate turns the verdict's language
   * (see `flips.fragile`). Changes of facts are events (`flips.events`), never fragility.
   */
  fragile: boolean;
  /** Share of plausible variations (estimates, open questions, weights) under which it holds. */
  stability: Stability;
  confidence: Confidence;
  reasons: Reason[];
  /** Every criterion's numbers, including those no answer moved, in knowledge-base order. */
  criteria: CriterionScore[];
  /** The organisation profile's adjustments; criteria plus these sum to `score`. */
  profileParts: ProfilePart[];
  /** Present when an organisation profile applies: whether it turned the verdict, and from what. */
  profileEffect: ProfileEffect | null;
  /** Every shown question's answer as it counts (given or assumed), in questionnaire order. */
  answers: CountedAnswer[];
  gates: GateNote[];
  /** Deal-breakers the answers meet (they decide a ruled-out or conflicting verdict). */
  dealBreakers: DealBreakerNote[];
  /** Answers assumed from the kind of service, to confirm or replace. */
  assumptions: AssumptionNote[];
  /** When the verdict is a close call, the sources behind how it was broken. */
  defaultCitations: Citation[];
  /**
   * What would turn the verdict: `answers` ("if an answer is off": one-step estimate changes),
   * `events` ("if things change": facts about the team and organisation), weights, and for a
   * close call the open questions that would settle it.
   */
  flips: FlipAnalysis;
  triggers: RevisitTrigger[];
  /** For a service not started: the questions that carry most weight, to answer first. */
  firstQuestions: FirstQuestion[];
}

/** Scores one service and explains the result. `answers` holds team and service answers together. */
export function recommend(
  kb: KnowledgeBase,
  answers: Answers,
  weights: Weights = {},
): Recommendation {
  const model = compileModel(kb);
  const applied: AppliedLean[] = [];
  // The answers are converted and evaluated once, and that evaluation is passed on.
  const prepared = prepareVector(
    model,
    toVector(model, answers),
    toWeightVector(kb, weights),
    applied,
  );
  const tally = tallyPrepared(kb, prepared, applied);
  const flips = analysePrepared(kb, prepared);
  const stability = stabilityOf(kb, prepared);
  const confidence = assessConfidence(kb, prepared, stability.share, flips.fragile);
  const reasons = explainReasons(kb, tally);
  return {
    verdict: tally.verdict,
    score: tally.score,
    maxScore: tally.maxScore,
    margin: tally.margin,
    fragile: flips.fragile,
    stability,
    confidence,
    reasons,
    criteria: tally.criteria,
    profileParts: profileParts(kb, tally.maxScore),
    profileEffect: profileEffect(kb, prepared),
    answers: countedAnswers(kb, prepared, tally),
    gates: explainGates(kb, tally, prepared),
    dealBreakers: explainDealBreakers(kb, tally, prepared),
    assumptions: explainAssumptions(kb, tally),
    defaultCitations: tieBreakCitations(kb, tally.verdict),
    flips,
    triggers: revisitTriggers(kb, tally, reasons, confidence, flips),
    firstQuestions: tally.verdict.kind === 'not-started' ? firstQuestions(kb, prepared) : [],
  };
}

/** The verdict's stability, sampled from the answers as prepared (see `sampling.ts`). */
function stabilityOf(kb: KnowledgeBase, prepared: Prepared): Stability {
  const { model, vector, weights } = prepared;
  const sampled = sampleVerdicts(model, [vector], weights, kb.scoring.stability);
  const language = verdictLanguage(prepared.evaluation.verdict) ?? null;
  return stabilityFrom(sampled.counts, sampled.samples, language, sampled.varied);
}

function profileParts(kb: KnowledgeBase, maxScore: number): ProfilePart[] {
  return (kb.scoring.adjustments ?? []).map((a) => ({
    id: a.id,
    label: a.label,
    contribution: a.share * maxScore || 0,
    sentence: a.sentence,
  }));
}

const withoutProfile = new WeakMap<KnowledgeBase, CompiledModel>();

/** The verdict without the profile's rings: no adjustments, no holds (same answers and weights). */
function profileEffect(kb: KnowledgeBase, prepared: Prepared): ProfileEffect | null {
  const held = kb.dealBreakers.some((d) => d.fromProfile);
  if (!held && (kb.scoring.adjustments ?? []).length === 0) return null;
  let model = withoutProfile.get(kb);
  if (!model) {
    model = compileModel({
      ...kb,
      dealBreakers: kb.dealBreakers.filter((d) => !d.fromProfile),
      scoring: { ...kb.scoring, bias: 0, adjustments: [] },
    });
    withoutProfile.set(kb, model);
  }
  const state = prepareVector(model, prepared.vector, prepared.weights).state;
  const without = evaluateState(model, state, prepared.weights).verdict;
  const turned =
    verdictLanguage(without) !== verdictLanguage(prepared.evaluation.verdict) ||
    (without.kind === 'conflict') !== (prepared.evaluation.verdict.kind === 'conflict');
  return { turned, without };
}

function countedAnswers(kb: KnowledgeBase, prepared: Prepared, tally: Tally): CountedAnswer[] {
  const index = indexKnowledgeBase(kb);
  const { model, state } = prepared;
  const from = new Map(tally.assumptions.map((a) => [a.questionId, a]));
  const list: CountedAnswer[] = [];
  model.questions.forEach((q, i) => {
    const option = state.effective[i] ?? UNANSWERED;
    if (state.shown[i] !== 1 || option === UNANSWERED) return;
    const optionId = q.options[option]?.id ?? '';
    const assumed = state.assumed[i] === 1;
    const source = from.get(q.id);
    list.push({
      questionId: q.id,
      prompt: index.question(q.id).prompt,
      optionId,
      answer: index.option(q.id, optionId)?.label ?? optionId,
      provenance: assumed ? 'assumed' : 'given',
      ...(assumed && source
        ? { assumedFrom: { questionId: source.fromQuestionId, optionId: source.fromOptionId } }
        : {}),
    });
  });
  return list;
}

/** How many questions a not-started service is asked to answer first. */
const FIRST_QUESTIONS = 4;

/** The shown questions about the service that can move the most weight, the kind of service first. */
function firstQuestions(kb: KnowledgeBase, prepared: Prepared): FirstQuestion[] {
  const weightOf = new Map(kb.criteria.map((c) => [c.id, c.defaultWeight]));
  const stake = (questionId: string): number => {
    const question = indexKnowledgeBase(kb).question(questionId);
    const criteria = new Set(question.options.flatMap((o) => o.effects.map((e) => e.criterionId)));
    return [...criteria].reduce((sum, c) => sum + (weightOf.get(c) ?? 0), 0);
  };
  const shown = prepared.state.shown;
  const service = indexKnowledgeBase(kb)
    .questionsInOrder.filter((_, i) => shown[i] === 1)
    .filter((q) => q.scope === 'service');
  const kinds = service.filter((q) => q.options.some((o) => o.assumes));
  const rest = service.filter((q) => !kinds.includes(q)).sort((a, b) => stake(b.id) - stake(a.id));
  return [...kinds, ...rest]
    .slice(0, FIRST_QUESTIONS)
    .map((q) => ({ questionId: q.id, prompt: q.prompt }));
}

/** The sources behind a close call's tie-break (or the default), else none. */
function tieBreakCitations(kb: KnowledgeBase, verdict: Verdict): Citation[] {
  if (verdict.kind !== 'close-call') return [];
  const tieBreak = kb.scoring.tieBreaks.find((t) => t.id === verdict.tieBreak);
  return cite(kb, tieBreak ? tieBreak.evidenceIds : kb.scoring.defaultLanguageEvidenceIds);
}

function explainDealBreakers(
  kb: KnowledgeBase,
  tally: Tally,
  prepared: Prepared,
): DealBreakerNote[] {
  const index = indexKnowledgeBase(kb);
  const counted = countedIds(prepared);
  return kb.dealBreakers
    .filter((d) => tally.dealBreakerIds.includes(d.id))
    .map((d) => ({
      dealBreakerId: d.id,
      label: d.label,
      rulesOut: d.rulesOut,
      explanation: d.explanation,
      answers: d.when.map((c) => {
        const optionId = counted[c.questionId] ?? '';
        return {
          questionId: c.questionId,
          prompt: index.question(c.questionId).prompt,
          answer: index.option(c.questionId, optionId)?.label ?? optionId,
          provenance: 'given' as const,
        };
      }),
      citations: cite(kb, d.evidenceIds),
    }));
}

function explainAssumptions(kb: KnowledgeBase, tally: Tally): AssumptionNote[] {
  const index = indexKnowledgeBase(kb);
  return tally.assumptions.map((a) => ({
    questionId: a.questionId,
    prompt: index.question(a.questionId).prompt,
    answer: index.option(a.questionId, a.optionId)?.label ?? a.optionId,
    because: {
      questionId: a.fromQuestionId,
      prompt: index.question(a.fromQuestionId).prompt,
      answer: index.option(a.fromQuestionId, a.fromOptionId)?.label ?? a.fromOptionId,
    },
  }));
}

function explainReasons(kb: KnowledgeBase, tally: Tally): Reason[] {
  const index = indexKnowledgeBase(kb);
  const assumedFrom = new Map(
    tally.assumptions.map((a) => [
      a.questionId,
      index.option(a.fromQuestionId, a.fromOptionId)?.label ?? a.fromOptionId,
    ]),
  );
  const pull = tally.criteria.reduce((sum, c) => sum + Math.abs(c.contribution), 0);
  return tally.criteria
    .filter((c) => c.contribution !== 0)
    .sort(
      (a, b) =>
        Math.abs(b.contribution) - Math.abs(a.contribution) ||
        a.criterionId.localeCompare(b.criterionId),
    )
    .map((c) => {
      const criterion = index.criterion(c.criterionId);
      const towards: Language = c.contribution > 0 ? 'rust' : 'go';
      const sameSide = c.drivers.filter((d) => (towards === 'rust' ? d.lean > 0 : d.lean < 0));
      const answers = sameSide.map((d) => {
        const kind = assumedFrom.get(d.questionId);
        return {
          questionId: d.questionId,
          prompt: index.question(d.questionId).prompt,
          answer: index.option(d.questionId, d.optionId)?.label ?? d.optionId,
          assumed: d.assumed,
          provenance: d.assumed ? ('assumed' as const) : ('given' as const),
          sentence: d.assumed && kind ? `Assumed for “${kind}”: ${d.reason}` : d.reason,
        };
      });
      return {
        criterionId: c.criterionId,
        label: criterion.label,
        towards,
        weight: c.weight,
        contribution: c.contribution,
        share: pull > 0 ? Math.abs(c.contribution) / pull : 0,
        sentence: answers.map((a) => a.sentence).join(' '),
        assumed: answers.length > 0 && answers.every((a) => a.assumed),
        answers,
        citations: cite(kb, criterion.evidence[towards]),
      };
    });
}

/** Explicit answers as they count (shown questions only), by id, from the one evaluation. */
function countedIds(prepared: Prepared): Answers {
  const counted: Record<string, string> = {};
  prepared.model.questions.forEach((q, i) => {
    const option = prepared.state.counted[i] ?? UNANSWERED;
    if (option !== UNANSWERED) counted[q.id] = q.options[option]?.id ?? '';
  });
  return counted;
}

function explainGates(kb: KnowledgeBase, tally: Tally, prepared: Prepared): GateNote[] {
  const index = indexKnowledgeBase(kb);
  const counted = countedIds(prepared);
  const { model, state } = prepared;
  const position = new Map(model.questions.map((q, i) => [q.id, i]));
  const answerLabel = (questionId: string): string | undefined => {
    const optionId = counted[questionId];
    return optionId === undefined ? undefined : index.option(questionId, optionId)?.label;
  };
  return tally.gates.flatMap((outcome): GateNote[] => {
    const gate = kb.gates.find((g) => g.id === outcome.gateId);
    if (!gate) return [];
    const compiled = model.gates.find((g) => g.gateId === gate.id);
    const bars = gate.passWhenAny.map((condition, b) => {
      const bar = compiled?.passWhenAny[b];
      const met = bar ? holdsOne(bar, state.counted) : false;
      const q = position.get(condition.questionId) ?? -1;
      const status: GateBar['status'] = met
        ? 'met'
        : isGiven(model, state, q)
          ? 'not-met'
          : 'unknown';
      return {
        questionId: condition.questionId,
        prompt: index.question(condition.questionId).prompt,
        answer: answerLabel(condition.questionId),
        met,
        status,
      };
    });
    const common = { gateId: gate.id, label: gate.label, bars };
    if (outcome.passed) {
      return [
        {
          ...common,
          passed: true,
          headline: gate.passedHeadline,
          explanation: gate.passedNote,
          citations: cite(kb, gate.passedEvidenceIds),
        },
      ];
    }
    const answerNote = noteOnAnswer(kb, gate, counted);
    return [
      {
        ...common,
        passed: false,
        headline: gate.otherwise.headline,
        explanation: gate.otherwise.explanation,
        citations: cite(kb, gate.otherwise.evidenceIds),
        ...(answerNote ? { answerNote } : {}),
      },
    ];
  });
}

/** The held gate's advice on the answer it names, when that question is answered. */
function noteOnAnswer(kb: KnowledgeBase, gate: Gate, counted: Answers): GateAnswerNote | undefined {
  const notes = gate.otherwise.answerNotes;
  const optionId = notes ? counted[notes.questionId] : undefined;
  const note = notes && optionId !== undefined ? notes.notes[optionId] : undefined;
  if (!notes || optionId === undefined || note === undefined) return undefined;
  const index = indexKnowledgeBase(kb);
  return {
    questionId: notes.questionId,
    prompt: index.question(notes.questionId).prompt,
    answer: index.option(notes.questionId, optionId)?.label ?? optionId,
    provenance: 'given',
    note,
  };
}

function cite(kb: KnowledgeBase, evidenceIds: readonly string[]): Citation[] {
  const index = indexKnowledgeBase(kb);
  return evidenceIds.map((evidenceId) => ({
    evidenceId,
    sourceId: index.evidence(evidenceId).sourceId,
  }));
}
