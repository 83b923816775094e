/**
 * The recommendation for one service: the tally plus everything a person needs to trust or
 * challenge it — reasons with their evidence, confidence, gate notes and revisit triggers.
 */
import type { Answers, Gate, KnowledgeBase, Language } from '../../content';
import { describeAnswerFlip, describeAnswerFlipCount, describeWeightFlip } from './describe-flips';
import { analyseFlips, type FlipAnalysis } from './flips';
import { indexKnowledgeBase } from './kb-index';
import { conditionsHold, effectiveAnswers } from './questions';
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
  sentence: string;
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

export interface Recommendation {
  verdict: Verdict;
  /** Positive leans Rust. */
  score: number;
  maxScore: number;
  margin: number;
  fragile: boolean;
  confidence: Confidence;
  reasons: Reason[];
  /** Every criterion's numbers, including those no answer moved, in knowledge-base order. */
  criteria: CriterionScore[];
  gates: GateNote[];
  /** When the verdict is a close call or a gated default, the sources behind the default. */
  defaultCitations: Citation[];
  /** The smallest answer and weight changes that would turn the verdict to the other language. */
  flips: FlipAnalysis;
  triggers: RevisitTrigger[];
}

/** Scores one service and explains the result. `answers` holds team and service answers together. */
export function recommend(
  kb: KnowledgeBase,
  answers: Answers,
  weights: Weights = {},
): Recommendation {
  const tally = tallyAnswers(kb, answers, weights);
  const confidence = assessConfidence(kb, answers, tally);
  const reasons = explainReasons(kb, tally);
  const fragile = tally.verdict.kind !== 'gated' && tally.margin < kb.scoring.fragileMargin;
  const flips = analyseFlips(kb, answers, weights);
  return {
    verdict: tally.verdict,
    score: tally.score,
    maxScore: tally.maxScore,
    margin: tally.margin,
    fragile,
    confidence,
    reasons,
    criteria: tally.criteria,
    gates: explainGates(kb, tally, effectiveAnswers(kb, answers)),
    defaultCitations:
      tally.verdict.kind === 'close-call' && tally.verdict.tieBreak === 'default'
        ? cite(kb, kb.scoring.defaultLanguageEvidenceIds)
        : [],
    flips,
    triggers: revisitTriggers(kb, tally, reasons, confidence, fragile, flips),
  };
}

function explainReasons(kb: KnowledgeBase, tally: Tally): Reason[] {
  const index = indexKnowledgeBase(kb);
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
      return {
        criterionId: c.criterionId,
        label: criterion.label,
        towards,
        weight: c.weight,
        contribution: c.contribution,
        share: pull > 0 ? Math.abs(c.contribution) / pull : 0,
        sentence: towards === 'rust' ? criterion.rustCase : criterion.goCase,
        answers: sameSide.map((d) => {
          const question = index.question(d.questionId);
          return {
            questionId: d.questionId,
            prompt: question.prompt,
            answer: index.option(d.questionId, d.optionId)?.label ?? d.optionId,
          };
        }),
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
  } else if (fragile) {
    computed.push({
      id: 'fragile-margin',
      label: 'The winner is fragile',
      condition: `The winner leads by only ${percent}% of the largest possible score. ${describeAnswerFlipCount(flips.answers)}`,
      origin: 'computed',
    });
  }
  const flip = flips.answers.kind === 'found' ? flips.answers.sets[0] : undefined;
  if (flip) {
    computed.push({
      id: 'flip-answers',
      label:
        flips.answers.kind === 'found' && flips.answers.size === 1
          ? 'The answer that would flip it'
          : 'The answers that would flip it',
      condition: describeAnswerFlip(kb, flip),
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
      condition: `${unanswered} of ${confidence.shown} questions are unanswered or unsure; answering them can change the verdict.`,
      origin: 'computed',
    });
  }

  // Source triggers that could overturn this verdict: those pushing towards the other language
  // (or either way), from the criteria that carried the verdict first, then the rest by weight.
  const winner = tally.verdict.language;
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
