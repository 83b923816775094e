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
 * services against a 100,000-draw reference; the Latin hypercube stays within 2.)
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
  scoreSums,
  UNANSWERED,
  verdictLanguage,
  type CompiledModel,
  type CountedState,
} from './engine';

export const DEFAULT_SAMPLES = 2048;
export const DEFAULT_WEIGHT_DRAWS = 4;
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
}

/** One distinct answer variation, evaluated: a verdict the weights cannot move, or its sums. */
interface Outcome {
  language: keyof VerdictCounts;
  /** Lean sums when the score decides (the weights are then drawn); null otherwise. */
  sums: Float64Array | null;
  tieBreak: Language;
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
  return { vector, state, mask: implausibleAnswers(model, state.effective), varying, pairwise };
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
  // shuffled per question (seeded), so no two questions move in step.
  const strata = Array.from({ length: answerDims }, () => {
    const order = Int32Array.from({ length: perBase }, (_, i) => i);
    for (let i = perBase - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    return order;
  });
  const jitter = Array.from({ length: answerDims }, () =>
    Float64Array.from({ length: perBase }, () => random()),
  );
  const weightStep = kronecker(criteria);
  const weightShift = Float64Array.from({ length: criteria }, () => random());
  const band = settings.weightBand;
  const varyWeights = band > 0 && weights.some((w) => w > 0);

  const state = emptyState(model);
  const trial = new Int16Array(model.questions.length);
  const drawn = new Float64Array(criteria);
  const point = new Float64Array(answerDims);
  const variations = Math.ceil(samples / draws);
  // Most draws repeat an answer variation already seen: evaluate each distinct one once.
  const seen = new Map<number, Outcome>();
  let sample = 0;
  for (let a = 0; a < variations && sample < samples; a++) {
    const b = a % bases.length;
    const base = bases[b];
    if (!base) continue;
    for (let d = 0; d < answerDims; d++) {
      const n = Math.floor(a / bases.length);
      point[d] = quasi
        ? ((strata[d]?.[n % perBase] ?? 0) + (jitter[d]?.[n % perBase] ?? 0.5)) / perBase
        : random();
    }
    let key = b;
    base.varying.forEach((v, d) => {
      const u = point[d] ?? 0;
      const pick =
        u >= v.chance
          ? 0
          : 1 + Math.min(v.choices.length - 1, Math.floor((u / v.chance) * v.choices.length));
      key = key * (v.choices.length + 1) + pick;
    });
    key = key * bases.length + b;
    let outcome = seen.get(key);
    if (!outcome) {
      const counted = applyDraw(model, base, point, trial, state);
      const fixed = evaluateState(model, counted, weights);
      const kind = fixed.verdict.kind;
      outcome =
        !varyWeights || (kind !== 'clear' && kind !== 'close-call')
          ? { language: bucket(verdictLanguage(fixed.verdict)), sums: null, tieBreak: 'go' }
          : {
              language: 'none',
              sums: Float64Array.from(counted.sums),
              tieBreak: closeCallLanguage(model, counted.counted),
            };
      seen.set(key, outcome);
    }
    const batch = Math.min(draws, samples - sample);
    const sums = outcome.sums;
    if (!sums) {
      counts[outcome.language] += batch;
      sample += batch;
      continue;
    }
    for (let k = 0; k < batch; k++) {
      const index = sample + 1;
      for (let c = 0; c < criteria; c++) {
        const u = quasi ? ((weightShift[c] ?? 0) + index * (weightStep[c] ?? 0)) % 1 : random();
        drawn[c] = (weights[c] ?? 0) * (1 + band * (2 * u - 1));
      }
      const { score, margin } = scoreSums(sums, drawn, model.bias);
      const language: Language =
        margin >= model.closeCallMargin ? (score > 0 ? 'rust' : 'go') : outcome.tieBreak;
      counts[language] += 1;
      sample += 1;
    }
  }
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
