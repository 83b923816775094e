import { memo, Suspense } from 'react';
import { Link } from 'wouter';
import { routes } from '../../routes';
import { useKnowledgeBaseOnceRequested } from '../../state/knowledge-base';

interface WorkedExamplesProps {
  /** Called with a preset's id and name when the user picks it. Must keep its identity. */
  onPick: (presetId: string, name: string) => void;
}

/**
 * The worked examples a user can start from. They are content, which loads in its own chunk: the
 * pre-rendered list stays on screen and is hydrated as soon as that chunk has arrived. Each is a
 * link to its start address, so a click before then is not lost: the browser follows it, and the
 * landing page handles the address (see StartAddress). Once hydrated, `onPick` handles the click.
 *
 * Memoised with a stable `onPick` so that the landing page re-rendering right after hydration
 * (saved work restored) does not reach this boundary while it is still waiting: React would
 * otherwise drop the pre-rendered HTML and show the empty fallback.
 */
export const WorkedExamples = memo(function WorkedExamples({ onPick }: WorkedExamplesProps) {
  return (
    <Suspense fallback={null}>
      <PresetGrid onPick={onPick} />
    </Suspense>
  );
});

function PresetGrid({ onPick }: WorkedExamplesProps) {
  const result = useKnowledgeBaseOnceRequested();
  if (!result.ok) return null;
  return (
    <ul className="preset-grid">
      {result.value.presets.map((preset) => (
        <li key={preset.id} className="preset">
          <h3 className="preset__name">{preset.name}</h3>
          <p className="preset__summary">{preset.summary}</p>
          <Link
            href={routes.start.href(preset.id)}
            className="button button--secondary"
            aria-label={`Start from this: ${preset.name}`}
            onClick={(event) => {
              event.preventDefault();
              onPick(preset.id, preset.name);
            }}
          >
            Start from this
          </Link>
        </li>
      ))}
    </ul>
  );
}
