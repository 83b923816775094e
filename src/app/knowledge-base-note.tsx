import { memo, Suspense } from 'react';
import { useKnowledgeBaseOnceRequested } from '../state/knowledge-base';

/**
 * "Knowledge base 1.0.0 (date), built from N public articles." Content loads in its own chunk,
 * so the pre-rendered sentence stays as it is until the chunk has arrived. Memoised without props
 * so that the shell re-rendering meanwhile does not reach the waiting boundary.
 */
export const KnowledgeBaseNote = memo(function KnowledgeBaseNote() {
  return (
    <Suspense fallback={null}>
      <Note />
    </Suspense>
  );
});

function Note() {
  const result = useKnowledgeBaseOnceRequested();
  if (!result.ok) return null;
  const { version, date, sources } = result.value;
  return (
    <>
      Knowledge base {version} ({date}), built from {sources.length} public articles.{' '}
    </>
  );
}
