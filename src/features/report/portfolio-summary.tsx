import type { ReportPortfolio } from '../../domain/report-model';
import { SourceRefs } from './source-refs';

/** The portfolio on paper: every verdict in a table, the runtimes they mean, and their cost. */
export function PortfolioSummary({
  portfolio,
  sources,
}: {
  portfolio: ReportPortfolio;
  /** The report's numbered source list, which citations point into. */
  sources: readonly string[];
}) {
  return (
    <section className="report-portfolio" aria-labelledby="report-portfolio-heading">
      <h2 id="report-portfolio-heading">Portfolio: {portfolio.headline}</h2>
      <p>{portfolio.detail}</p>
      <table className="report-table">
        <caption>Every service’s verdict</caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Verdict</th>
            <th scope="col">Lead</th>
            <th scope="col">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {portfolio.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td>{row.verdict}</td>
              <td>{row.lead}</td>
              <td>{row.confidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {portfolio.loneRuntimes.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <h3>What each extra runtime costs</h3>
      <p>{portfolio.costIntro}</p>
      <ul className="report-list">
        {portfolio.costs.map((cost) => (
          <li key={cost.id}>
            <strong>{cost.label}.</strong> {cost.detail}{' '}
            <SourceRefs titles={[cost.source]} list={sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
