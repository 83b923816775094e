/**
 * The knowledge base results are scored with: as the applied organisation profile makes it (its
 * holds, adoption costs and weights, through `withProfile`), or as published when none applies.
 * The result page and the portfolio score with it, so what they show is what the report and the
 * decision record say.
 */
import { useMemo } from 'react';
import type { KnowledgeBase } from '../../content';
import { loadedKnowledgeBase } from './knowledge-base';
import { scoredWithProfile, useAppliedProfile } from './profile-store';

export function useScoringKnowledgeBase(): KnowledgeBase {
  const kb = loadedKnowledgeBase();
  const { profile } = useAppliedProfile(kb);
  return useMemo(() => scoredWithProfile(kb, profile), [kb, profile]);
}

/** The same outside React, for what is built on demand (an answers file, a decision file). */
export function scoringKnowledgeBase(): KnowledgeBase {
  return scoredWithProfile(loadedKnowledgeBase());
}
