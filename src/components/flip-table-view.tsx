import './tables.css';

/** One answer (or weight) in a way to flip the verdict: what it is now and what it would become. */
export interface FlipChangeCell {
  questionId: string;
  prompt: string;
  /** The answer given now; null when the question is unanswered. */
  from: string | null;
  to: string;
}

/** One way to flip the verdict: the changes it takes, together, and what the verdict becomes. */
export interface FlipRowCells {
  key: string;
  changes: FlipChangeCell[];
  outcome: string;
  /** The changes as the event they mean ("the p99 budget tightens to under 10 ms"). */
  event?: string;
  /** Earlier answers that would count again after the change. */
  revealed: string[];
}

/**
 * "What would flip it" as a table: one row group per way to flip it, one line per change in it
 * (question, now, would become), and the verdict it comes to once. A set of several changes shares
 * its outcome cell, so it reads as "all of these together".
 */
export function FlipTableView({
  rows,
  caption,
  className = 'flip-table',
}: {
  rows: readonly FlipRowCells[];
  caption: string;
  className?: string;
}) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">If this changes</th>
          <th scope="col">Now</th>
          <th scope="col">To</th>
          <th scope="col">Then</th>
        </tr>
      </thead>
      {rows.map((row, r) => (
        <tbody key={row.key} className={r % 2 === 1 ? 'flip-table__alt' : undefined}>
          {row.changes.map((change, i) => (
            <tr key={change.questionId}>
              <th scope="row">
                {row.changes.length > 1 && <span className="flip-table__and">{i + 1}. </span>}
                {change.prompt}
              </th>
              <td data-label="Now">{change.from ?? 'Not answered'}</td>
              <td data-label="To">{change.to}</td>
              {i === 0 && (
                <td data-label="Then" rowSpan={row.changes.length}>
                  {row.event && <span className="flip-table__event">If {row.event}: </span>}
                  {row.outcome}
                  {row.revealed.length > 0 && (
                    <span className="flip-table__revealed">
                      {' '}
                      (and {row.revealed.join(', ')} would count again)
                    </span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
