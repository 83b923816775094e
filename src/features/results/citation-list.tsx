import { Link } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import { indexKnowledgeBase } from '../../domain/kb-index';
import type { Citation } from '../../domain/recommend';
import { describeSource } from '../../domain/describe-source';
import { routes } from '../../routes';

/** The evidence behind a reason: each claim, with the title of the article it comes from. */
export function CitationList({ citations }: { citations: readonly Citation[] }) {
  const index = indexKnowledgeBase(getKnowledgeBase());
  return (
    <ul className="citations">
      {citations.map(({ evidenceId, sourceId }) => {
        const evidence = index.evidence(evidenceId);
        return (
          <li key={evidenceId} className="citation">
            <details>
              <summary>
                {evidence.title}{' '}
                <span className="citation__source">— {index.source(sourceId).title}</span>
              </summary>
              <p>{evidence.claim}</p>
              <p className="citation__details">
                {(() => {
                  const words = describeSource(index.source(sourceId));
                  return (
                    <>
                      {`${words.title}. ${words.details} `}
                      {words.url ? <a href={words.url}>{words.url}</a> : words.addressNote}
                    </>
                  );
                })()}
              </p>
              {evidence.measurements && (
                <table className="figures">
                  <caption className="visually-hidden">{evidence.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Metric</th>
                      <th scope="col">Go</th>
                      <th scope="col">Rust</th>
                    </tr>
                  </thead>
                  <tbody>
                    {evidence.measurements.map((m) => (
                      <tr key={m.metric}>
                        <th scope="row">{m.label}</th>
                        <td>{formatFigure(m.go, m.unit, m.approximate)}</td>
                        <td>{formatFigure(m.rust, m.unit, m.approximate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {evidence.workload && (
                <p className="citation__workload">Measured on: {evidence.workload}</p>
              )}
              <p>
                <Link href={routes.evidence.href(evidenceId)}>
                  Open “{evidence.title}” in the evidence library
                </Link>
              </p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

function formatFigure(value: number, unit: string, approximate?: boolean): string {
  const number = value.toLocaleString('en-US');
  return `${approximate ? '~' : ''}${number} ${unit}`;
}
