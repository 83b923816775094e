import { Link } from 'wouter';
import type { Criterion, KnowledgeBase } from '../../../content';
import { formatWeight, indexKnowledgeBase, WEIGHT_RANGE } from '../../domain';
import { paths } from '../../components/paths';

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
  const anchor = `kb-criterion-${criterion.id}`;
  const triggers = criterion.triggers
    .map((id) => kb.triggers.find((t) => t.id === id)?.label)
    .filter((label): label is string => label !== undefined);
  return (
    <article
      id={anchor}
      tabIndex={-1}
      className={`kb-entry${target ? ' kb-entry--target' : ''}`}
      aria-labelledby={`${anchor}-title`}
    >
      <div className="kb-entry__head">
        <h3 id={`${anchor}-title`} className="kb-entry__title">
          {criterion.label}
        </h3>
        <span className="kb-entry__weight">
          Default weight {formatWeight(criterion.defaultWeight)} of {WEIGHT_RANGE.max}
          {weight !== undefined && `; yours: ${formatWeight(weight)} (changed)`}
        </span>
      </div>
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
                    <Link href={paths.evidence(evidenceId)}>
                      {index.evidence(evidenceId).title}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      {triggers.length > 0 && (
        <p className="kb-entry__cited">Revisit triggers it can raise: {triggers.join('; ')}.</p>
      )}
    </article>
  );
}
