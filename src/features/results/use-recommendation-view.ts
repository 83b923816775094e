import { useMemo, useState } from 'react';
import { recommend } from '../../domain/recommend';
import { recommendationView, type RecommendationView } from '../../domain/recommendation-view';
import { isoDate } from '../../components/today';
import { usePlannerStore } from '../../state/planner-store';
import { useProfileStore } from '../../state/profile-store';
import { useScoringKnowledgeBase } from '../../state/scoring';
import { useServiceAnswers } from '../../state/selectors';
import { useSharedViewStore } from '../../state/shared-view-store';
import type { Recommendation } from '../../domain/recommend';

/**
 * The one view of a service's recommendation, as the result page shows it: scored with the
 * applied profile (and, to say when the profile turns it, without), in the words of the reader
 * — "you answered" for one's own plan, "the author answered" for a shared one.
 */
export function useRecommendationView(serviceId: string): {
  result: Recommendation;
  view: RecommendationView;
} {
  const kb = useScoringKnowledgeBase();
  const answers = useServiceAnswers(serviceId);
  const weights = usePlannerStore((s) => s.weights);
  const profile = useProfileStore((s) => s.profile);
  const shared = useSharedViewStore((s) => s.view !== null);
  const [date] = useState(() => isoDate());
  return useMemo(() => {
    const result = recommend(kb, answers, weights);
    const opened = profile.kind === 'applied' ? profile.opened : undefined;
    const view = recommendationView(kb, result, {
      answers,
      reader: shared ? 'shared' : 'own',
      date,
      ...(opened ? { profile: { opened } } : {}),
    });
    return { result, view };
  }, [kb, answers, weights, profile, shared, date]);
}
