import './tables.css';

/** A condition that should reopen the decision, and who names it. */
export interface TriggerRowCells {
  id: string;
  label: string;
  condition: string;
  /** Where it comes from, as shown ("Source 2", an article's title); null when computed. */
  source: string | null;
}

/** Revisit triggers as a compact table: what, when, and whose advice it is. */
export function TriggerTableView({
  rows,
  caption,
  className = 'trigger-table',
}: {
  rows: readonly TriggerRowCells[];
  caption: string;
  className?: string;
}) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Revisit when</th>
          <th scope="col">That is</th>
          <th scope="col">Named by</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((t) => (
          <tr key={t.id}>
            <th scope="row">{t.label}</th>
            <td>{t.condition}</td>
            <td data-label="Named by">{t.source ?? 'This result'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
