/**
 * Scoring: answers + weights + knowledge base in, a verdict out. Pure and deterministic.
 *
 * The model, in one paragraph: each answer leans some criteria towards Rust (+) or Go (−); the
 * leans on one criterion add up and are capped at ±1 (its signal). A criterion contributes
 * weight × signal. The score is the sum of contributions; the margin is |score| over the largest
 * score possible with these weights. Below the close-call margin the verdict is a close call,
 * broken by the team's fluent language, or else by the sources' default (Go). A gate (the rewrite
 * bar) can hold the verdict at its default when none of its conditions is met.
 */
import type { Answers, Gate, KnowledgeBase, Language } from '../../content';
import { indexKnowledgeBase } from './kb-index';
import { conditionsHold, effectiveAnswers, visibleQuestions } from './questions';
import { resolveWeights, type Weights } from './weights';

/** One answer's push on one criterion. */
export interface Driver {
  questionId: string;
  optionId: string;
  lean: number;
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

export type Verdict =
  /** The score clears the close-call margin. */
  | { kind: 'clear'; language: Language }
  /** Too close to call; `tieBreak` says what decided. */
  | { kind: 'close-call'; language: Language; tieBreak: 'team-fluency' | 'default' }
  /** A gate held the verdict at its default. */
  | { kind: 'gated'; language: Language; gateId: string };

export interface GateOutcome {
  gateId: string;
  passed: boolean;
}

/** The numbers behind a verdict, without the prose. Cheap enough to call in a search loop. */
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
  const index = indexKnowledgeBase(kb);
  const counted = effectiveAnswers(kb, answers);
  const weights = resolveWeights(kb, weightOverrides);

  const drivers: Driver[][] = kb.criteria.map(() => []);
  for (const [questionId, optionId] of Object.entries(counted)) {
    const option = index.option(questionId, optionId);
    for (const effect of option?.effects ?? []) {
      const slot = index.criterionIndex.get(effect.criterionId);
      if (slot !== undefined && effect.lean !== 0) {
        drivers[slot]?.push({ questionId, optionId, lean: effect.lean });
      }
    }
  }

  let score = 0;
  let maxScore = 0;
  const criteria = kb.criteria.map((criterion, i): CriterionScore => {
    const own = drivers[i] ?? [];
    const signal = clamp(own.reduce((sum, d) => sum + d.lean, 0));
    const weight = weights[criterion.id] ?? 0;
    // `|| 0` folds -0 (weight 0 × a Go-leaning signal) into 0, so it never prints as "-0".
    const contribution = weight * signal || 0;
    score += contribution;
    maxScore += weight;
    return { criterionId: criterion.id, weight, signal, contribution, drivers: own };
  });

  const margin = maxScore > 0 ? Math.abs(score) / maxScore : 0;
  const gates = kb.gates
    .filter((g) => conditionsHold(g.appliesWhen, counted))
    .map((g) => ({ gateId: g.id, passed: gatePassed(g, counted) }));
  const verdict = decideVerdict(kb, counted, score, margin, gates);
  return { criteria, score, maxScore, margin, verdict, gates };
}

function gatePassed(gate: Gate, counted: Answers): boolean {
  return gate.passWhenAny.some((c) => conditionsHold([c], counted));
}

function decideVerdict(
  kb: KnowledgeBase,
  counted: Answers,
  score: number,
  margin: number,
  gates: GateOutcome[],
): Verdict {
  const closed = gates.find((g) => !g.passed);
  if (closed) {
    const gate = kb.gates.find((g) => g.id === closed.gateId);
    if (gate) return { kind: 'gated', language: gate.otherwise.language, gateId: gate.id };
  }
  if (margin >= kb.scoring.closeCallMargin) {
    return { kind: 'clear', language: score > 0 ? 'rust' : 'go' };
  }
  const fluency = counted[kb.scoring.fluencyQuestionId];
  const fluent = fluency === undefined ? undefined : kb.scoring.fluencyOptions[fluency];
  return fluent
    ? { kind: 'close-call', language: fluent, tieBreak: 'team-fluency' }
    : { kind: 'close-call', language: kb.scoring.defaultLanguage, tieBreak: 'default' };
}

export type ConfidenceLevel = 'low' | 'medium' | 'high';

export interface Confidence {
  level: ConfidenceLevel;
  /** Shown questions answered with something other than "not sure". */
  answered: number;
  /** Questions shown for these answers. */
  shown: number;
  margin: number;
  /** Whether the verdict is a close call, which caps confidence at low. */
  closeCall: boolean;
}

/**
 * How far to trust a verdict: high when most shown questions are answered and the margin is
 * wide, low when few are answered or the call is close. Thresholds live in the knowledge base.
 */
export function assessConfidence(kb: KnowledgeBase, answers: Answers, tally: Tally): Confidence {
  const index = indexKnowledgeBase(kb);
  const shown = visibleQuestions(kb, answers);
  const counted = effectiveAnswers(kb, answers);
  const answered = shown.filter((q) => {
    const optionId = counted[q.id];
    return optionId !== undefined && !index.option(q.id, optionId)?.uncertain;
  }).length;
  const share = shown.length > 0 ? answered / shown.length : 0;
  const { high, medium } = kb.scoring.confidence;
  const margin = tally.margin;
  const closeCall = tally.verdict.kind === 'close-call';
  const level: ConfidenceLevel =
    !closeCall && share >= high.answered && margin >= high.margin
      ? 'high'
      : !closeCall && share >= medium.answered && margin >= medium.margin
        ? 'medium'
        : 'low';
  return { level, answered, shown: shown.length, margin, closeCall };
}

/** The verdict's language as a rank from most Go (0) to most Rust (3), for ordering verdicts. */
export function verdictRank(verdict: Verdict): number {
  if (verdict.kind === 'close-call') return verdict.language === 'rust' ? 2 : 1;
  return verdict.language === 'rust' ? 3 : 0;
}

function clamp(value: number): number {
  return Math.max(-1, Math.min(1, value));
}
