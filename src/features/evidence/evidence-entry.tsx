import { Link } from 'wouter';
import type { Criterion, Evidence, Source } from '../../../content';
import { paths } from '../../components/paths';
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
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <article
      id={`kb-${evidence.id}`}
      tabIndex={-1}
      className={`kb-entry${target ? ' kb-entry--target' : ''}`}
      aria-labelledby={`kb-${evidence.id}-title`}
    >
      <div className="kb-entry__head">
        <Heading id={`kb-${evidence.id}-title`} className="kb-entry__title">
          {evidence.title}
        </Heading>
        <span
          className={`tag tag--${evidence.favours === 'neither' ? 'neutral' : evidence.favours}`}
        >
          {FAVOURS[evidence.favours]}
        </span>
      </div>
      <p>{evidence.claim}</p>
      <p className="kb-entry__source">
        Source: <cite>{source.title}</cite>
        {source.date ? ` (${source.date})` : ''}
      </p>
      <MeasurementFigure evidence={evidence} source={source} />
      {citedBy.length > 0 && (
        <p className="kb-entry__cited">
          Cited by:{' '}
          {citedBy.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              <Link href={paths.criterionEvidence(c.id)}>{c.label}</Link>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
