/**
 * The scoring engine: the knowledge base compiled once into small integer-indexed tables, and the
 * one evaluation every caller uses — the tally behind a verdict, its confidence and the search for
 * what would flip it. An answer set is a vector of option indexes in questionnaire order.
 *
 * One evaluation, in four passes over the questions:
 * 1. visibility: a question is shown when its conditions hold on the explicit answers before it;
 * 2. assumptions: a shown question left unanswered (or "not sure") takes the answer the kind of
 *    service assumes for it, marked as assumed; an explicit answer always replaces it;
 * 3. effects: each answer that counts (explicit or assumed) adds its leans, except effects that
 *    step aside on these answers — their `unless` holds, their `unlessAll` holds, their `whenAll`
 *    does not, or they are context leans (where the code runs) on a criterion that another
 *    question, answered firmly, moves directly: an explicit answer wins on its criterion. The sum
 *    per criterion is capped at ±1 and weighted; a profile's adjustments add a standing lean;
 * 4. the verdict: not started (no answer about the service) → deal-breakers (explicit answers
 *    only; both languages ruled out is a conflict) → gates → the score, with a close call broken
 *    by the first tie-break that names a language, else the sources' default.
 *
 * Questions are facts (never varied; a change to one is an event to revisit on) or estimates
 * (which can be off by one step on their scale): see `fact`, `step` and `scale`. Everything else
 * that reads answers — visibility in `questions.ts`, the tally, flips, confidence, stability —
 * reads this one evaluation (`prepareVector` converts and evaluates a service's answers once).
 */
import type { Answers, Condition, KnowledgeBase, Language } from '../../content';
import { indexKnowledgeBase } from './kb-index';
import { resolveWeights, type Weights } from './weights';

/** "No answer" in an answer vector. */
export const UNANSWERED = -1;

export type Verdict =
  /** Nothing about the service is answered yet: no verdict. */
  | { kind: 'not-started' }
  /** The score clears the close-call margin. */
  | { kind: 'clear'; language: Language }
  /** Too close to call; `tieBreak` is the tie-break's id, or 'default' for the sources' default. */
  | { kind: 'close-call'; language: Language; tieBreak: string }
  /** A gate held the verdict at its default. */
  | { kind: 'gated'; language: Language; gateId: string }
  /** Deal-breakers ruled the other language out. */
  | { kind: 'ruled-out'; language: Language; dealBreakerIds: string[] }
  /** Deal-breakers rule out both languages: the constraints conflict. */
  | { kind: 'conflict'; dealBreakerIds: string[] };

/** The language a verdict names, if it names one. */
export function verdictLanguage(verdict: Verdict): Language | undefined {
  return 'language' in verdict ? verdict.language : undefined;
}

export function otherLanguage(language: Language): Language {
  return language === 'rust' ? 'go' : 'rust';
}

interface CompiledCondition {
  question: number;
  /** Bit mask of the option indexes that satisfy the condition (a question has at most 14). */
  anyOf: number;
}

interface CompiledEffect {
  slot: number;
  lean: number;
  /** The effect is skipped when any of these holds on the answers as they count. */
  unless: CompiledCondition[] | null;
  /** …or when all of these hold… */
  unlessAll: CompiledCondition[] | null;
  /** …or when not all of these hold. */
  whenAll: CompiledCondition[] | null;
  /** A lean from context: skipped on a criterion some question answered directly moves. */
  context: boolean;
  /**
   * Whether the effect can step aside at all: it has conditions, or it is context on a criterion
   * its own question never moves directly (else `direct` on its slot comes from itself).
   */
  mayStepAside: boolean;
  /** A context lean on a criterion its own question can also move directly (by another option). */
  ownDirect: boolean;
}

/** Whether an effect depends on other answers (its conditions or its being context). */
function dependsOnOthers(e: CompiledEffect): boolean {
  return e.unless !== null || e.unlessAll !== null || e.whenAll !== null || e.context;
}

/** Every condition an effect reads. */
export function effectConditions(e: CompiledEffect): CompiledCondition[] {
  return [...(e.unless ?? []), ...(e.unlessAll ?? []), ...(e.whenAll ?? [])];
}

export interface CompiledOption {
  id: string;
  effects: CompiledEffect[];
  uncertain: boolean;
  /** "What would flip it" never proposes this option when all of these hold. */
  implausibleWhen: CompiledCondition[] | null;
  /** The option contradicts any one of these answers (read both ways). */
  contradicts: CompiledCondition[] | null;
}

/** What replacing one answer with another does to the lean sums, merged per criterion. */
export interface Transition {
  slots: number[];
  deltas: number[];
}

interface Assumption {
  /** The fixed question whose answer implies this one… */
  controller: number;
  /** …when it is this option… */
  option: number;
  /** …and the option it assumes. */
  assumed: number;
}

export interface CompiledQuestion {
  id: string;
  options: CompiledOption[];
  optionIndex: ReadonlyMap<string, number>;
  showWhen: CompiledCondition[] | null;
  /** Questions whose visibility depends on this one, directly or through others. */
  dependents: number[];
  /** A fact about the service (what it is, where it runs): never offered as a change. */
  fixed: boolean;
  /**
   * A fact (never varied; a change to it is an event) rather than an estimate (which can be off
   * by one step).
   */
  fact: boolean;
  /** For an estimate: each option's position on its step scale, -1 when not on it (uncertain). */
  step: Int8Array;
  /** For an estimate: option indexes in step order. */
  scale: number[];
  service: boolean;
  /** Criterion slots any of its options can move, each once. */
  slots: number[];
  /** Slots its options move other than as context: answering it answers those criteria directly. */
  directSlots: number[];
  assumptions: Assumption[];
  /** Whether some effect of it has an `unless`: its transitions depend on other answers. */
  conditional: boolean;
  /**
   * `transitions[from + 1][to]` for unconditional questions, filled on first use. Only valid for
   * questions that are not `conditional`.
   */
  transitions: (Transition[] | undefined)[];
}

interface CompiledGate {
  appliesWhen: CompiledCondition[];
  passWhenAny: CompiledCondition[];
  language: Language;
  gateId: string;
}

interface CompiledDealBreaker {
  id: string;
  when: CompiledCondition[];
  rulesOut: Language;
}

interface CompiledTieBreak {
  id: string;
  question: number;
  /** Language named by each option of the question, or null. */
  languages: (Language | null)[];
}

export interface CompiledModel {
  questions: CompiledQuestion[];
  criteriaCount: number;
  gates: CompiledGate[];
  dealBreakers: CompiledDealBreaker[];
  tieBreaks: CompiledTieBreak[];
  defaultLanguage: Language;
  closeCallMargin: number;
  /** A standing lean on every score, as a share of the largest possible score. */
  bias: number;
  /**
   * Questions whose answer can change more than the score through fixed transitions: which
   * questions are shown, a gate, a deal-breaker, a tie-break, or the effects of other answers.
   */
  structural: ReadonlySet<number>;
}

/** The state of an answer vector after the passes, reused by search loops. */
export interface CountedState {
  /** Explicit option per question as it counts (UNANSWERED when hidden or unanswered). */
  counted: Int16Array;
  /** The option whose effects apply: explicit and certain, else assumed, else UNANSWERED. */
  effective: Int16Array;
  /** 1 where `effective` comes from an assumption. */
  assumed: Uint8Array;
  shown: Uint8Array;
  /** Sum of leans per criterion, in question order. */
  sums: Float64Array;
  /** For each criterion, how many shown questions answered firmly move it directly. */
  direct: Uint8Array;
}

/** One answer's push on one criterion, as the evaluation applied it. */
export interface AppliedLean {
  question: number;
  option: number;
  /** Index of the effect within the option, to find its sentence. */
  effect: number;
  slot: number;
  lean: number;
  assumed: boolean;
}

/** Where an answer that counts comes from. */
export type Provenance = 'given' | 'assumed';

/** The outcome of one evaluation: the verdict and how firm it is. */
export interface Evaluation {
  verdict: Verdict;
  score: number;
  maxScore: number;
  margin: number;
}

const cache = new WeakMap<KnowledgeBase, CompiledModel>();

/** Compiles (once per knowledge-base object) the tables every evaluation reads. */
export function compileModel(kb: KnowledgeBase): CompiledModel {
  const cached = cache.get(kb);
  if (cached) return cached;
  const index = indexKnowledgeBase(kb);
  const order = index.questionsInOrder;
  const position = new Map(order.map((q, i) => [q.id, i]));
  const optionPosition = (questionId: string, optionId: string): number =>
    order[position.get(questionId) ?? -1]?.options.findIndex((o) => o.id === optionId) ?? -1;
  const compileConditions = (conditions: readonly Condition[]): CompiledCondition[] =>
    conditions.map((c) => ({
      question: position.get(c.questionId) ?? -1,
      anyOf: c.anyOf.reduce((mask, id) => {
        const option = optionPosition(c.questionId, id);
        return option < 0 ? mask : mask | (1 << option);
      }, 0),
    }));

  const questions: CompiledQuestion[] = order.map((q) => {
    const options = q.options.map((o) => ({
      id: o.id,
      effects: o.effects
        .filter((e) => e.lean !== 0)
        .map((e) => ({
          slot: index.criterionIndex.get(e.criterionId) ?? -1,
          lean: e.lean,
          unless: e.unless ? compileConditions(e.unless) : null,
          unlessAll: e.unlessAll ? compileConditions(e.unlessAll) : null,
          whenAll: e.whenAll ? compileConditions(e.whenAll) : null,
          context: e.context === true,
          mayStepAside: true,
          ownDirect: false,
        })),
      uncertain: o.uncertain === true,
      implausibleWhen: o.implausibleWhen ? compileConditions(o.implausibleWhen) : null,
      contradicts: o.contradicts ? compileConditions(o.contradicts) : null,
    }));
    const fact =
      (q.nature ?? (q.fixed === true || q.scope === 'team' ? 'fact' : 'estimate')) === 'fact';
    const scale = fact
      ? []
      : q.scale
        ? q.scale.map((id) => q.options.findIndex((o) => o.id === id)).filter((i) => i >= 0)
        : q.options.flatMap((o, i) => (o.uncertain ? [] : [i]));
    const step = new Int8Array(q.options.length).fill(-1);
    scale.forEach((option, position) => (step[option] = position));
    return {
      id: q.id,
      options,
      optionIndex: new Map(q.options.map((o, i) => [o.id, i])),
      showWhen: q.showWhen ? compileConditions(q.showWhen) : null,
      dependents: [],
      fixed: q.fixed === true,
      fact,
      step,
      scale,
      service: q.scope === 'service',
      slots: [...new Set(options.flatMap((o) => o.effects.map((e) => e.slot)))],
      directSlots: [
        ...new Set(options.flatMap((o) => o.effects.filter((e) => !e.context).map((e) => e.slot))),
      ],
      assumptions: [],
      conditional: options.some((o) => o.effects.some(dependsOnOthers)),
      transitions: [],
    };
  });
  questions.forEach((q) =>
    q.options.forEach((o) =>
      o.effects.forEach((e) => {
        e.ownDirect = e.context && q.directSlots.includes(e.slot);
        e.mayStepAside =
          e.unless !== null || e.unlessAll !== null || e.whenAll !== null || e.context;
      }),
    ),
  );
  // A question that answers a criterion directly switches context leans on it off.
  const contextSlots = new Set(
    questions.flatMap((q) =>
      q.options.flatMap((o) => o.effects.filter((e) => e.context).map((e) => e.slot)),
    ),
  );
  questions.forEach((q) => {
    if (q.directSlots.some((slot) => contextSlots.has(slot))) q.conditional = true;
  });
  order.forEach((q, controller) =>
    q.options.forEach((o, option) =>
      Object.entries(o.assumes ?? {}).forEach(([questionId, optionId]) => {
        const target = questions[position.get(questionId) ?? -1];
        const assumed = optionPosition(questionId, optionId);
        if (target && assumed >= 0) target.assumptions.push({ controller, option, assumed });
      }),
    ),
  );
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
  const dealBreakers = kb.dealBreakers.map((d) => ({
    id: d.id,
    when: compileConditions(d.when),
    rulesOut: d.rulesOut,
  }));
  const tieBreaks = kb.scoring.tieBreaks.map((t) => {
    const question = position.get(t.questionId) ?? -1;
    return {
      id: t.id,
      question,
      languages: (order[question]?.options ?? []).map((o) => t.options[o.id] ?? null),
    };
  });

  const structural = new Set<number>(tieBreaks.map((t) => t.question));
  const addConditions = (conditions: readonly CompiledCondition[] | null) =>
    conditions?.forEach((c) => structural.add(c.question));
  questions.forEach((q, i) => {
    addConditions(q.showWhen);
    if (q.conditional) structural.add(i);
    q.options.forEach((o) => o.effects.forEach((e) => addConditions(effectConditions(e))));
    q.assumptions.forEach((a) => structural.add(a.controller));
  });
  gates.forEach((g) => [g.appliesWhen, g.passWhenAny].forEach(addConditions));
  dealBreakers.forEach((d) => addConditions(d.when));

  const model: CompiledModel = {
    questions,
    criteriaCount: kb.criteria.length,
    gates,
    dealBreakers,
    tieBreaks,
    defaultLanguage: kb.scoring.defaultLanguage,
    closeCallMargin: kb.scoring.closeCallMargin,
    bias: kb.scoring.adjustments
      ? kb.scoring.adjustments.reduce((sum, a) => sum + a.share, 0)
      : (kb.scoring.bias ?? 0),
    structural,
  };
  cache.set(kb, model);
  return model;
}

/** An answer set as a vector of option indexes; unknown answers are dropped. */
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

export function holdsOne(condition: CompiledCondition, answers: Int16Array): boolean {
  const answer = answers[condition.question] ?? UNANSWERED;
  return answer !== UNANSWERED && (condition.anyOf & (1 << answer)) !== 0;
}

export function holds(conditions: readonly CompiledCondition[], answers: Int16Array): boolean {
  for (const c of conditions) if (!holdsOne(c, answers)) return false;
  return true;
}

function holdsAny(conditions: readonly CompiledCondition[], answers: Int16Array): boolean {
  for (const c of conditions) if (holdsOne(c, answers)) return true;
  return false;
}

/**
 * False when a condition already fails on the raw answers. Counted answers can only be the raw
 * answer or none, so such a question is certainly hidden; true means it may be shown.
 */
export function mayBeShown(model: CompiledModel, question: number, vector: Int16Array): boolean {
  return holds(model.questions[question]?.showWhen ?? [], vector);
}

/** A blank state to evaluate into, for loops that evaluate many vectors. */
export function emptyState(model: CompiledModel): CountedState {
  const n = model.questions.length;
  return {
    counted: new Int16Array(n),
    effective: new Int16Array(n),
    assumed: new Uint8Array(n),
    shown: new Uint8Array(n),
    sums: new Float64Array(model.criteriaCount),
    direct: new Uint8Array(model.criteriaCount),
  };
}

/**
 * Passes 1–3 of the evaluation. `into` reuses the arrays of an earlier state; `applied`, when
 * given, receives every lean as it is added (for the reasons behind a verdict).
 */
export function countAnswers(
  model: CompiledModel,
  vector: Int16Array,
  into: CountedState = emptyState(model),
  applied?: AppliedLean[],
): CountedState {
  const { counted, effective, assumed, shown, sums, direct } = into;
  counted.fill(UNANSWERED);
  effective.fill(UNANSWERED);
  assumed.fill(0);
  shown.fill(0);
  sums.fill(0);
  direct.fill(0);
  const questions = model.questions;
  const n = questions.length;
  for (let i = 0; i < n; i++) {
    const q = questions[i];
    if (!q || (q.showWhen && !holds(q.showWhen, counted))) continue;
    shown[i] = 1;
    const answer = vector[i] ?? UNANSWERED;
    counted[i] = answer;
    if (answer !== UNANSWERED && !q.options[answer]?.uncertain) {
      effective[i] = answer;
      for (const slot of q.directSlots) direct[slot] = (direct[slot] ?? 0) + 1;
      continue;
    }
    // Assumptions come from fixed questions asked earlier, which are settled by now.
    for (const a of q.assumptions) {
      if (counted[a.controller] === a.option) {
        effective[i] = a.assumed;
        assumed[i] = 1;
        break;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const option = effective[i] ?? UNANSWERED;
    if (option === UNANSWERED) continue;
    const effects = questions[i]?.options[option]?.effects ?? [];
    for (let e = 0; e < effects.length; e++) {
      const effect = effects[e];
      if (!effect || (effect.mayStepAside && skipped(effect, effective, direct, assumed[i] === 0)))
        continue;
      sums[effect.slot] = (sums[effect.slot] ?? 0) + effect.lean;
      applied?.push({
        question: i,
        option,
        effect: e,
        slot: effect.slot,
        lean: effect.lean,
        assumed: assumed[i] === 1,
      });
    }
  }
  return into;
}

/**
 * Whether an effect steps aside on these answers: its `unless` holds, its `unlessAll` holds, its
 * `whenAll` does not, or it is a context lean on a criterion another answer moves directly.
 */
function skipped(
  effect: CompiledEffect,
  effective: Int16Array,
  direct: Uint8Array,
  firm: boolean,
): boolean {
  if (effect.unless && holdsAny(effect.unless, effective)) return true;
  if (effect.unlessAll && holds(effect.unlessAll, effective)) return true;
  if (effect.whenAll && !holds(effect.whenAll, effective)) return true;
  // Context never answers its own criterion directly: its own question, answered firmly, counts
  // once in `direct` when another of its options moves the criterion; only other questions count.
  if (!effect.context) return false;
  const own = firm && effect.ownDirect ? 1 : 0;
  return (direct[effect.slot] ?? 0) > own;
}

/**
 * Score and margin from lean sums: each signal capped at ±1, weighted and added in order, then
 * the standing `bias` (a share of the largest possible score) added.
 */
export function scoreSums(
  sums: Float64Array,
  weights: Float64Array,
  bias = 0,
): { score: number; maxScore: number; margin: number } {
  let score = 0;
  let maxScore = 0;
  for (let c = 0; c < weights.length; c++) {
    const weight = weights[c] ?? 0;
    const signal = Math.max(-1, Math.min(1, sums[c] ?? 0));
    // `|| 0` folds -0 (weight 0 × a Go-leaning signal) into 0, so it never prints as "-0".
    score += weight * signal || 0;
    maxScore += weight;
  }
  if (bias !== 0) score += bias * maxScore;
  return { score, maxScore, margin: maxScore > 0 ? Math.abs(score) / maxScore : 0 };
}

/** The gate that holds the verdict for these counted answers, if any. */
export function closedGate(model: CompiledModel, counted: Int16Array): CompiledGate | undefined {
  return model.gates.find(
    (g) => holds(g.appliesWhen, counted) && !g.passWhenAny.some((c) => holdsOne(c, counted)),
  );
}

/** The deal-breakers whose conditions hold on the explicit answers. */
export function activeDealBreakers(
  model: CompiledModel,
  counted: Int16Array,
): CompiledDealBreaker[] {
  return model.dealBreakers.filter((d) => holds(d.when, counted));
}

function anyDealBreaker(model: CompiledModel, counted: Int16Array): boolean {
  for (const d of model.dealBreakers) if (holds(d.when, counted)) return true;
  return false;
}

/** The first tie-break that names a language for these answers, if any. */
export function tieBreakFor(
  model: CompiledModel,
  counted: Int16Array,
): { id: string; language: Language } | undefined {
  for (const t of model.tieBreaks) {
    const answer = counted[t.question] ?? UNANSWERED;
    const language = answer === UNANSWERED ? null : (t.languages[answer] ?? null);
    if (language) return { id: t.id, language };
  }
  return undefined;
}

/** The language a close call goes to for these answers. */
export function closeCallLanguage(model: CompiledModel, counted: Int16Array): Language {
  return tieBreakFor(model, counted)?.language ?? model.defaultLanguage;
}

/** Whether no shown question about the service itself has an answer (not even "not sure"). */
export function notStarted(model: CompiledModel, state: CountedState): boolean {
  for (let i = 0; i < model.questions.length; i++) {
    if (model.questions[i]?.service && state.counted[i] !== UNANSWERED) return false;
  }
  return true;
}

/** Pass 4: the verdict for a counted state under the given weights. */
export function evaluateState(
  model: CompiledModel,
  state: CountedState,
  weights: Float64Array,
): Evaluation {
  const { score, maxScore, margin } = scoreSums(state.sums, weights, model.bias);
  return { verdict: decideVerdict(model, state, score, margin), score, maxScore, margin };
}

function decideVerdict(
  model: CompiledModel,
  state: CountedState,
  score: number,
  margin: number,
): Verdict {
  if (notStarted(model, state)) return { kind: 'not-started' };
  if (anyDealBreaker(model, state.counted)) {
    const ruling = activeDealBreakers(model, state.counted);
    const dealBreakerIds = ruling.map((d) => d.id);
    const out = new Set(ruling.map((d) => d.rulesOut));
    if (out.size > 1) return { kind: 'conflict', dealBreakerIds };
    const [ruledOut] = out;
    if (ruledOut) return { kind: 'ruled-out', language: otherLanguage(ruledOut), dealBreakerIds };
  }
  const gate = closedGate(model, state.counted);
  if (gate) return { kind: 'gated', language: gate.language, gateId: gate.gateId };
  if (margin >= model.closeCallMargin)
    return { kind: 'clear', language: score > 0 ? 'rust' : 'go' };
  const tieBreak = tieBreakFor(model, state.counted);
  return tieBreak
    ? { kind: 'close-call', language: tieBreak.language, tieBreak: tieBreak.id }
    : { kind: 'close-call', language: model.defaultLanguage, tieBreak: 'default' };
}

/** The verdict for an answer vector under the given weights. */
export function evaluateVector(
  model: CompiledModel,
  vector: Int16Array,
  weights: Float64Array,
): Evaluation {
  // The counted state is not returned, so one scratch state per model serves every call.
  let scratch = scratchStates.get(model);
  if (!scratch) {
    scratch = emptyState(model);
    scratchStates.set(model, scratch);
  }
  return evaluateState(model, countAnswers(model, vector, scratch), weights);
}

const scratchStates = new WeakMap<CompiledModel, CountedState>();

/**
 * The transitions of an unconditional question from answer `from` (an option index, or
 * UNANSWERED) to each of its options.
 */
export function transitionsFrom(question: CompiledQuestion, from: number): Transition[] {
  const row = question.transitions[from + 1];
  if (row) return row;
  const filled = question.options.map((to) => transition(question.options[from], to));
  question.transitions[from + 1] = filled;
  return filled;
}

function transition(from: CompiledOption | undefined, to: CompiledOption): Transition {
  const delta = new Map<number, number>();
  to.effects.forEach((e) => delta.set(e.slot, (delta.get(e.slot) ?? 0) + e.lean));
  from?.effects.forEach((e) => delta.set(e.slot, (delta.get(e.slot) ?? 0) - e.lean));
  return { slots: [...delta.keys()], deltas: [...delta.values()] };
}

/**
 * One service's answers converted once and evaluated once, to be passed on: the tally, the
 * flips, confidence and stability all read this instead of converting the answers again.
 */
export interface Prepared {
  model: CompiledModel;
  weights: Float64Array;
  vector: Int16Array;
  state: CountedState;
  evaluation: Evaluation;
}

export function prepareVector(
  model: CompiledModel,
  vector: Int16Array,
  weights: Float64Array,
  applied?: AppliedLean[],
): Prepared {
  const state = countAnswers(model, vector, undefined, applied);
  return { model, weights, vector, state, evaluation: evaluateState(model, state, weights) };
}

/**
 * 1 for each question whose answer (as it counts) is implausible with the others: its
 * `implausibleWhen` holds, or a `contradicts` condition on it or on another answer pairs the two
 * (both questions of such a pair are marked).
 */
export function implausibleAnswers(
  model: CompiledModel,
  effective: Int16Array,
  into: Uint8Array = new Uint8Array(model.questions.length),
): Uint8Array {
  const mask = into;
  mask.fill(0);
  const questions = model.questions;
  for (let i = 0; i < questions.length; i++) {
    const option = effective[i] ?? UNANSWERED;
    if (option === UNANSWERED) continue;
    const o = questions[i]?.options[option];
    if (!o) continue;
    if (o.implausibleWhen && holds(o.implausibleWhen, effective)) mask[i] = 1;
    if (!o.contradicts) continue;
    for (const c of o.contradicts) {
      if (holdsOne(c, effective)) {
        mask[i] = 1;
        mask[c.question] = 1;
      }
    }
  }
  return mask;
}

const scratchMasks = new WeakMap<CompiledModel, Uint8Array>();

/**
 * Whether `varied` puts an answer in contradiction that was not so in `base` (the answers as
 * given may already disagree; a variation must not add a disagreement).
 */
export function addsContradiction(
  model: CompiledModel,
  base: CountedState,
  baseMask: Uint8Array,
  varied: CountedState,
): boolean {
  let scratch = scratchMasks.get(model);
  if (!scratch) {
    scratch = new Uint8Array(model.questions.length);
    scratchMasks.set(model, scratch);
  }
  const mask = implausibleAnswers(model, varied.effective, scratch);
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] === 1 && (baseMask[i] !== 1 || varied.effective[i] !== base.effective[i])) {
      return true;
    }
  }
  return false;
}

/** Whether question `q`'s answer counts as given: shown, answered and not "not sure". */
export function isGiven(model: CompiledModel, state: CountedState, q: number): boolean {
  const option = state.counted[q] ?? UNANSWERED;
  return option !== UNANSWERED && !model.questions[q]?.options[option]?.uncertain;
}
