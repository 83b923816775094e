/**
 * The search behind "what would flip it": the fewest answer changes that turn the verdict to the
 * other language, exact up to a cap on the number of changes.
 *
 * Questions fall in two groups:
 * - structural questions show or hide others, open or pass a gate, or break a close call. Sets of
 *   changes to them are enumerated outright, smallest first, and each is evaluated in full, so
 *   branching is accounted for;
 * - every other question only moves the score, and is searched depth-first on top of each
 *   structural set.
 * Both searches are pruned by one bound: a change can push the score towards the target by at most
 * the sum of weight × the lean it adds in that direction, plus (for a structural change) what the
 * answers it shows or hides, or whose effects it switches on or off, weigh. Capping a signal at
 * ±1 only shrinks a push, so when the largest pushes still available cannot reach the line, the
 * branch is dropped — unless the changes still open could complete a deal-breaker that rules out
 * the current language, or a gate could hold the verdict at the target: those win whatever the
 * score. Every set that passes is confirmed with the same evaluation the verdict uses.
 *
 * Only realistic changes are searched: never a fixed question (what the service is, where it
 * runs), never towards an uncertain option ("not sure"), never to an option the knowledge base
 * marks implausible for this service, and never to the answer that already counts.
 */
import type { Language } from '../../content';
import {
  activeDealBreakers,
  closedGate,
  closeCallLanguage,
  countAnswers,
  effectConditions,
  evaluateState,
  holds,
  holdsOne,
  mayBeShown,
  scoreSums,
  transitionsFrom,
  UNANSWERED,
  verdictLanguage,
  type CompiledModel,
  type CountedState,
  type Transition,
} from './engine';

/** The most answers changed at once; beyond it the analysis says that nothing up to it flips. */
export const MAX_ANSWER_CHANGES = 3;

/**
 * Which changes a search may make: `questions[q]` is 1 where question q may change; with
 * `oneStep`, only to a neighbour on its step scale of the answer that counts now. `accept`, when
 * given, has the last word on each set found (the search drops sets that contradict answers).
 */
export interface SearchPolicy {
  questions: Uint8Array;
  oneStep: boolean;
  accept?: (vector: Int16Array) => boolean;
}
/** How many of the smallest sets the search keeps to choose from. */
const MAX_SETS_KEPT = 64;

export interface Change {
  question: number;
  option: number;
}

/** A set of changes that flips the verdict, and its score measured towards the new language. */
export interface FoundSet {
  changes: Change[];
  progress: number;
}

interface Alternative extends Transition {
  option: number;
  /** Upper bound on how far this change can move the score towards the target. */
  gain: number;
}

interface Candidate {
  question: number;
  /** Strongest first. */
  alternatives: Alternative[];
  best: number;
}

/**
 * Finds every smallest set (up to `MAX_SETS_KEPT`) of at most `maxChanges` answer changes that
 * turns the verdict to `towards`, or null when none does.
 */
export function searchAnswerFlips(
  model: CompiledModel,
  weights: Float64Array,
  base: Int16Array,
  towards: Language,
  maxChanges = MAX_ANSWER_CHANGES,
  policy?: SearchPolicy,
): { size: number; sets: FoundSet[] } | null {
  return new AnswerSearch(model, weights, base, towards, maxChanges, policy).run();
}

class AnswerSearch {
  private readonly sets: FoundSet[] = [];
  private readonly direction: number;
  private readonly structuralCandidates: Candidate[];
  private readonly plain: Candidate[];
  /** Every score-only candidate, pushes of 0 included (to lift a contradiction). */
  private readonly anyPlain: Candidate[];
  /** `optimism[k][n]`: the n largest pushes from structural position k on and all plain ones. */
  private readonly optimism: number[][];
  /** True when some gate could hold the verdict at the target whatever the score. */
  private readonly gateEscape: boolean;
  /** Deal-breakers that would rule out the current language, and so win whatever the score. */
  private readonly escapeBreakers: CompiledModel['dealBreakers'];
  /** Position of each question among the structural candidates, or -1. */
  private readonly structuralPosition: Int16Array;
  /** The answer that counts for each question before any change (explicit or assumed). */
  private readonly baseEffective: Int16Array;
  private readonly startProgress: number;
  /** The least progress any flip needs: a close call won on the tie-break. */
  private readonly leastNeeded: number;
  private readonly slack: number;
  private readonly work: Int16Array;
  private readonly scratch: CountedState;
  private readonly trialScratch: CountedState;
  private readonly trial: Int16Array;

  constructor(
    private readonly model: CompiledModel,
    private readonly weights: Float64Array,
    private readonly base: Int16Array,
    private readonly towards: Language,
    private readonly maxChanges: number,
    private readonly policy?: SearchPolicy,
  ) {
    this.direction = towards === 'rust' ? 1 : -1;
    this.work = base.slice();
    this.scratch = countAnswers(model, base);
    this.trialScratch = countAnswers(model, base);
    this.trial = base.slice();
    this.baseEffective = this.scratch.effective.slice();
    const { score, maxScore } = scoreSums(this.scratch.sums, weights, model.bias);
    this.startProgress = this.direction * score;
    this.leastNeeded = -model.closeCallMargin * maxScore;
    this.slack = 1e-9 * (1 + maxScore);
    this.gateEscape = model.gates.some((g) => g.language === towards && holds(g.appliesWhen, base));
    this.escapeBreakers = model.dealBreakers.filter((d) => d.rulesOut !== towards);

    const all = model.questions.map((_, q) => this.candidate(q, this.baseEffective[q] ?? -1));
    this.structuralCandidates = [...model.structural]
      .filter((q) => q >= 0)
      .sort((a, b) => a - b)
      .map((q) => all[q])
      .filter((c): c is Candidate => c !== undefined);
    this.structuralPosition = new Int16Array(model.questions.length).fill(-1);
    this.structuralCandidates.forEach((c, pos) => (this.structuralPosition[c.question] = pos));
    this.anyPlain = all.filter(
      (c): c is Candidate =>
        c !== undefined && !model.structural.has(c.question) && c.alternatives.length > 0,
    );
    this.plain = all
      .filter((c): c is Candidate => c !== undefined && !model.structural.has(c.question))
      .filter((c) => c.best > 0)
      .sort((a, b) => b.best - a.best || a.question - b.question);
    const plainBests = this.plain.slice(0, maxChanges).map((c) => c.best);
    this.optimism = this.structuralCandidates.map((_, k) => {
      const pushes = [...this.structuralCandidates.slice(k).map((c) => c.best), ...plainBests]
        .sort((a, b) => b - a)
        .slice(0, maxChanges);
      return [0, ...pushes].map((_, n) => pushes.slice(0, n).reduce((sum, p) => sum + p, 0));
    });
  }

  /** Iterative deepening: every way to make `size` changes, before any way to make more. */
  run(): { size: number; sets: FoundSet[] } | null {
    for (let size = 1; size <= this.maxChanges; size++) {
      for (let structural = 0; structural <= size; structural++) {
        this.structuralSets(0, structural, size, [], 0);
      }
      if (this.sets.length > 0) return { size, sets: this.sets };
    }
    return null;
  }

  /**
   * A question's realistic alternatives, from the answer that counts now (`current`), with their
   * bound. Structural ones add what they show or hide and the conditional effects they switch.
   */
  private candidate(q: number, current: number): Candidate | undefined {
    const model = this.model;
    const question = model.questions[q];
    if (!question || question.fixed) return undefined;
    if (this.policy && this.policy.questions[q] !== 1) return undefined;
    let knockOn = 0;
    if (model.structural.has(q)) {
      for (const d of question.dependents) {
        const dependent = model.questions[d];
        const stored = this.base[d] ?? UNANSWERED;
        const t = dependent ? transitionsFrom(dependent, UNANSWERED)[stored] : undefined;
        if (t) knockOn += this.push(t, true);
      }
      knockOn += this.switchable(q);
    }
    const alternatives: Alternative[] = [];
    question.options.forEach((option, index) => {
      if (index === current || index === this.base[q] || option.uncertain) return;
      if (this.policy?.oneStep) {
        const from = current < 0 ? -1 : (question.step[current] ?? -1);
        const to = question.step[index] ?? -1;
        if (from < 0 || to < 0 || Math.abs(from - to) !== 1) return;
      }
      if (option.implausibleWhen && holds(option.implausibleWhen, this.baseEffective)) return;
      // A conditional question's effects depend on other answers: bound each side on its own.
      const t = question.conditional
        ? this.looseTransition(question.options[current], option)
        : transitionsFrom(question, current)[index];
      if (!t) return;
      const gain = this.push(t, false) + knockOn;
      alternatives.push({ option: index, slots: t.slots, deltas: t.deltas, gain });
    });
    alternatives.sort((a, b) => b.gain - a.gain || a.option - b.option);
    return { question: q, alternatives, best: alternatives[0]?.gain ?? 0 };
  }

  /** The weighted leans of effects anywhere whose `unless` reads question `q`. */
  private switchable(q: number): number {
    let sum = 0;
    for (const other of this.model.questions) {
      let most = 0;
      for (const option of other.options) {
        let own = 0;
        for (const e of option.effects) {
          const reads =
            effectConditions(e).some((c) => c.question === q) ||
            (e.context && (this.model.questions[q]?.directSlots.includes(e.slot) ?? false));
          if (reads) own += (this.weights[e.slot] ?? 0) * Math.abs(e.lean);
        }
        most = Math.max(most, own);
      }
      sum += most;
    }
    return sum;
  }

  /**
   * A transition whose deltas bound every way the effects can apply: the new option's leans in
   * full and the old option's removed in full, per effect (`push` counts only the helpful side).
   */
  private looseTransition(
    from: CompiledModel['questions'][number]['options'][number] | undefined,
    to: CompiledModel['questions'][number]['options'][number],
  ): Transition {
    const slots: number[] = [];
    const deltas: number[] = [];
    for (const e of to.effects) {
      slots.push(e.slot);
      deltas.push(e.lean);
    }
    for (const e of from?.effects ?? []) {
      slots.push(e.slot);
      deltas.push(-e.lean);
    }
    return { slots, deltas };
  }

  /**
   * Whether changes to structural questions from position `pos` on, at most `slots` of them, could
   * still complete a deal-breaker against the current language (or a gate could hold the target).
   */
  private mayEscape(pos: number, slots: number): boolean {
    if (this.gateEscape) return true;
    return this.escapeBreakers.some((d) => {
      let missing = 0;
      for (const c of d.when) {
        if (holdsOne(c, this.work)) continue;
        if ((this.structuralPosition[c.question] ?? -1) < pos) return false;
        missing++;
      }
      return missing <= slots;
    });
  }

  /** Weighted push of a transition towards the target (or either way, for `absolute`). */
  private push(t: Transition, absolute: boolean): number {
    let sum = 0;
    for (let i = 0; i < t.slots.length; i++) {
      const d = this.direction * (t.deltas[i] ?? 0);
      sum += (this.weights[t.slots[i] ?? -1] ?? 0) * (absolute ? Math.abs(d) : Math.max(0, d));
    }
    return sum;
  }

  /** True when even this much progress cannot win the verdict for the target. */
  private hopeless(progress: number, escape: boolean): boolean {
    return !escape && progress < this.leastNeeded - this.slack;
  }

  private record(changes: Change[], progress: number): void {
    if (this.sets.length >= MAX_SETS_KEPT) return;
    if (this.policy?.accept) {
      const vector = this.base.slice();
      for (const c of changes) vector[c.question] = c.option;
      if (!this.policy.accept(vector)) return;
    }
    this.sets.push({ changes, progress });
  }

  /**
   * Every set of `structural` changes to structural questions from position `k` on, each then
   * completed with score-only changes up to `size` in all. `pushed` is the bound of those chosen.
   */
  private structuralSets(
    k: number,
    structural: number,
    size: number,
    chosen: Change[],
    pushed: number,
  ): void {
    if (chosen.length === structural) {
      this.tryStructural(chosen, size);
      return;
    }
    const slots = size - chosen.length;
    for (let pos = k; pos < this.structuralCandidates.length; pos++) {
      const candidate = this.structuralCandidates[pos];
      if (!candidate) continue;
      const afterwards = this.optimism[pos + 1]?.[slots - 1] ?? this.plainOptimism(slots - 1);
      const escape = this.mayEscape(pos, slots);
      if (this.hopeless(this.startProgress + pushed + candidate.best + afterwards, escape))
        continue;
      // Conditions point at earlier questions, which are settled by now: skip a question this set
      // would leave hidden.
      if (!mayBeShown(this.model, candidate.question, this.work)) continue;
      const original = this.base[candidate.question] ?? UNANSWERED;
      for (const alternative of candidate.alternatives) {
        if (this.hopeless(this.startProgress + pushed + alternative.gain + afterwards, escape))
          break;
        chosen.push({ question: candidate.question, option: alternative.option });
        this.work[candidate.question] = alternative.option;
        this.structuralSets(pos + 1, structural, size, chosen, pushed + alternative.gain);
        this.work[candidate.question] = original;
        chosen.pop();
      }
    }
  }

  private plainOptimism(n: number): number {
    return this.plain.slice(0, Math.max(0, n)).reduce((sum, c) => sum + c.best, 0);
  }

  /** Evaluates a structural set, alone when it fills `size`, else completed by score-only changes. */
  private tryStructural(changes: readonly Change[], size: number): void {
    const state = countAnswers(this.model, this.work, this.scratch);
    // A change to a question that ends up hidden counts for nothing: a smaller set does the same.
    if (changes.some((c) => state.shown[c.question] === 0)) return;
    const evaluation = evaluateState(this.model, state, this.weights);
    if (changes.length === size) {
      if (verdictLanguage(evaluation.verdict) === this.towards) {
        this.record([...changes], this.direction * evaluation.score);
      }
      return;
    }
    // Score-only changes cannot open or close a gate or a deal-breaker, nor change how a close
    // call is broken.
    if (
      closedGate(this.model, state.counted) ||
      activeDealBreakers(this.model, state.counted).length > 0
    ) {
      // A rule already decides for the target, but the set alone was refused (it contradicts an
      // answer): other changes may lift the contradiction, whatever they do to the score.
      if (this.policy?.accept && verdictLanguage(evaluation.verdict) === this.towards) {
        const shown = this.anyPlain.filter((c) => state.shown[c.question] === 1);
        this.anyCompletion(changes, shown, size - changes.length, 0, []);
      }
      return;
    }
    if (evaluation.verdict.kind === 'not-started') return;
    const tieBreak = closeCallLanguage(this.model, state.counted);
    const threshold = this.model.closeCallMargin * evaluation.maxScore;
    // Winning a close call needs the other side's lead to fall under the close-call margin;
    // otherwise the target must lead by the margin.
    const needed = tieBreak === this.towards ? -threshold : threshold;
    // A question whose counted answer the structural changes moved (shown again) is searched from
    // the answer that counts now.
    const shown = this.plain
      .filter((c) => state.shown[c.question] === 1)
      .map((c) =>
        state.effective[c.question] === this.baseEffective[c.question]
          ? c
          : this.candidate(c.question, state.effective[c.question] ?? UNANSWERED),
      )
      .filter((c): c is Candidate => c !== undefined && c.best > 0)
      .sort((a, b) => b.best - a.best || a.question - b.question);
    const progress = this.direction * evaluation.score;
    this.plainSets(changes, state, shown, size - changes.length, progress, needed);
  }

  /** Depth-first search for `count` score-only changes that reach `needed`. */
  private plainSets(
    structural: readonly Change[],
    state: CountedState,
    candidates: readonly Candidate[],
    count: number,
    start: number,
    needed: number,
  ): void {
    if (candidates.length < count) return;
    const prefix = [0];
    candidates.forEach((c, i) => prefix.push((prefix[i] ?? 0) + c.best));
    const top = (from: number, n: number) => (prefix[from + n] ?? 0) - (prefix[from] ?? 0);
    const sums = Float64Array.from(state.sums);
    const chosen: Change[] = [];

    const visit = (from: number, remaining: number, progress: number): void => {
      for (let pos = from; pos + remaining <= candidates.length; pos++) {
        // Strongest first: once the strongest still available cannot reach the line, none can.
        if (progress + top(pos, remaining) < needed - this.slack) return;
        const candidate = candidates[pos];
        if (!candidate) return;
        const rest = top(pos + 1, remaining - 1);
        for (const alternative of candidate.alternatives) {
          if (progress + alternative.gain + rest < needed - this.slack) break;
          shift(sums, alternative, 1);
          const next = this.direction * scoreSums(sums, this.weights, this.model.bias).score;
          chosen.push({ question: candidate.question, option: alternative.option });
          if (remaining > 1) visit(pos + 1, remaining - 1, next);
          else if (next >= needed - this.slack) this.confirm(structural, chosen);
          chosen.pop();
          shift(sums, alternative, -1);
        }
      }
    };
    visit(0, count, start);
  }

  /** Every completion by `count` score-only changes, each confirmed exactly. */
  private anyCompletion(
    structural: readonly Change[],
    candidates: readonly Candidate[],
    count: number,
    from: number,
    chosen: Change[],
  ): void {
    if (count === 0) {
      this.confirm(structural, chosen);
      return;
    }
    for (let pos = from; pos < candidates.length; pos++) {
      const candidate = candidates[pos];
      if (!candidate) continue;
      for (const alternative of candidate.alternatives) {
        chosen.push({ question: candidate.question, option: alternative.option });
        this.anyCompletion(structural, candidates, count - 1, pos + 1, chosen);
        chosen.pop();
      }
    }
  }

  /** Evaluates a candidate set exactly and records it if it flips the verdict. */
  private confirm(structural: readonly Change[], plain: readonly Change[]): void {
    const trial = this.trial;
    trial.set(this.work);
    for (const c of plain) trial[c.question] = c.option;
    const state = countAnswers(this.model, trial, this.trialScratch);
    const evaluation = evaluateState(this.model, state, this.weights);
    if (verdictLanguage(evaluation.verdict) === this.towards) {
      this.record([...structural, ...plain], this.direction * evaluation.score);
    }
  }
}

function shift(sums: Float64Array, t: Transition, sign: 1 | -1): void {
  t.slots.forEach((slot, i) => {
    sums[slot] = (sums[slot] ?? 0) + sign * (t.deltas[i] ?? 0);
  });
}
