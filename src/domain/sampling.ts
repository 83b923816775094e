/**
 * The sampler behind a verdict's stability: stochastic multicriteria acceptability analysis
 * (SMAA; Lahdelma, Hokkanen & Salminen 1998; Tervonen & Lahdelma, "Implementing stochastic
 * multicriteria acceptability analysis", EJOR 2007) over this engine. Instead of one answer set
 * and one set of weights, it draws many plausible ones and counts the share under which each
 * language wins (the acceptability of the verdict).
 *
 * What varies, as the knowledge base's `scoring.stability` sets it:
 * - a given estimate is off by one step on its scale with probability `offByOneStep`;
 * - an estimate assumed from the kind of service, with probability `assumedOffByOneStep`;
 * - an open estimate (unanswered, "not sure", nothing assumed) takes any plausible option;
 * - facts (what the service is, where it runs, the team, the organisation) never vary;
 * - each weight varies uniformly within ±`weightBand` of itself (a weight of 0 stays 0).
 * No draw contradicts another answer: options implausible with the answers are never drawn, and
 * a draw in which two varied answers contradict each other keeps the answers as given there.
 *
 * Deterministic and seeded, so the same answers give the same figure everywhere. Answer
 * variations are drawn by a Latin hypercube (each varying question's draws cover its range in
 * equal strata, shuffled per question); weights by a quasi-random Kronecker ("R_d", Roberts 2018)
 * sequence with a seeded shift. Each distinct answer variation is evaluated once and reused for
 * `weightDraws` weight draws, since only the score depends on the weights. (An R_d sequence for
 * the answers too was tried: with a few hundred points it was biased by up to 7 points on some
 * services against a 100,000-draw reference. With the Latin hypercube, 512 variations for four
 * weight draws each came within 2.3 points of it on the test's fifty services; 1,024 for two each
 * come within 1.7, which is the default.)
 */
import type { Language, ScoringSettings } from '../../content';
import {
  addsContradiction,
  closeCallLanguage,
  countAnswers,
  emptyState,
  evaluateState,
  implausibleAnswers,
  isGiven,
  notStarted,
  UNANSWERED,
  verdictLanguage,
  type AppliedLean,
  type CompiledModel,
  type CountedState,
} from './engine';

export const DEFAULT_SAMPLES = 2048;
export const DEFAULT_WEIGHT_DRAWS = 2;
export const DEFAULT_SEED = 20_071_998;

export interface SamplingOptions {
  /** How many (answers, weights) draws in all. */
  samples?: number;
  seed?: number;
  /** How many weight draws reuse each answer variation. */
  weightDraws?: number;
  /** `quasi` (default): the low-discrepancy sequence; `random`: independent draws (a reference). */
  sequence?: 'quasi' | 'random';
}

/** Draws per verdict: a language, or `none` (no verdict, or the constraints conflict). */
export interface VerdictCounts {
  rust: number;
  go: number;
  none: number;
}

/** What the draws varied, for the sentence that says so. */
export interface Varied {
  /** Given estimates that may be off by one step, and the chance of it. */
  givenEstimates: number;
  offByOneStep: number;
  /** Estimates assumed from the kind of service, and the chance one is off by a step. */
  assumedEstimates: number;
  assumedOffByOneStep: number;
  /** Estimates left open, which may take any plausible option. */
  openEstimates: number;
  /** Facts held as given (never varied). */
  facts: number;
  /** Each weight within ± this share of itself. */
  weightBand: number;
}

export interface SampledCounts {
  counts: VerdictCounts;
  samples: number;
  varied: Varied;
}

type VariedKind = 'given' | 'assumed' | 'open';

interface VaryingQuestion {
  question: number;
  kind: VariedKind;
  /** The option as it counts now (UNANSWERED when open). */
  centre: number;
  /** Plausible options to draw: neighbours on the scale (given, assumed) or all (open). */
  choices: number[];
  /** Chance of leaving the centre (1 for open). */
  chance: number;
}

interface Base {
  vector: Int16Array;
  state: CountedState;
  mask: Uint8Array;
  varying: VaryingQuestion[];
  /** Whether two varied answers could contradict each other (else no draw needs the check). */
  pairwise: boolean;
  /**
   * The leans the answers as given apply, in the order the evaluation adds them: question `i`'s
   * are `leanSlot`/`leanValue` from `leanStart[i]` to `leanStart[i + 1]`.
   */
  leanStart: Int32Array;
  leanSlot: Int32Array;
  leanValue: Float64Array;
  /**
   * Whether a draw that moves only score-only estimates may be evaluated from the base: the base
   * has a started verdict, so moving such answers changes the lean sums and nothing else.
   */
  incremental: boolean;
}

/** One distinct answer variation, evaluated: a verdict the weights cannot move, or its sums. */
interface Outcome {
  language: keyof VerdictCounts;
  /**
   * The lean sums, each capped at ±1, when the score decides (the weights are then drawn); null
   * otherwise.
   */
  sums: Float64Array | null;
  tieBreak: Language;
  /** The language every weight draw in the band gives, when the score settles it; else null. */
  settled: keyof VerdictCounts | null;
}

/** The fractional part of a non-negative number (exactly `x % 1`, without the division). */
function fraction(x: number): number {
  return x - Math.floor(x);
}

/**
 * An outcome the weights decide. The verdict under weights `d` is Rust when
 * Σ d·(signal + bias − margin) ≥ 0, Go when Σ d·(−signal − bias − margin) ≥ 0, else the
 * tie-break: each sum is linear in the weights, so its least and greatest values over the band
 * are read off each weight's end. When all draws must give one language (clear of rounding by
 * `slack`), the batch is counted without drawing; otherwise `settled` is null and they are drawn.
 */
function scoredOutcome(
  sums: Float64Array,
  tieBreak: Language,
  canSettle: boolean,
  low: Float64Array,
  high: Float64Array,
  margin: number,
  bias: number,
  slack: number,
): Outcome {
  const signals = new Float64Array(sums.length);
  for (let c = 0; c < sums.length; c++) signals[c] = Math.max(-1, Math.min(1, sums[c] ?? 0));
  let settled: keyof VerdictCounts | null = null;
  if (canSettle) {
    let rustLeast = 0;
    let rustMost = 0;
    let goLeast = 0;
    let goMost = 0;
    for (let c = 0; c < signals.length; c++) {
      const lo = low[c] ?? 0;
      const hi = high[c] ?? 0;
      const toRust = (signals[c] ?? 0) + bias - margin;
      const toGo = -(signals[c] ?? 0) - bias - margin;
      rustLeast += toRust >= 0 ? lo * toRust : hi * toRust;
      rustMost += toRust >= 0 ? hi * toRust : lo * toRust;
      goLeast += toGo >= 0 ? lo * toGo : hi * toGo;
      goMost += toGo >= 0 ? hi * toGo : lo * toGo;
    }
    if (rustLeast > slack) settled = 'rust';
    else if (goLeast > slack) settled = 'go';
    else if (rustMost < -slack && goMost < -slack) settled = tieBreak;
  }
  return { language: 'none', sums: signals, tieBreak, settled };
}

/** A small seeded generator (mulberry32): deterministic shifts and the random reference. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generators of the R_d sequence (Roberts 2018): powers of the inverse of φ_d. */
function kronecker(dimensions: number): Float64Array {
  let phi = 2;
  for (let i = 0; i < 30; i++) phi = Math.pow(1 + phi, 1 / (dimensions + 1));
  return Float64Array.from({ length: dimensions }, (_, j) => Math.pow(1 / phi, j + 1) % 1);
}

/** Whether option `o` of question `q` can be drawn alongside the answers as they count now. */
function plausible(model: CompiledModel, state: CountedState, q: number, o: number): boolean {
  const trial = state.effective.slice();
  trial[q] = o;
  const mask = implausibleAnswers(model, trial);
  const before = implausibleAnswers(model, state.effective);
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1 && before[i] !== 1) return false;
  return mask[q] !== 1;
}

function prepareBase(
  model: CompiledModel,
  vector: Int16Array,
  settings: ScoringSettings['stability'],
): Base {
  const state = countAnswers(model, vector);
  const varying: VaryingQuestion[] = [];
  model.questions.forEach((q, i) => {
    if (q.fact || state.shown[i] !== 1 || q.scale.length < 2) return;
    const given = isGiven(model, state, i);
    const centre =
      given || state.assumed[i] === 1 ? (state.effective[i] ?? UNANSWERED) : UNANSWERED;
    const position = centre === UNANSWERED ? -1 : (q.step[centre] ?? -1);
    const candidates =
      position < 0
        ? q.scale
        : [q.scale[position - 1], q.scale[position + 1]].filter(
            (o): o is number => o !== undefined,
          );
    const choices = candidates.filter((o) => plausible(model, state, i, o));
    if (choices.length === 0) return;
    const kind: VariedKind = given ? 'given' : state.assumed[i] === 1 ? 'assumed' : 'open';
    const chance =
      kind === 'given'
        ? settings.offByOneStep
        : kind === 'assumed'
          ? settings.assumedOffByOneStep
          : 1;
    if (chance <= 0) return;
    varying.push({ question: i, kind, centre, choices, chance });
  });
  const questions = new Set(varying.map((v) => v.question));
  const pairwise = varying.some(
    (v) =>
      model.questions.some((other, o) =>
        other.options.some((option) =>
          [...(option.contradicts ?? []), ...(option.implausibleWhen ?? [])].some(
            (c) => questions.has(c.question) && questions.has(o) && c.question !== o,
          ),
        ),
      ) && v.question >= 0,
  );
  const applied: AppliedLean[] = [];
  countAnswers(model, vector, undefined, applied);
  const leanStart = new Int32Array(model.questions.length + 1);
  const leanSlot = new Int32Array(applied.length);
  const leanValue = new Float64Array(applied.length);
  applied.forEach((lean, k) => {
    leanSlot[k] = lean.slot;
    leanValue[k] = lean.lean;
    leanStart[lean.question + 1] = k + 1;
  });
  for (let i = 1; i < leanStart.length; i++) {
    leanStart[i] = Math.max(leanStart[i] ?? 0, leanStart[i - 1] ?? 0);
  }
  return {
    vector,
    state,
    mask: implausibleAnswers(model, state.effective),
    varying,
    pairwise,
    leanStart,
    leanSlot,
    leanValue,
    incremental: !notStarted(model, state),
  };
}

/**
 * Writes the draw at `point` (one uniform number per varying question) into `trial` and counts
 * it into `state`. When two varied answers contradict each other, the draw keeps the answers as
 * given instead.
 */
function applyDraw(
  model: CompiledModel,
  base: Base,
  point: Float64Array,
  trial: Int16Array,
  state: CountedState,
): CountedState {
  trial.set(base.vector);
  let moved = false;
  base.varying.forEach((v, d) => {
    const u = point[d] ?? 0;
    if (u >= v.chance) return;
    const choice =
      v.choices[Math.min(v.choices.length - 1, Math.floor((u / v.chance) * v.choices.length))];
    if (choice === undefined) return;
    trial[v.question] = choice;
    moved = true;
  });
  const counted = countAnswers(model, trial, state);
  if (moved && base.pairwise && addsContradiction(model, base.state, base.mask, counted)) {
    trial.set(base.vector);
    return countAnswers(model, trial, state);
  }
  return counted;
}

/**
 * The draw at `point` evaluated from the base when it moves only questions that move nothing but
 * the score (not structural: they show or hide nothing, open no gate or deal-breaker, break no
 * close call and switch no other effect), else null. The lean sums are added in the same order
 * as a full evaluation, so the figures are the same to the last bit. `scratch` receives the
 * counted answers, the answers as they count and the sums.
 */
function quickDraw(
  model: CompiledModel,
  base: Base,
  point: Float64Array,
  scratch: CountedState,
  moved: Int16Array,
): CountedState | null {
  if (!base.incremental) return null;
  moved.fill(UNANSWERED);
  let any = false;
  const varying = base.varying;
  for (let d = 0; d < varying.length; d++) {
    const v = varying[d];
    if (!v) continue;
    const u = point[d] ?? 0;
    if (u >= v.chance) continue;
    const choice =
      v.choices[Math.min(v.choices.length - 1, Math.floor((u / v.chance) * v.choices.length))];
    if (choice === undefined) continue;
    const question = model.questions[v.question];
    if (!question || model.structural.has(v.question) || question.options[choice]?.uncertain) {
      return null;
    }
    moved[v.question] = choice;
    any = true;
  }
  const { counted, effective, sums } = scratch;
  counted.set(base.state.counted);
  effective.set(base.state.effective);
  if (!any) {
    sums.set(base.state.sums);
    return scratch;
  }
  for (let i = 0; i < moved.length; i++) {
    const choice = moved[i] ?? UNANSWERED;
    if (choice === UNANSWERED) continue;
    counted[i] = choice;
    effective[i] = choice;
  }
  if (base.pairwise && addsContradiction(model, base.state, base.mask, scratch)) {
    // The draw keeps the answers as given.
    counted.set(base.state.counted);
    effective.set(base.state.effective);
    sums.set(base.state.sums);
    return scratch;
  }
  sums.fill(0);
  const { leanStart, leanSlot, leanValue } = base;
  for (let i = 0; i < moved.length; i++) {
    const choice = moved[i] ?? UNANSWERED;
    if (choice === UNANSWERED) {
      const end = leanStart[i + 1] ?? 0;
      for (let k = leanStart[i] ?? 0; k < end; k++) {
        const slot = leanSlot[k] ?? 0;
        sums[slot] = (sums[slot] ?? 0) + (leanValue[k] ?? 0);
      }
      continue;
    }
    // Not structural, so none of its effects depends on other answers: all of them apply.
    for (const effect of model.questions[i]?.options[choice]?.effects ?? []) {
      sums[effect.slot] = (sums[effect.slot] ?? 0) + effect.lean;
    }
  }
  return scratch;
}

/** `count` random answer variations of one answer set, as drawn (for tests and inspection). */
export function sampleVariations(
  model: CompiledModel,
  vector: Int16Array,
  settings: ScoringSettings['stability'],
  count: number,
  seed: number,
): Int16Array[] {
  const base = prepareBase(model, vector, settings);
  const random = seededRandom(seed);
  const point = new Float64Array(Math.max(1, base.varying.length));
  const state = emptyState(model);
  return Array.from({ length: count }, () => {
    for (let d = 0; d < point.length; d++) point[d] = random();
    const trial = new Int16Array(vector.length);
    applyDraw(model, base, point, trial, state);
    return trial;
  });
}

/** The language a verdict names, or `none`. */
function bucket(language: Language | undefined): keyof VerdictCounts {
  return language ?? 'none';
}

/**
 * Draws plausible variations of one or several answer sets (several: a team's, drawn evenly) and
 * of the weights, and counts the verdicts.
 */
export function sampleVerdicts(
  model: CompiledModel,
  vectors: readonly Int16Array[],
  weights: Float64Array,
  settings: ScoringSettings['stability'],
  options: SamplingOptions = {},
): SampledCounts {
  const samples = Math.max(1, Math.floor(options.samples ?? DEFAULT_SAMPLES));
  const draws = Math.max(1, Math.floor(options.weightDraws ?? DEFAULT_WEIGHT_DRAWS));
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const quasi = (options.sequence ?? 'quasi') === 'quasi';
  const bases = vectors.map((v) => prepareBase(model, v, settings));
  const counts: VerdictCounts = { rust: 0, go: 0, none: 0 };
  const first = bases[0];
  const varied: Varied = {
    givenEstimates: first?.varying.filter((v) => v.kind === 'given').length ?? 0,
    offByOneStep: settings.offByOneStep,
    assumedEstimates: first?.varying.filter((v) => v.kind === 'assumed').length ?? 0,
    assumedOffByOneStep: settings.assumedOffByOneStep,
    openEstimates: first?.varying.filter((v) => v.kind === 'open').length ?? 0,
    facts: first
      ? model.questions.filter((q, i) => q.fact && isGiven(model, first.state, i)).length
      : 0,
    weightBand: settings.weightBand,
  };
  if (bases.length === 0) return { counts, samples: 0, varied };

  const criteria = weights.length;
  const answerDims = Math.max(1, ...bases.map((b) => b.varying.length));
  const perBase = Math.max(1, Math.ceil(Math.ceil(samples / draws) / bases.length));
  // Latin hypercube: each varying question's draws cover its range in equal strata, in an order
  // shuffled per question (seeded), so no two questions move in step. Plain loops: this runs for
  // every service, and the seeded draws are taken in the same order as always.
  const strata: Int32Array[] = [];
  for (let d = 0; d < answerDims; d++) {
    const order = new Int32Array(perBase);
    for (let i = 0; i < perBase; i++) order[i] = i;
    for (let i = perBase - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    strata.push(order);
  }
  const jitter: Float64Array[] = [];
  for (let d = 0; d < answerDims; d++) {
    const row = new Float64Array(perBase);
    for (let i = 0; i < perBase; i++) row[i] = random();
    jitter.push(row);
  }
  const weightStep = kronecker(criteria);
  const weightShift = new Float64Array(criteria);
  for (let c = 0; c < criteria; c++) weightShift[c] = random();
  const band = settings.weightBand;
  const varyWeights = band > 0 && weights.some((w) => w > 0);
  const margin = model.closeCallMargin;
  const bias = model.bias;
  // Each weight's range, for the test that settles a whole batch of weight draws at once.
  const low = new Float64Array(criteria);
  const high = new Float64Array(criteria);
  let highSum = 0;
  for (let c = 0; c < criteria; c++) {
    const w = weights[c] ?? 0;
    low[c] = Math.min(w * (1 - band), w * (1 + band));
    high[c] = Math.max(w * (1 - band), w * (1 + band));
    highSum += Math.abs(high[c] ?? 0);
  }
  const settleSlack = 1e-9 * (1 + highSum);
  const canSettle = quasi && varyWeights && margin > 0 && band < 1 && weights.every((w) => w >= 0);

  const state = emptyState(model);
  const quick = emptyState(model);
  const moved = new Int16Array(model.questions.length);
  const trial = new Int16Array(model.questions.length);
  const point = new Float64Array(answerDims);
  const variations = Math.ceil(samples / draws);
  // Most draws repeat an answer variation already seen: evaluate each distinct one once.
  const seen = new Map<number, Outcome>();
  let rust = 0;
  let go = 0;
  let none = 0;
  let sample = 0;
  for (let a = 0; a < variations && sample < samples; a++) {
    const b = a % bases.length;
    const base = bases[b];
    if (!base) continue;
    const n = Math.floor(a / bases.length) % perBase;
    for (let d = 0; d < answerDims; d++) {
      point[d] = quasi ? ((strata[d]?.[n] ?? 0) + (jitter[d]?.[n] ?? 0.5)) / perBase : random();
    }
    let key = b;
    const varying = base.varying;
    for (let d = 0; d < varying.length; d++) {
      const v = varying[d];
      if (!v) continue;
      const u = point[d] ?? 0;
      const pick =
        u >= v.chance
          ? 0
          : 1 + Math.min(v.choices.length - 1, Math.floor((u / v.chance) * v.choices.length));
      key = key * (v.choices.length + 1) + pick;
    }
    key = key * bases.length + b;
    let outcome = seen.get(key);
    if (!outcome) {
      const counted =
        quickDraw(model, base, point, quick, moved) ?? applyDraw(model, base, point, trial, state);
      const fixed = evaluateState(model, counted, weights);
      const kind = fixed.verdict.kind;
      outcome =
        !varyWeights || (kind !== 'clear' && kind !== 'close-call')
          ? {
              language: bucket(verdictLanguage(fixed.verdict)),
              sums: null,
              tieBreak: 'go',
              settled: null,
            }
          : scoredOutcome(
              counted.sums,
              closeCallLanguage(model, counted.counted),
              canSettle,
              low,
              high,
              margin,
              bias,
              settleSlack,
            );
      seen.set(key, outcome);
    }
    const batch = Math.min(draws, samples - sample);
    const signals = outcome.sums;
    const settled = outcome.settled ?? (signals ? null : outcome.language);
    if (settled !== null) {
      if (settled === 'rust') rust += batch;
      else if (settled === 'go') go += batch;
      else none += batch;
      sample += batch;
      continue;
    }
    if (!signals) continue;
    for (let k = 0; k < batch; k++) {
      const index = sample + 1;
      // As `scoreSums` adds it, with each signal already capped at ±1.
      let score = 0;
      let maxScore = 0;
      for (let c = 0; c < criteria; c++) {
        const u = quasi ? fraction((weightShift[c] ?? 0) + index * (weightStep[c] ?? 0)) : random();
        const weight = (weights[c] ?? 0) * (1 + band * (2 * u - 1));
        score += weight * (signals[c] ?? 0) || 0;
        maxScore += weight;
      }
      if (bias !== 0) score += bias * maxScore;
      const drawnMargin = maxScore > 0 ? Math.abs(score) / maxScore : 0;
      const language: Language =
        drawnMargin >= margin ? (score > 0 ? 'rust' : 'go') : outcome.tieBreak;
      if (language === 'rust') rust += 1;
      else go += 1;
      sample += 1;
    }
  }
  counts.rust = rust;
  counts.go = go;
  counts.none = none;
  return { counts, samples: sample, varied };
}

export interface Stability {
  /** Share of the draws, 0..1, under which the verdict holds. */
  share: number;
  samples: number;
  /** Draws per verdict language (`none`: no verdict, or the constraints conflict). */
  counts: VerdictCounts;
  /** The verdict measured (null: no language). */
  language: Language | null;
  /** What was varied, for the sentence that says so. */
  varied: Varied;
}

/** A stability from counted draws. */
export function stabilityFrom(
  counts: VerdictCounts,
  samples: number,
  language: Language | null,
  varied: Varied,
): Stability {
  const held = counts[language ?? 'none'];
  return { share: samples > 0 ? held / samples : 0, samples, counts, language, varied };
}
