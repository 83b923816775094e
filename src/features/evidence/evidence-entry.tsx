import { Link } from 'wouter';
import type { Criterion, Evidence, Source } from '../../../content';
import { criterionItemId, routes } from '../../routes';
import { KbEntry } from './kb-entry';
import { MeasurementFigure } from './measurement-figure';

const FAVOURS = { rust: 'Favours Rust', go: 'Favours Go', neither: 'Favours neither' } as const;

/** One claim or set of figures, with its source, the criteria that cite it, and any figures. */
export function EvidenceEntry({
  evidence,
  source,
  citedBy,
  level,
  target,
}: {
  evidence: Evidence;
  source: Source;
  citedBy: readonly Criterion[];
  level: 3 | 4;
  target: boolean;
}) {
  return (
    <KbEntry
      anchor={`kb-${evidence.id}`}
      target={target}
      title={evidence.title}
      level={level}
      beside={
        <span
          className={`tag tag--${evidence.favours === 'neither' ? 'neutral' : evidence.favours}`}
        >
          {FAVOURS[evidence.favours]}
        </span>
      }
    >
      <p>{evidence.claim}</p>
      <p className="kb-entry__source">
        Source:{' '}
        {source.url ? (
          <a href={source.url}>
            <cite>{source.title}</cite>
          </a>
        ) : (
          <cite>{source.title}</cite>
        )}
        {source.date ? ` (${source.date})` : ''}
      </p>
      <MeasurementFigure evidence={evidence} source={source} />
      {citedBy.length > 0 && (
        <p className="kb-entry__cited">
          Cited by:{' '}
          {citedBy.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              <Link href={routes.evidence.href(criterionItemId(c.id))}>{c.label}</Link>
            </span>
          ))}
        </p>
      )}
    </KbEntry>
  );
}
