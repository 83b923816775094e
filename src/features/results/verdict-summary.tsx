import { getKnowledgeBase } from '../../../content';
import {
  describeMargin,
  describeVerdict,
  verdictLanguage,
  type Recommendation,
} from '../../domain';
import { ChangedWeightsNote } from './changed-weights-note';
import { ConfidenceNote } from './confidence-note';
import { ScoreBar } from './score-bar';

/** The verdict in one box: language, how it was reached, margin and confidence. */
export function VerdictSummary({ result }: { result: Recommendation }) {
  const kb = getKnowledgeBase();
  const words = describeVerdict(kb, result.verdict, result.margin);
  const towards = result.score > 0 ? 'Rust' : 'Go';
  const language = verdictLanguage(result.verdict);
  return (
    <section className={`verdict verdict--${language ?? 'none'}`} aria-labelledby="verdict-heading">
      <p className="eyebrow">Recommendation</p>
      <h2 id="verdict-heading" className="verdict__headline">
        {words.headline}
      </h2>
      <p className="verdict__detail">{words.detail}</p>
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
      {language !== undefined && <ConfidenceNote confidence={result.confidence} />}
      {result.fragile && result.verdict.kind === 'clear' && (
        <p className="verdict__warning">
          <strong>Fragile:</strong> the lead is small. Check the reasons below, and the revisit
          triggers, before committing.
        </p>
      )}
    </section>
  );
}
