/**
 * A compiled form of the scoring model for search loops: questions, options and criteria become
 * small integer-indexed tables, and an answer set becomes an array of option indexes. Evaluating
 * it replays `tallyAnswers` operation for operation (same visibility pass, same summation order,
 * same clamp and margin test), so a verdict found here is the verdict the app shows.
 */
import type { Answers, Condition, KnowledgeBase, Language } from '../../content';
import { indexKnowledgeBase } from './kb-index';
import type { Verdict } from './score';
import { resolveWeights, type Weights } from './weights';

/** "No answer" in an answer vector. */
export const UNANSWERED = -1;

interface CompiledCondition {
  question: number;
  /** Bit mask of the option indexes that satisfy the condition (a question has at most 12). */
  anyOf: number;
}

export interface CompiledOption {
  id: string;
  /** Non-zero leans, in content order: criterion slot and lean. */
  slots: number[];
  leans: number[];
}

/** What replacing one answer with another does to the lean sums, merged per criterion. */
export interface Transition {
  slots: number[];
  deltas: number[];
}

export interface CompiledQuestion {
  id: string;
  options: CompiledOption[];
  optionIndex: ReadonlyMap<string, number>;
  showWhen: CompiledCondition[] | null;
  /**
   * `transitions[from + 1][to]`: from an option (or -1, unanswered) to another option. Rows are
   * filled on first use (see `transitionsFrom`): a search only needs the rows of current answers.
   */
  transitions: (Transition[] | undefined)[];
  /** Questions whose visibility depends on this one, directly or through others. */
  dependents: number[];
  /** A fact about the service: never offered as a change. */
  fixed: boolean;
}

interface CompiledGate {
  appliesWhen: CompiledCondition[];
  passWhenAny: CompiledCondition[];
  language: Language;
  gateId: string;
}

export interface CompiledModel {
  questions: CompiledQuestion[];
  criteriaCount: number;
  gates: CompiledGate[];
  fluencyQuestion: number;
  /** Language named by each option of the fluency question, or null. */
  fluencyLanguage: (Language | null)[];
  defaultLanguage: Language;
  closeCallMargin: number;
  /**
   * Questions whose answer can change more than the score: which questions are shown, whether a
   * gate applies or passes, or how a close call is broken.
   */
  structural: ReadonlySet<number>;
}

/** The outcome of one evaluation: the verdict and how firm it is. */
export interface Evaluation {
  verdict: Verdict;
  score: number;
  maxScore: number;
  margin: number;
}

/** The state of an answer vector after the visibility pass, reused by the search. */
export interface CountedState {
  /** Option index per question as it counts (UNANSWERED when hidden or unanswered). */
  counted: Int16Array;
  /** Whether each question is shown. */
  shown: Uint8Array;
  /** Sum of leans per criterion, in question order. */
  sums: Float64Array;
}

const cache = new WeakMap<KnowledgeBase, CompiledModel>();

/** Compiles (once per knowledge-base object) the tables the search evaluates. */
export function compileModel(kb: KnowledgeBase): CompiledModel {
  const cached = cache.get(kb);
  if (cached) return cached;
  const index = indexKnowledgeBase(kb);
  const order = index.questionsInOrder;
  const position = new Map(order.map((q, i) => [q.id, i]));
  const compileOptions = (questionId: string, optionIds: readonly string[]): number =>
    optionIds.reduce((mask, id) => {
      const option = order[position.get(questionId) ?? -1]?.options.findIndex((o) => o.id === id);
      return option === undefined || option < 0 ? mask : mask | (1 << option);
    }, 0);
  const compileConditions = (conditions: readonly Condition[]): CompiledCondition[] =>
    conditions.map((c) => ({
      question: position.get(c.questionId) ?? -1,
      anyOf: compileOptions(c.questionId, c.anyOf),
    }));

  const questions: CompiledQuestion[] = order.map((q) => {
    const options = q.options.map((o) => {
      const effects = o.effects.filter((e) => e.lean !== 0);
      return {
        id: o.id,
        slots: effects.map((e) => index.criterionIndex.get(e.criterionId) ?? -1),
        leans: effects.map((e) => e.lean),
      };
    });
    return {
      id: q.id,
      options,
      optionIndex: new Map(q.options.map((o, i) => [o.id, i])),
      showWhen: q.showWhen ? compileConditions(q.showWhen) : null,
      transitions: [undefined, ...options].map((from) => options.map((to) => transition(from, to))),
      dependents: [],
      fixed: q.fixed === true,
    };
  });
  // Conditions point at earlier questions, so walking backwards collects dependents transitively.
  for (let i = questions.length - 1; i >= 0; i--) {
    for (const c of questions[i]?.showWhen ?? []) {
      const controller = questions[c.question];
      if (!controller) continue;
      const own = questions[i]?.dependents ?? [];
      controller.dependents = [...new Set([...controller.dependents, i, ...own])];
    }
  }
  const gates = kb.gates.map((g) => ({
    appliesWhen: compileConditions(g.appliesWhen),
    passWhenAny: compileConditions(g.passWhenAny),
    language: g.otherwise.language,
    gateId: g.id,
  }));
  const fluencyQuestion = position.get(kb.scoring.fluencyQuestionId) ?? -1;
  const structural = new Set<number>([fluencyQuestion]);
  for (const q of questions) q.showWhen?.forEach((c) => structural.add(c.question));
  for (const g of gates) {
    [...g.appliesWhen, ...g.passWhenAny].forEach((c) => structural.add(c.question));
  }
  const model: CompiledModel = {
    questions,
    criteriaCount: kb.criteria.length,
    gates,
    fluencyQuestion,
    fluencyLanguage: (questions[fluencyQuestion]?.options ?? []).map(
      (o) => kb.scoring.fluencyOptions[o.id] ?? null,
    ),
    defaultLanguage: kb.scoring.defaultLanguage,
    closeCallMargin: kb.scoring.closeCallMargin,
    structural,
  };
  cache.set(kb, model);
  return model;
}

/** The transitions from answer `from` (an option index, or UNANSWERED) of a question. */
export function transitionsFrom(question: CompiledQuestion, from: number): Transition[] {
  const row = question.transitions[from + 1];
  if (row) return row;
  const filled = question.options.map((to) => transition(question.options[from], to));
  question.transitions[from + 1] = filled;
  return filled;
}

function transition(from: CompiledOption | undefined, to: CompiledOption): Transition {
  const delta = new Map<number, number>();
  to.slots.forEach((slot, e) => delta.set(slot, (delta.get(slot) ?? 0) + (to.leans[e] ?? 0)));
  from?.slots.forEach((slot, e) => delta.set(slot, (delta.get(slot) ?? 0) - (from.leans[e] ?? 0)));
  return { slots: [...delta.keys()], deltas: [...delta.values()] };
}

/** An answer set as a vector of option indexes in questionnaire order; unknown answers are dropped. */
export function toVector(model: CompiledModel, answers: Answers): Int16Array {
  const vector = new Int16Array(model.questions.length).fill(UNANSWERED);
  model.questions.forEach((q, i) => {
    const answer = answers[q.id];
    const option = answer === undefined ? undefined : q.optionIndex.get(answer);
    if (option !== undefined) vector[i] = option;
  });
  return vector;
}

/** Resolved weights as an array in criterion order. */
export function toWeightVector(kb: KnowledgeBase, overrides: Weights): Float64Array {
  const resolved = resolveWeights(kb, overrides);
  return Float64Array.from(kb.criteria.map((c) => resolved[c.id] ?? 0));
}

/**
 * False when a condition already fails on the raw answers. Counted answers can only be the raw
 * answer or none, so such a question is certainly hidden; true means it may be shown.
 */
export function mayBeShown(model: CompiledModel, question: number, vector: Int16Array): boolean {
  return holds(model.questions[question]?.showWhen ?? [], vector);
}

function holdsOne(condition: CompiledCondition, counted: Int16Array): boolean {
  const answer = counted[condition.question] ?? UNANSWERED;
  return answer !== UNANSWERED && (condition.anyOf & (1 << answer)) !== 0;
}

function holds(conditions: readonly CompiledCondition[], counted: Int16Array): boolean {
  for (const c of conditions) if (!holdsOne(c, counted)) return false;
  return true;
}

/**
 * The visibility pass and the lean sums, exactly as `effectiveAnswers` and `tallyAnswers` do them.
 * `into` reuses the arrays of an earlier state, for loops that evaluate many vectors.
 */
export function countAnswers(
  model: CompiledModel,
  vector: Int16Array,
  into?: CountedState,
): CountedState {
  const n = model.questions.length;
  const counted = into?.counted.fill(UNANSWERED) ?? new Int16Array(n).fill(UNANSWERED);
  const shown = into?.shown.fill(0) ?? new Uint8Array(n);
  const sums = into?.sums.fill(0) ?? new Float64Array(model.criteriaCount);
  for (let i = 0; i < n; i++) {
    const q = model.questions[i];
    if (!q || (q.showWhen && !holds(q.showWhen, counted))) continue;
    shown[i] = 1;
    const answer = vector[i] ?? UNANSWERED;
    if (answer === UNANSWERED) continue;
    counted[i] = answer;
    const option = q.options[answer];
    if (!option) continue;
    for (let e = 0; e < option.slots.length; e++) {
      const slot = option.slots[e] ?? -1;
      sums[slot] = (sums[slot] ?? 0) + (option.leans[e] ?? 0);
    }
  }
  return { counted, shown, sums };
}

/** The gate that holds the verdict for these counted answers, if any. */
export function closedGate(model: CompiledModel, counted: Int16Array): CompiledGate | undefined {
  return model.gates.find(
    (g) => holds(g.appliesWhen, counted) && !g.passWhenAny.some((c) => holdsOne(c, counted)),
  );
}

/** The language the team is fluent in, by the tie-break question, if it names one. */
export function fluentLanguage(model: CompiledModel, counted: Int16Array): Language | null {
  const fluency = counted[model.fluencyQuestion] ?? UNANSWERED;
  return fluency === UNANSWERED ? null : (model.fluencyLanguage[fluency] ?? null);
}

/** Score and margin from lean sums, with the same operations and order as `tallyAnswers`. */
export function scoreSums(
  sums: Float64Array,
  weights: Float64Array,
): { score: number; maxScore: number; margin: number } {
  let score = 0;
  let maxScore = 0;
  for (let c = 0; c < weights.length; c++) {
    const weight = weights[c] ?? 0;
    const signal = Math.max(-1, Math.min(1, sums[c] ?? 0));
    score += weight * signal || 0;
    maxScore += weight;
  }
  return { score, maxScore, margin: maxScore > 0 ? Math.abs(score) / maxScore : 0 };
}

/** The verdict for a counted state under the given weights. */
export function evaluateState(
  model: CompiledModel,
  state: CountedState,
  weights: Float64Array,
): Evaluation {
  const { score, maxScore, margin } = scoreSums(state.sums, weights);
  const gate = closedGate(model, state.counted);
  const fluent = fluentLanguage(model, state.counted);
  const verdict: Verdict = gate
    ? { kind: 'gated', language: gate.language, gateId: gate.gateId }
    : margin >= model.closeCallMargin
      ? { kind: 'clear', language: score > 0 ? 'rust' : 'go' }
      : fluent
        ? { kind: 'close-call', language: fluent, tieBreak: 'team-fluency' }
        : { kind: 'close-call', language: model.defaultLanguage, tieBreak: 'default' };
  return { verdict, score, maxScore, margin };
}

/** The verdict for an answer vector under the given weights. */
export function evaluateVector(
  model: CompiledModel,
  vector: Int16Array,
  weights: Float64Array,
): Evaluation {
  return evaluateState(model, countAnswers(model, vector), weights);
}
