/**
 * What would flip a verdict: the smallest set of answer changes, and the smallest change to one
 * criterion's weight, that turns the recommended language. Plain data with prompts and labels
 * resolved, so the result page, the printed report and the decision record can all show it.
 */
import type { Answers, KnowledgeBase, Language } from '../../content';
import {
  activeDealBreakers,
  addsContradiction,
  closedGate,
  compileModel,
  countAnswers,
  evaluateState,
  holdsOne,
  implausibleAnswers,
  isGiven,
  otherLanguage,
  prepareVector,
  scoreSums,
  toVector,
  toWeightVector,
  UNANSWERED,
  verdictLanguage,
  type CompiledModel,
  type CountedState,
  type Prepared,
  type Verdict,
} from './engine';
import {
  MAX_ANSWER_CHANGES,
  searchAnswerFlips,
  type Change,
  type FoundSet,
  type SearchPolicy,
} from './flip-search';
import { indexKnowledgeBase } from './kb-index';
import { WEIGHT_RANGE, type Weights } from './weights';

export { MAX_ANSWER_CHANGES };

/** How many of the smallest sets a result lists. */
const MAX_SETS_REPORTED = 3;

/** An option of a question, by id and by the label the questionnaire shows. */
export interface OptionRef {
  optionId: string;
  label: string;
}

/** One answer to change: from what it is now (null when unanswered or hidden) to what. */
export interface AnswerChange {
  questionId: string;
  prompt: string;
  /** The answer as it counts now: given, or assumed (see `fromAssumed`), or null. */
  from: OptionRef | null;
  fromAssumed: boolean;
  to: OptionRef;
  /** The change as an event that could happen: "the p99 budget tightens to under 10 ms". */
  event: string;
}

/** An earlier answer that starts to count again because a change shows its question. */
export interface RevealedAnswer {
  questionId: string;
  prompt: string;
  answer: OptionRef;
}

/** A set of answer changes that flips the verdict, and the verdict it leads to. */
export interface AnswerFlipSet {
  changes: AnswerChange[];
  revealed: RevealedAnswer[];
  verdict: Verdict;
  /** Positive leans Rust. */
  score: number;
  margin: number;
}

export type AnswerFlips =
  /** `size` answers is the fewest that flip the verdict; `sets` lists the firmest such flips. */
  | { kind: 'found'; size: number; sets: AnswerFlipSet[] }
  /** No change of up to `maxChanges` answers flips it. */
  | { kind: 'none'; maxChanges: number };

/** Changing one criterion's weight from `from` to `to` turns the verdict to `verdict`. */
export interface WeightFlip {
  criterionId: string;
  label: string;
  from: number;
  to: number;
  verdict: Verdict;
}

export type WeightFlips =
  /** `smallest` is the nearest flip; `byCriterion` the nearest for each criterion that has one. */
  | { kind: 'found'; smallest: WeightFlip; byCriterion: WeightFlip[] }
  /**
   * No weight can flip it: a gate or a deal-breaker holds the verdict whatever the weights, no
   * single weight in range turns it, or there is no verdict to turn.
   */
  | { kind: 'none'; reason: 'gated' | 'ruled-out' | 'out-of-range' | 'no-verdict' };

/** An open question that would settle a close call, with the answers that would. */
export interface SettlingQuestion {
  questionId: string;
  prompt: string;
  /** Each answer that turns the close call into a firm verdict, and that verdict. */
  answers: { option: OptionRef; verdict: Verdict }[];
}

/** What would turn the verdict from `from` to `towards` (both absent when there is no verdict). */
export interface FlipAnalysis {
  from?: Language;
  towards?: Language;
  /**
   * "If an answer is off": the fewest one-step changes of estimates (given, or assumed from the
   * kind of service) that turn the verdict, smallest first. Facts are never among them.
   */
  answers: AnswerFlips;
  /**
   * "If things change": the fewest changes of facts about the team and the organisation (fluency,
   * size, hiring, runtimes in production, AI assistance) or a rewrite bar coming to be met, that
   * turn the verdict: events to revisit on, not signs of a shaky verdict.
   */
  events: AnswerFlips;
  /**
   * True exactly when one one-step change of one given estimate turns the verdict's language
   * (no change contradicting another answer counts).
   */
  fragile: boolean;
  weights: WeightFlips;
  /** For a close call: unanswered (or unsure, or assumed) questions whose answer would settle it. */
  settle: SettlingQuestion[];
}

/**
 * Finds the smallest answer and weight changes that turn this service's verdict to the other
 * language. Only questions shown after the change count; a change that shows or hides questions
 * (or opens a gate) is evaluated with its consequences. Answer sets are searched exactly up to
 * `MAX_ANSWER_CHANGES` changes; weights over the values the planner offers (0–5 in steps of 0.5).
 */
export function analyseFlips(
  kb: KnowledgeBase,
  answers: Answers,
  weightOverrides: Weights = {},
): FlipAnalysis {
  const model = compileModel(kb);
  const weights = toWeightVector(kb, weightOverrides);
  return analysePrepared(kb, prepareVector(model, toVector(model, answers), weights));
}

/** The flips for answers already converted and evaluated once (see `prepareVector`). */
export function analysePrepared(kb: KnowledgeBase, prepared: Prepared): FlipAnalysis {
  const { model, weights, vector: base, state: baseState } = prepared;
  const verdict = prepared.evaluation.verdict;
  const from = verdictLanguage(verdict);
  if (from === undefined) {
    return {
      answers: { kind: 'none', maxChanges: MAX_ANSWER_CHANGES },
      events: { kind: 'none', maxChanges: MAX_ANSWER_CHANGES },
      fragile: false,
      weights: { kind: 'none', reason: 'no-verdict' },
      settle: [],
    };
  }
  const towards = otherLanguage(from);
  const baseMask = implausibleAnswers(model, baseState.effective);
  const scratch = countAnswers(model, base);
  const accept = (vector: Int16Array): boolean =>
    !addsContradiction(model, baseState, baseMask, countAnswers(model, vector, scratch));
  const describe = (found: { size: number; sets: FoundSet[] } | null): AnswerFlips =>
    found
      ? {
          kind: 'found',
          size: found.size,
          sets: rankSets(found.sets)
            .slice(0, MAX_SETS_REPORTED)
            .map((set) => describeSet(kb, model, weights, base, baseState, set)),
        }
      : { kind: 'none', maxChanges: MAX_ANSWER_CHANGES };

  const estimates: SearchPolicy = {
    questions: Uint8Array.from(model.questions, (q, i) =>
      !q.fact && baseState.shown[i] === 1 ? 1 : 0,
    ),
    oneStep: true,
    accept,
  };
  const events: SearchPolicy = {
    questions: eventQuestions(model, baseState),
    oneStep: false,
    accept,
  };
  return {
    from,
    towards,
    answers: describe(
      searchAnswerFlips(model, weights, base, towards, MAX_ANSWER_CHANGES, estimates),
    ),
    events: describe(searchAnswerFlips(model, weights, base, towards, MAX_ANSWER_CHANGES, events)),
    fragile: isFragile(model, weights, base, baseState, from, accept),
    weights: findWeightFlips(kb, model, weights, baseState, towards),
    settle:
      verdict.kind === 'close-call' ? settlingQuestions(kb, model, weights, base, baseState) : [],
  };
}

/**
 * Facts that can change as events: not `fixed` (what the service is), and not an answer that
 * meets a gate's bar (undoing the very fact a rewrite bar rests on is not an event to watch).
 */
function eventQuestions(model: CompiledModel, state: CountedState): Uint8Array {
  const frozen = new Set<number>();
  for (const gate of model.gates) {
    for (const c of gate.passWhenAny) if (holdsOne(c, state.counted)) frozen.add(c.question);
  }
  return Uint8Array.from(model.questions, (q, i) => (q.fact && !q.fixed && !frozen.has(i) ? 1 : 0));
}

/**
 * Whether one one-step change of one given estimate turns the verdict's language: every such
 * change tried, none that contradicts another answer.
 */
function isFragile(
  model: CompiledModel,
  weights: Float64Array,
  base: Int16Array,
  baseState: CountedState,
  from: Language,
  accept: (vector: Int16Array) => boolean,
): boolean {
  const vector = base.slice();
  const scratch = countAnswers(model, base);
  for (let i = 0; i < model.questions.length; i++) {
    const q = model.questions[i];
    if (!q || q.fact || baseState.shown[i] !== 1 || !isGiven(model, baseState, i)) continue;
    const position = q.step[baseState.counted[i] ?? 0] ?? -1;
    if (position < 0) continue;
    for (const neighbour of [q.scale[position - 1], q.scale[position + 1]]) {
      if (neighbour === undefined) continue;
      vector[i] = neighbour;
      const turned =
        verdictLanguage(
          evaluateState(model, countAnswers(model, vector, scratch), weights).verdict,
        ) !== from;
      if (turned && accept(vector)) {
        return true;
      }
    }
    vector[i] = base[i] ?? UNANSWERED;
  }
  return false;
}

/**
 * Questions shown but not firmly answered (unanswered, unsure or assumed) that one answer would
 * turn from a close call into a firm verdict. Fixed questions are facts, not open questions.
 */
function settlingQuestions(
  kb: KnowledgeBase,
  model: CompiledModel,
  weights: Float64Array,
  base: Int16Array,
  baseState: CountedState,
): SettlingQuestion[] {
  const index = indexKnowledgeBase(kb);
  const vector = base.slice();
  const scratch = countAnswers(model, base);
  const settle: SettlingQuestion[] = [];
  model.questions.forEach((q, i) => {
    const counted = baseState.counted[i] ?? UNANSWERED;
    const firm = counted !== UNANSWERED && !q.options[counted]?.uncertain;
    if (q.fixed || baseState.shown[i] !== 1 || firm) return;
    const answers: SettlingQuestion['answers'] = [];
    q.options.forEach((option, o) => {
      if (option.uncertain) return;
      vector[i] = o;
      const { verdict } = evaluateState(model, countAnswers(model, vector, scratch), weights);
      if (verdict.kind !== 'close-call' && verdictLanguage(verdict) !== undefined) {
        answers.push({
          option: { optionId: option.id, label: optionLabel(index, q.id, option.id) },
          verdict,
        });
      }
    });
    vector[i] = base[i] ?? UNANSWERED;
    if (answers.length > 0) {
      settle.push({ questionId: q.id, prompt: index.question(q.id).prompt, answers });
    }
  });
  return settle;
}

function optionLabel(
  index: ReturnType<typeof indexKnowledgeBase>,
  questionId: string,
  optionId: string,
): string {
  return index.option(questionId, optionId)?.label ?? optionId;
}

/** The firmest flips first (furthest past the line), then those touching earlier questions. */
function rankSets(sets: readonly FoundSet[]): Change[][] {
  return sets
    .map((s) => ({
      progress: s.progress,
      changes: [...s.changes].sort((a, b) => a.question - b.question || a.option - b.option),
    }))
    .sort((a, b) => b.progress - a.progress || compareSets(a.changes, b.changes))
    .map((s) => s.changes);
}

function compareSets(a: readonly Change[], b: readonly Change[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) break;
    if (x.question !== y.question) return x.question - y.question;
    if (x.option !== y.option) return x.option - y.option;
  }
  return a.length - b.length;
}

function describeSet(
  kb: KnowledgeBase,
  model: CompiledModel,
  weights: Float64Array,
  base: Int16Array,
  baseState: CountedState,
  set: readonly Change[],
): AnswerFlipSet {
  const index = indexKnowledgeBase(kb);
  const vector = base.slice();
  for (const c of set) vector[c.question] = c.option;
  const state = countAnswers(model, vector);
  const evaluation = evaluateState(model, state, weights);
  const ref = (question: number, option: number): OptionRef => {
    const questionId = model.questions[question]?.id ?? '';
    const optionId = model.questions[question]?.options[option]?.id ?? '';
    return { optionId, label: optionLabel(index, questionId, optionId) };
  };
  const changed = new Set(set.map((c) => c.question));
  const revealed: RevealedAnswer[] = [];
  model.questions.forEach((q, i) => {
    const answer = state.counted[i] ?? UNANSWERED;
    if (changed.has(i) || baseState.shown[i] === 1 || answer === UNANSWERED) return;
    revealed.push({
      questionId: q.id,
      prompt: index.question(q.id).prompt,
      answer: ref(i, answer),
    });
  });
  return {
    changes: set.map((c) => {
      const questionId = model.questions[c.question]?.id ?? '';
      // The answer as it counts (given or assumed), else a "not sure" that was given.
      const effective = baseState.effective[c.question] ?? UNANSWERED;
      const current =
        effective === UNANSWERED ? (baseState.counted[c.question] ?? UNANSWERED) : effective;
      const to = ref(c.question, c.option);
      return {
        questionId,
        prompt: index.question(questionId).prompt,
        from: current === UNANSWERED ? null : ref(c.question, current),
        fromAssumed: baseState.assumed[c.question] === 1,
        to,
        event: index.option(questionId, to.optionId)?.event ?? `“${to.label}”`,
      };
    }),
    revealed,
    verdict: evaluation.verdict,
    score: evaluation.score,
    margin: evaluation.margin,
  };
}

/** The weights a criterion can take in the planner, nearest to `current` first (lower on ties). */
function weightsByDistance(current: number): number[] {
  const values: number[] = [];
  for (let w = WEIGHT_RANGE.min; w <= WEIGHT_RANGE.max; w += WEIGHT_RANGE.step) values.push(w);
  return values
    .filter((w) => w !== current)
    .sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b);
}

function findWeightFlips(
  kb: KnowledgeBase,
  model: CompiledModel,
  weights: Float64Array,
  state: CountedState,
  towards: Language,
): WeightFlips {
  // Answers are fixed here, so gates, deal-breakers and the tie-break are too; only the score moves.
  if (activeDealBreakers(model, state.counted).length > 0) {
    return { kind: 'none', reason: 'ruled-out' };
  }
  if (closedGate(model, state.counted)) return { kind: 'none', reason: 'gated' };
  const byCriterion: WeightFlip[] = [];
  const trial = Float64Array.from(weights);
  kb.criteria.forEach((criterion, c) => {
    const from = weights[c] ?? 0;
    for (const to of weightsByDistance(from)) {
      trial[c] = to;
      const { score, margin } = scoreSums(state.sums, trial, model.bias);
      if (margin >= model.closeCallMargin && (score > 0 ? 'rust' : 'go') !== towards) continue;
      const { verdict } = evaluateState(model, state, trial);
      if (verdictLanguage(verdict) === towards) {
        byCriterion.push({ criterionId: criterion.id, label: criterion.label, from, to, verdict });
        break;
      }
    }
    trial[c] = from;
  });
  const smallest = [...byCriterion].sort(
    (a, b) => Math.abs(a.to - a.from) - Math.abs(b.to - b.from),
  )[0];
  return smallest
    ? { kind: 'found', smallest, byCriterion }
    : { kind: 'none', reason: 'out-of-range' };
}
