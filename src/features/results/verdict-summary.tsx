import { useScoringKnowledgeBase } from '../../state/scoring';
import type { Recommendation } from '../../domain/recommend';
import type { RecommendationView } from '../../domain/recommendation-view';
import { ChangedWeightsNote } from './changed-weights-note';
import { ScoreBar } from './score-bar';

/** Where the score sits between Go and Rust, as a bar and in words, and any changed weights. */
export function VerdictScore({
  result,
  view,
}: {
  result: Recommendation;
  view: RecommendationView;
}) {
  const kb = useScoringKnowledgeBase();
  return (
    <>
      <ScoreBar
        score={result.score}
        maxScore={result.maxScore}
        closeCallMargin={kb.scoring.closeCallMargin}
      />
      <p className="verdict__score">{view.score}</p>
      <ChangedWeightsNote />
    </>
  );
}
