/**
 * The knowledge base results are scored with: as the applied organisation profile makes it (its
 * holds, adoption costs and weights, through `withProfile`), or as published when none applies.
 * The result page and the portfolio score with it, so what they show is what the report and the
 * decision record say.
 */
import { useMemo } from 'react';
import type { KnowledgeBase } from '../../content';
import { withProfile } from '../domain';
import { getKnowledgeBase } from './knowledge-base';
import { useAppliedProfile, useProfileStore } from './profile-store';

export function useScoringKnowledgeBase(): KnowledgeBase {
  const kb = getKnowledgeBase();
  const { profile } = useAppliedProfile(kb);
  return useMemo(
    () => (profile.kind === 'applied' ? withProfile(kb, profile.opened) : kb),
    [kb, profile],
  );
}

/**
 * The same knowledge base outside React, for what is built on demand (an answers file): the
 * verdicts it records are those the result page shows.
 */
export function scoringKnowledgeBase(): KnowledgeBase {
  const kb = getKnowledgeBase();
  const { profile } = useProfileStore.getState();
  return profile.kind === 'applied' ? withProfile(kb, profile.opened) : kb;
}
