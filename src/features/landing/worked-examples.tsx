import { memo, Suspense } from 'react';
import { useKnowledgeBaseResult } from '../../state/knowledge-base';

interface WorkedExamplesProps {
  /** Called with a preset's id and name when the user picks it. Must keep its identity. */
  onPick: (presetId: string, name: string) => void;
}

/**
 * The worked examples a user can start from. They are content, which loads in its own chunk: the
 * pre-rendered list stays on screen and becomes interactive as soon as that chunk has arrived.
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
  const result = useKnowledgeBaseResult();
  if (!result.ok) return null;
  return (
    <ul className="preset-grid">
      {result.value.presets.map((preset) => (
        <li key={preset.id} className="preset">
          <h3 className="preset__name">{preset.name}</h3>
          <p className="preset__summary">{preset.summary}</p>
          <button
            type="button"
            className="button button--secondary"
            aria-label={`Start from this: ${preset.name}`}
            onClick={() => onPick(preset.id, preset.name)}
          >
            Start from this
          </button>
        </li>
      ))}
    </ul>
  );
}
