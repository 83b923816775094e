/**
 * Scoring: answers + weights + knowledge base in, a tally and its confidence out. Pure and
 * deterministic, and a thin reading of the one compiled evaluation in `engine.ts`, which the
 * flip search uses too — so the verdict shown and the flips searched can never disagree.
 *
 * The model, in one paragraph: each answer that counts (given, or assumed from the kind of
 * service while the question is open) leans some criteria towards Rust (+) or Go (−); the leans on
 * one criterion add up and are capped at ±1 (its signal). A criterion contributes weight × signal;
 * the score is the sum, the margin |score| over the largest score these weights allow. A
 * deal-breaker rules a language out whatever the score; a gate (the rewrite bar) can hold the
 * verdict at its default; below the close-call margin a tie-break decides.
 */
import type { Answers, KnowledgeBase } from '../../content';
import {
  activeDealBreakers,
  compileModel,
  holds,
  holdsOne,
  prepareVector,
  toVector,
  toWeightVector,
  UNANSWERED,
  verdictLanguage,
  type AppliedLean,
  type Prepared,
  type Verdict,
} from './engine';
import type { Weights } from './weights';

export { verdictLanguage, otherLanguage, type Verdict } from './engine';

/** One answer's push on one criterion. */
export interface Driver {
  questionId: string;
  optionId: string;
  lean: number;
  /** The sentence the knowledge base gives this answer's effect on this criterion. */
  reason: string;
  /** True when the answer was assumed from the kind of service, not given. */
  assumed: boolean;
}

export interface CriterionScore {
  criterionId: string;
  weight: number;
  /** Capped sum of leans, in [-1, 1]; positive leans Rust. */
  signal: number;
  /** weight × signal; positive leans Rust. */
  contribution: number;
  drivers: Driver[];
}

export interface GateOutcome {
  gateId: string;
  passed: boolean;
}

/** An answer filled in from what the kind of service typically implies. */
export interface Assumption {
  questionId: string;
  optionId: string;
  /** The fixed question and answer it is assumed from. */
  fromQuestionId: string;
  fromOptionId: string;
}

/** The numbers behind a verdict, without the prose. */
export interface Tally {
  criteria: CriterionScore[];
  /** Sum of contributions; positive leans Rust. */
  score: number;
  /** Sum of weights: the largest |score| these weights allow. */
  maxScore: number;
  /** |score| / maxScore, in [0, 1]; 0 when every weight is 0. */
  margin: number;
  verdict: Verdict;
  gates: GateOutcome[];
  /** Deal-breakers whose conditions the answers meet, in knowledge-base order. */
  dealBreakerIds: string[];
  assumptions: Assumption[];
}

/**
 * Scores one service's answers (team and service answers together) under the given weight
 * overrides. Hidden questions and unknown answers are ignored.
 */
export function tallyAnswers(
  kb: KnowledgeBase,
  answers: Answers,
  weightOverrides: Weights = {},
): Tally {
  const model = compileModel(kb);
  const applied: AppliedLean[] = [];
  const prepared = prepareVector(
    model,
    toVector(model, answers),
    toWeightVector(kb, weightOverrides),
    applied,
  );
  return tallyPrepared(kb, prepared, applied);
}

/**
 * The tally for answers converted and evaluated once; `applied` must be the leans that
 * evaluation applied (see `prepareVector`).
 */
export function tallyPrepared(
  kb: KnowledgeBase,
  prepared: Prepared,
  applied: readonly AppliedLean[],
): Tally {
  const { model, weights, state, evaluation } = prepared;

  const drivers: Driver[][] = kb.criteria.map(() => []);
  for (const lean of applied) {
    const question = kb.questions.find((q) => q.id === model.questions[lean.question]?.id);
    const option = question?.options.find(
      (o) => o.id === model.questions[lean.question]?.options[lean.option]?.id,
    );
    const effect = option?.effects.filter((e) => e.lean !== 0)[lean.effect];
    if (!question || !option || !effect) continue;
    drivers[lean.slot]?.push({
      questionId: question.id,
      optionId: option.id,
      lean: lean.lean,
      reason: effect.reason,
      assumed: lean.assumed,
    });
  }
  const criteria = kb.criteria.map((criterion, i): CriterionScore => {
    const weight = weights[i] ?? 0;
    const signal = Math.max(-1, Math.min(1, state.sums[i] ?? 0));
    return {
      criterionId: criterion.id,
      weight,
      signal,
      contribution: weight * signal || 0,
      drivers: drivers[i] ?? [],
    };
  });

  const gates = model.gates
    .filter((g) => holds(g.appliesWhen, state.counted))
    .map((g) => ({
      gateId: g.gateId,
      passed: g.passWhenAny.some((c) => holdsOne(c, state.counted)),
    }));
  const assumptions: Assumption[] = [];
  model.questions.forEach((q, i) => {
    const option = state.effective[i] ?? UNANSWERED;
    if (state.assumed[i] !== 1 || option === UNANSWERED) return;
    const source = q.assumptions.find(
      (a) => a.assumed === option && state.counted[a.controller] === a.option,
    );
    const controller = source ? model.questions[source.controller] : undefined;
    if (!source || !controller) return;
    assumptions.push({
      questionId: q.id,
      optionId: q.options[option]?.id ?? '',
      fromQuestionId: controller.id,
      fromOptionId: controller.options[source.option]?.id ?? '',
    });
  });
  return {
    criteria,
    score: evaluation.score,
    maxScore: evaluation.maxScore,
    margin: evaluation.margin,
    verdict: evaluation.verdict,
    gates,
    dealBreakerIds: activeDealBreakers(model, state.counted).map((d) => d.id),
    assumptions,
  };
}

export type ConfidenceLevel = 'low' | 'medium' | 'high';

export interface Confidence {
  level: ConfidenceLevel;
  /** Shown questions that carry weight, answered with something other than "not sure". */
  answered: number;
  /** Shown questions that carry weight. */
  shown: number;
  /**
   * Share of what carries weight that was answered: the weights of the criteria each shown
   * question can move, summed over answered questions, over the same sum for all shown ones.
   * Assumed answers do not count as answered.
   */
  coverage: number;
  margin: number;
  /** Whether the verdict is a close call (or has no language), which caps confidence at low. */
  closeCall: boolean;
  /** The verdict's stability (share of plausible variations under which it holds), 0..1. */
  stability: number;
  /** Whether the verdict is fragile (one one-step change of one given estimate turns it). */
  oneAnswerFlip: boolean;
  /**
   * What decides the verdict: the score, a rule (a deal-breaker or a gate), or nothing (not
   * started, or the constraints conflict).
   */
  decidedBy: 'score' | 'rule' | 'none';
}

/**
 * How far to trust a verdict, by one rule in the knowledge base (`scoring.confidence`): each
 * level needs a share of what carries weight answered and a stability; a close call is low.
 */
export function assessConfidence(
  kb: KnowledgeBase,
  prepared: Prepared,
  stability: number,
  fragile: boolean,
): Confidence {
  const { model, weights, state } = prepared;
  const verdict = prepared.evaluation.verdict;
  let shown = 0;
  let answered = 0;
  let stakeShown = 0;
  let stakeAnswered = 0;
  model.questions.forEach((q, i) => {
    if (state.shown[i] !== 1 || q.slots.length === 0) return;
    const stake = q.slots.reduce((sum, slot) => sum + (weights[slot] ?? 0), 0);
    const option = state.counted[i] ?? UNANSWERED;
    const firm = option !== UNANSWERED && !q.options[option]?.uncertain;
    shown += 1;
    stakeShown += stake;
    if (firm) {
      answered += 1;
      stakeAnswered += stake;
    }
  });
  const coverage = stakeShown > 0 ? stakeAnswered / stakeShown : 0;
  const { high, medium } = kb.scoring.confidence;
  const closeCall = verdict.kind === 'close-call' || verdictLanguage(verdict) === undefined;
  const level: ConfidenceLevel = closeCall
    ? 'low'
    : coverage >= high.answered && stability >= high.stability
      ? 'high'
      : coverage >= medium.answered && stability >= medium.stability
        ? 'medium'
        : 'low';
  const kind = verdict.kind;
  const decidedBy =
    kind === 'not-started' || kind === 'conflict'
      ? 'none'
      : kind === 'ruled-out' || kind === 'gated'
        ? 'rule'
        : 'score';
  return {
    level,
    answered,
    shown,
    coverage,
    margin: prepared.evaluation.margin,
    closeCall,
    stability,
    oneAnswerFlip: fragile,
    decidedBy,
  };
}

/** The verdict's language as a rank from most Go (0) to most Rust (3), for ordering verdicts. */
export function verdictRank(verdict: Verdict): number {
  const language = verdictLanguage(verdict);
  if (language === undefined) return 1.5;
  if (verdict.kind === 'close-call') return language === 'rust' ? 2 : 1;
  return language === 'rust' ? 3 : 0;
}
