/**
 * The recommendation for one service: the tally plus everything a person needs to trust or
 * challenge it — reasons with their evidence, confidence, gate notes and revisit triggers.
 */
import type { Answers, Gate, KnowledgeBase, Language } from '../../content';
import { describeFlipEvent, describeWeightFlip } from './describe-flips';
import { verdictLanguage } from './engine';
import { analyseFlips, type FlipAnalysis } from './flips';
import { indexKnowledgeBase } from './kb-index';
import { conditionsHold, effectiveAnswers, visibleQuestions } from './questions';
import {
  assessConfidence,
  tallyAnswers,
  type Confidence,
  type CriterionScore,
  type Tally,
  type Verdict,
} from './score';
import type { Weights } from './weights';

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

/** How many of the sources' triggers a result lists: the ones most likely to matter. */
const MAX_SOURCE_TRIGGERS = 6;

export interface RevisitTrigger {
  id: string;
  label: string;
  condition: string;
  /** `source`: named by an article; `computed`: derived from this result. */
  origin: 'source' | 'computed';
  sourceId?: string;
}

/** One bar of a gate: the question behind it, the answer given, and whether it is met. */
export interface GateBar {
  questionId: string;
  prompt: string;
  /** The chosen option's label; absent when the question is unanswered. */
  answer?: string;
  met: boolean;
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

export interface Recommendation {
  verdict: Verdict;
  /** Positive leans Rust. */
  score: number;
  maxScore: number;
  margin: number;
  /** True when one realistic answer change would turn a scored verdict (clear or close call). */
  fragile: boolean;
  confidence: Confidence;
  reasons: Reason[];
  /** Every criterion's numbers, including those no answer moved, in knowledge-base order. */
  criteria: CriterionScore[];
  gates: GateNote[];
  /** Deal-breakers the answers meet (they decide a ruled-out or conflicting verdict). */
  dealBreakers: DealBreakerNote[];
  /** Answers assumed from the kind of service, to confirm or replace. */
  assumptions: AssumptionNote[];
  /** When the verdict is a close call, the sources behind how it was broken. */
  defaultCitations: Citation[];
  /** The smallest answer and weight changes that would turn the verdict to the other language. */
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
  const tally = tallyAnswers(kb, answers, weights);
  const flips = analyseFlips(kb, answers, weights);
  const confidence = assessConfidence(kb, answers, tally, flips.answers, weights);
  const reasons = explainReasons(kb, tally);
  const scored = tally.verdict.kind === 'clear' || tally.verdict.kind === 'close-call';
  const fragile = scored && confidence.oneAnswerFlip;
  const counted = effectiveAnswers(kb, answers);
  return {
    verdict: tally.verdict,
    score: tally.score,
    maxScore: tally.maxScore,
    margin: tally.margin,
    fragile,
    confidence,
    reasons,
    criteria: tally.criteria,
    gates: explainGates(kb, tally, counted),
    dealBreakers: explainDealBreakers(kb, tally, counted),
    assumptions: explainAssumptions(kb, tally),
    defaultCitations: tieBreakCitations(kb, tally.verdict),
    flips,
    triggers: revisitTriggers(kb, tally, reasons, confidence, fragile, flips),
    firstQuestions: tally.verdict.kind === 'not-started' ? firstQuestions(kb, answers) : [],
  };
}

/** How many questions a not-started service is asked to answer first. */
const FIRST_QUESTIONS = 4;

/** The shown questions about the service that can move the most weight, the kind of service first. */
function firstQuestions(kb: KnowledgeBase, answers: Answers): FirstQuestion[] {
  const weightOf = new Map(kb.criteria.map((c) => [c.id, c.defaultWeight]));
  const stake = (questionId: string): number => {
    const question = indexKnowledgeBase(kb).question(questionId);
    const criteria = new Set(question.options.flatMap((o) => o.effects.map((e) => e.criterionId)));
    return [...criteria].reduce((sum, c) => sum + (weightOf.get(c) ?? 0), 0);
  };
  const service = visibleQuestions(kb, answers).filter((q) => q.scope === 'service');
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

function explainDealBreakers(kb: KnowledgeBase, tally: Tally, counted: Answers): DealBreakerNote[] {
  const index = indexKnowledgeBase(kb);
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

/** `counted` must be the effective answers: only shown questions and existing options. */
function explainGates(kb: KnowledgeBase, tally: Tally, counted: Answers): GateNote[] {
  const index = indexKnowledgeBase(kb);
  const answerLabel = (questionId: string): string | undefined => {
    const optionId = counted[questionId];
    return optionId === undefined ? undefined : index.option(questionId, optionId)?.label;
  };
  return tally.gates.flatMap((outcome): GateNote[] => {
    const gate = kb.gates.find((g) => g.id === outcome.gateId);
    if (!gate) return [];
    const bars = gate.passWhenAny.map((condition) => ({
      questionId: condition.questionId,
      prompt: index.question(condition.questionId).prompt,
      answer: answerLabel(condition.questionId),
      met: conditionsHold([condition], counted),
    }));
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
    note,
  };
}

/**
 * The conditions that should reopen this decision: those the sources attach to the criteria that
 * shaped it, strongest first, plus conditions computed from the result itself.
 */
function revisitTriggers(
  kb: KnowledgeBase,
  tally: Tally,
  reasons: readonly Reason[],
  confidence: Confidence,
  fragile: boolean,
  flips: FlipAnalysis,
): RevisitTrigger[] {
  const winner = verdictLanguage(tally.verdict);
  if (winner === undefined) return [];
  const index = indexKnowledgeBase(kb);
  const computed: RevisitTrigger[] = [];
  const percent = Math.round(tally.margin * 100);
  if (tally.verdict.kind === 'close-call') {
    computed.push({
      id: 'close-call',
      label: 'The call is close',
      condition: `The two languages are within ${percent}% of the largest possible score. Any answer that firms up should reopen the decision.`,
      origin: 'computed',
    });
  }
  // A fragile winner is one whose nearest flip is a single answer: the event names it, so the
  // trigger says both at once rather than "fragile" and then the event again.
  const flip = flips.answers.kind === 'found' ? flips.answers.sets[0] : undefined;
  if (flip) {
    computed.push({
      id: 'flip-answers',
      label:
        fragile && flip.changes.length === 1
          ? 'One event away from flipping'
          : 'The nearest event that would flip it',
      condition: describeFlipEvent(flip),
      origin: 'computed',
    });
  }
  if (flips.weights.kind === 'found') {
    computed.push({
      id: 'flip-weight',
      label: 'A shift in priorities',
      condition: describeWeightFlip(kb, flips.weights.smallest),
      origin: 'computed',
    });
  }
  const unanswered = confidence.shown - confidence.answered;
  if (unanswered > 0) {
    computed.push({
      id: 'unanswered-questions',
      label: 'Open questions',
      condition: `${unanswered} of ${confidence.shown} questions are unanswered, unsure or assumed; answering them can change the verdict.`,
      origin: 'computed',
    });
  }

  // Source triggers that could overturn this verdict: those pushing towards the other language
  // (or either way), from the criteria that carried the verdict first, then the rest by weight.
  const ordered = [
    ...reasons.filter((r) => r.towards === winner).map((r) => r.criterionId),
    ...[...tally.criteria].sort((a, b) => b.weight - a.weight).map((c) => c.criterionId),
  ];
  const seen = new Set<string>();
  const fromSources: RevisitTrigger[] = [];
  for (const criterionId of ordered) {
    for (const triggerId of index.criterion(criterionId).triggers) {
      const trigger = index.trigger(triggerId);
      if (seen.has(triggerId) || trigger.pushesTowards === winner) continue;
      seen.add(triggerId);
      fromSources.push({
        id: trigger.id,
        label: trigger.label,
        condition: trigger.condition,
        sourceId: trigger.sourceId,
        origin: 'source',
      });
    }
  }
  return [...computed, ...fromSources.slice(0, MAX_SOURCE_TRIGGERS)];
}

function cite(kb: KnowledgeBase, evidenceIds: readonly string[]): Citation[] {
  const index = indexKnowledgeBase(kb);
  return evidenceIds.map((evidenceId) => ({
    evidenceId,
    sourceId: index.evidence(evidenceId).sourceId,
  }));
}
