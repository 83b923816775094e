import type { ReactNode } from 'react';
import type { ResultSummaryData } from './summary-data';
import './result-summary.css';

/**
 * The result in one screen: the verdict and how sure, the strongest reasons, what would flip it
 * in one line, and the actions. Lays out `ResultSummaryData` and nothing else; `actions`, `score`
 * and `changes` are passed in by the page.
 */
export function ResultSummary({
  summary,
  score,
  changes,
  actions,
  status,
  scoredWith,
}: {
  summary: ResultSummaryData;
  /** The organisation profile the verdict was scored with, named (“Acme” (a1b2c3d4)); absent when none applies. */
  scoredWith?: string;
  /** The score bar and its sentence. */
  score?: ReactNode;
  /** What changed since the last visit, when anything did. */
  changes?: ReactNode;
  actions: ReactNode;
  /** Where the actions report what they did (a live region). */
  status?: ReactNode;
}) {
  const more = summary.reasonCount - summary.reasons.length;
  return (
    <section
      className={`verdict result-summary verdict--${summary.tone}`}
      aria-labelledby="verdict-heading"
    >
      <p className="eyebrow">Recommendation</p>
      <h2 id="verdict-heading" className="verdict__headline">
        {summary.headline}
      </h2>
      {summary.profileTurned && (
        <p className="result-summary__turned">
          <strong>{summary.profileTurned}</strong>
        </p>
      )}
      <p className="verdict__detail">
        {summary.detail}
        {scoredWith && (
          <>
            {' '}
            <span className="result-summary__profile">
              Scored with the organisation profile <bdi>{scoredWith}</bdi>.
            </span>
          </>
        )}
      </p>
      {score}
      <dl className="result-summary__facts">
        <div>
          <dt>How sure</dt>
          <dd className="confidence">
            <strong>{summary.level}.</strong> {summary.sureBecause}
            {summary.stability && <> {summary.stability}</>}
            {summary.fragile && (
              <>
                {' '}
                <strong className="result-summary__fragile">{summary.fragile}</strong>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{summary.reasonsLabel}</dt>
          <dd>
            {summary.reasons.length === 0 ? (
              'No answer leans either way yet.'
            ) : (
              <ol className="result-summary__reasons">
                {summary.reasons.map((r) => (
                  <li key={r.criterionId}>
                    {/* First, so that it floats at the right of the reason's first line. */}
                    <span className={`tag tag--${r.towards}`}>
                      {r.towardsName} {r.points}
                    </span>{' '}
                    {r.label}
                  </li>
                ))}
              </ol>
            )}
            {more > 0 && <span className="muted"> and {more} more below.</span>}
          </dd>
        </div>
        <div>
          <dt>What would flip it</dt>
          <dd>{summary.flipLine}</dd>
        </div>
      </dl>
      {changes}
      <div className="result-summary__actions">{actions}</div>
      {status}
    </section>
  );
}
