import type { MeasurementPanel } from './measurement-data';

/** The measured figures as a table: what screen readers and print get. */
export function MeasurementTable({
  caption,
  panels,
}: {
  caption: string;
  panels: readonly MeasurementPanel[];
}) {
  return (
    <table className="data-table measure-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col" className="num">
            Go
          </th>
          <th scope="col" className="num">
            Rust
          </th>
          <th scope="col">Better</th>
        </tr>
      </thead>
      <tbody>
        {panels.map((panel) => (
          <tr key={panel.metric}>
            <th scope="row">
              {panel.label}
              <span className="measure-table__hint"> ({panel.better} is better)</span>
            </th>
            <td className="num">{panel.bars[0].display}</td>
            <td className="num">{panel.bars[1].display}</td>
            <td className={panel.winner ? `pull pull--${panel.winner}` : undefined}>
              {panel.comparison}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
