/**
 * How stable a verdict is: the share of plausible variations of the estimates, the open
 * questions and the weights under which it holds ("Rust holds in 93 of 100 plausible
 * variations"). The sampler and what it varies are described in `sampling.ts`; this is the entry
 * point for one service, or for several answer sets drawn evenly (a team's members).
 */
import type { Answers, KnowledgeBase, Language } from '../../content';
import { compileModel, evaluateVector, toVector, toWeightVector, verdictLanguage } from './engine';
import { withProfile, type OpenedProfile } from './profile';
import { sampleVerdicts, stabilityFrom, type SamplingOptions, type Stability } from './sampling';
import type { Weights } from './weights';

export {
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  DEFAULT_WEIGHT_DRAWS,
  stabilityFrom,
  type SamplingOptions,
  type Stability,
  type Varied,
  type VerdictCounts,
} from './sampling';

export interface StabilityOptions extends SamplingOptions {
  /**
   * The verdict whose share is measured. Default: for one answer set, its own verdict; for
   * several, the verdict most draws give.
   */
  language?: Language | null;
}

/**
 * The stability of the verdict for one answer set, or for several drawn evenly, under the given
 * weights (and organisation profile, if any). Deterministic for given options.
 */
export function measureStability(
  kb: KnowledgeBase,
  answers: Answers | readonly Answers[],
  weights: Weights = {},
  profile?: OpenedProfile,
  options: StabilityOptions = {},
): Stability {
  const scored = profile ? withProfile(kb, profile) : kb;
  const model = compileModel(scored);
  const weightVector = toWeightVector(scored, weights);
  const sets: readonly Answers[] = Array.isArray(answers) ? answers : [answers as Answers];
  const vectors = sets.map((a) => toVector(model, a));
  const sampled = sampleVerdicts(model, vectors, weightVector, scored.scoring.stability, options);
  let language: Language | null;
  if (options.language !== undefined) {
    language = options.language;
  } else if (vectors.length === 1 && vectors[0]) {
    language = verdictLanguage(evaluateVector(model, vectors[0], weightVector).verdict) ?? null;
  } else {
    const { rust, go, none } = sampled.counts;
    language = none > Math.max(rust, go) ? null : rust > go ? 'rust' : 'go';
  }
  return stabilityFrom(sampled.counts, sampled.samples, language, sampled.varied);
}
