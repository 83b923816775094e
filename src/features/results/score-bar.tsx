/**
 * Where the score sits between all-Go (left) and all-Rust (right), with the close-call band in
 * the middle. Decorative: the same facts are written out in text next to it.
 */
export function ScoreBar({
  score,
  maxScore,
  closeCallMargin,
}: {
  score: number;
  maxScore: number;
  closeCallMargin: number;
}) {
  const position = maxScore > 0 ? 50 + (score / maxScore) * 50 : 50;
  const band = closeCallMargin * 50;
  return (
    <div className="score-bar" aria-hidden="true">
      <span className="score-bar__end score-bar__end--go">Go</span>
      <div className="score-bar__track">
        <div className="score-bar__band" style={{ left: `${50 - band}%`, width: `${band * 2}%` }} />
        <div className="score-bar__marker" style={{ left: `${position}%` }} />
      </div>
      <span className="score-bar__end score-bar__end--rust">Rust</span>
    </div>
  );
}
