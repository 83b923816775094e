import { useScoringKnowledgeBase } from '../../state/scoring';
import { describeMargin } from '../../domain/describe';
import type { Recommendation } from '../../domain/recommend';
import { ChangedWeightsNote } from './changed-weights-note';
import { ScoreBar } from './score-bar';

/** Where the score sits between Go and Rust, as a bar and in words, and any changed weights. */
export function VerdictScore({ result }: { result: Recommendation }) {
  const kb = useScoringKnowledgeBase();
  const towards = result.score > 0 ? 'Rust' : 'Go';
  return (
    <>
      <ScoreBar
        score={result.score}
        maxScore={result.maxScore}
        closeCallMargin={kb.scoring.closeCallMargin}
      />
      <p className="verdict__score">
        Score:{' '}
        {result.score === 0 ? 'level' : `${Math.abs(result.score).toFixed(1)} towards ${towards}`},
        out of a possible {result.maxScore.toFixed(1)} either way.{' '}
        {describeMargin(result.verdict, result.score, result.maxScore, result.flips.answers)}
      </p>
      <ChangedWeightsNote />
    </>
  );
}
