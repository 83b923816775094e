import type { ContributionChartData } from './contribution-data';

/** The contribution chart's figures as a table: what screen readers and print get. */
export function ContributionTable({ data }: { data: ContributionChartData }) {
  return (
    <table className="data-table contribution-table">
      <caption>Each part of the score, largest first</caption>
      <thead>
        <tr>
          <th scope="col">Criterion or adjustment</th>
          <th scope="col">Pull (points)</th>
          <th scope="col">Weight</th>
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.criterionId}>
            <th scope="row">{row.label}</th>
            <td className={`pull pull--${row.towards}`}>{row.text}</td>
            <td>{row.weight ?? '—'}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Net score</th>
          <td className={data.net.towards ? `pull pull--${data.net.towards}` : 'pull'}>
            {data.net.text}
          </td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
