/**
 * The recommendation for one service: the tally plus everything a person needs to trust or
 * challenge it — reasons with their evidence, confidence, gate notes and revisit triggers.
 */
import type { Answers, KnowledgeBase, Language } from '../../content';
import { describeAnswerFlip, describeAnswerFlipCount, describeWeightFlip } from './describe-flips';
import { analyseFlips, type FlipAnalysis } from './flips';
import { indexKnowledgeBase } from './kb-index';
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

/** A note explaining a gate's effect on the verdict. */
export interface GateNote {
  gateId: string;
  label: string;
  passed: boolean;
  headline: string;
  explanation: string;
  citations: Citation[];
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
    gates: explainGates(kb, tally),
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

function explainGates(kb: KnowledgeBase, tally: Tally): GateNote[] {
  return tally.gates.flatMap((outcome) => {
    const gate = kb.gates.find((g) => g.id === outcome.gateId);
    if (!gate) return [];
    return [
      outcome.passed
        ? {
            gateId: gate.id,
            label: gate.label,
            passed: true,
            headline: `${gate.label}: cleared`,
            explanation: gate.passedNote,
            citations: cite(kb, gate.passedEvidenceIds),
          }
        : {
            gateId: gate.id,
            label: gate.label,
            passed: false,
            headline: gate.otherwise.headline,
            explanation: gate.otherwise.explanation,
            citations: cite(kb, gate.otherwise.evidenceIds),
          },
    ];
  });
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
      const trigger = kb.triggers.find((t) => t.id === triggerId);
      if (!trigger || seen.has(triggerId) || trigger.pushesTowards === winner) continue;
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
