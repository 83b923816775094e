import type { KnowledgeBase } from '../../content';

/** Weight overrides by criterion id; a criterion without one uses its default weight. */
export type Weights = Readonly<Record<string, number>>;

/** The smallest and largest weight a criterion can take, and the step the UI offers. */
export const WEIGHT_RANGE = { min: 0, max: 5, step: 0.5 } as const;

/** Every criterion's weight: its override where one is set and valid, else its default. */
export function resolveWeights(kb: KnowledgeBase, overrides: Weights): Record<string, number> {
  const resolved: Record<string, number> = {};
  for (const criterion of kb.criteria) {
    const override = overrides[criterion.id];
    resolved[criterion.id] =
      override !== undefined &&
      Number.isFinite(override) &&
      override >= WEIGHT_RANGE.min &&
      override <= WEIGHT_RANGE.max
        ? override
        : criterion.defaultWeight;
  }
  return resolved;
}

/** The overrides that differ from the defaults, so saved state and links stay small. */
export function changedWeights(kb: KnowledgeBase, overrides: Weights): Record<string, number> {
  const changed: Record<string, number> = {};
  for (const criterion of kb.criteria) {
    const value = overrides[criterion.id];
    if (value !== undefined && value !== criterion.defaultWeight) changed[criterion.id] = value;
  }
  return changed;
}
