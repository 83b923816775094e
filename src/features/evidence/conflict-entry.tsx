import { Link } from 'wouter';
import type { Conflict, KnowledgeBase } from '../../../content';
import { indexKnowledgeBase } from '../../domain/kb-index';
import { routes } from '../../routes';
import { KbEntry } from './kb-entry';

/** Where two sources disagree: both claims with their sources, and how the planner decides. */
export function ConflictEntry({
  kb,
  conflict,
  target,
}: {
  kb: KnowledgeBase;
  conflict: Conflict;
  target: boolean;
}) {
  const index = indexKnowledgeBase(kb);
  return (
    <KbEntry anchor={`kb-conflict-${conflict.id}`} target={target} title={conflict.topic}>
      <ul className="kb-claims">
        {conflict.evidenceIds.map((id) => {
          const evidence = index.evidence(id);
          return (
            <li key={id}>
              <Link href={routes.evidence.href(id)}>{evidence.title}</Link>: {evidence.claim}{' '}
              <span className="kb-entry__source">
                (<cite>{index.source(evidence.sourceId).title}</cite>)
              </span>
            </li>
          );
        })}
      </ul>
      <p>
        <strong>How the planner decides:</strong> {conflict.resolution} The question “
        {index.question(conflict.questionId).prompt}” settles which claim applies.
      </p>
    </KbEntry>
  );
}
