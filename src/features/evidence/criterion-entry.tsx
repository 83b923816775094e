import { Link } from 'wouter';
import type { Criterion, KnowledgeBase } from '../../../content';
import { formatWeight } from '../../domain/describe-flips';
import { indexKnowledgeBase } from '../../domain/kb-index';
import { WEIGHT_RANGE } from '../../domain/weights';
import { routes } from '../../routes';
import { KbEntry } from './kb-entry';

/** A decision driver: what it means, its default weight, both cases, their evidence, its triggers. */
export function CriterionEntry({
  kb,
  criterion,
  weight,
  target,
}: {
  kb: KnowledgeBase;
  criterion: Criterion;
  /** The weight in use, when it differs from the default. */
  weight: number | undefined;
  target: boolean;
}) {
  const index = indexKnowledgeBase(kb);
  return (
    <KbEntry
      anchor={`kb-criterion-${criterion.id}`}
      target={target}
      title={criterion.label}
      beside={
        <span className="kb-entry__weight">
          Default weight {formatWeight(criterion.defaultWeight)} of {WEIGHT_RANGE.max}
          {weight !== undefined && `; yours: ${formatWeight(weight)} (changed)`}
        </span>
      }
    >
      <p>{criterion.description}</p>
      <dl className="kb-cases">
        {(['rust', 'go'] as const).map((side) => (
          <div key={side} className={`kb-case kb-case--${side}`}>
            <dt>When it leans {side === 'rust' ? 'Rust' : 'Go'}</dt>
            <dd>
              <p>{side === 'rust' ? criterion.rustCase : criterion.goCase}</p>
              <ul className="kb-links">
                {criterion.evidence[side].map((evidenceId) => (
                  <li key={evidenceId}>
                    <Link href={routes.evidence.href(evidenceId)}>
                      {index.evidence(evidenceId).title}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      {criterion.triggers.length > 0 && (
        <p className="kb-entry__cited">
          Revisit triggers it can raise:{' '}
          {criterion.triggers.map((id) => index.trigger(id).label).join('; ')}.
        </p>
      )}
    </KbEntry>
  );
}
