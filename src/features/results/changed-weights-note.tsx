import { useScoringKnowledgeBase } from '../../state/scoring';
import { formatWeight } from '../../domain/describe-flips';
import { changedWeights } from '../../domain/weights';
import { usePlannerStore } from '../../state/planner-store';

/** Says, next to the verdict, when it rests on weights other than the defaults. */
export function ChangedWeightsNote() {
  const kb = useScoringKnowledgeBase();
  const changed = changedWeights(
    kb,
    usePlannerStore((s) => s.weights),
  );
  const list = kb.criteria
    .filter((c) => changed[c.id] !== undefined)
    .map(
      (c) =>
        `${c.label} ${formatWeight(changed[c.id] ?? c.defaultWeight)} (default ${formatWeight(c.defaultWeight)})`,
    );
  if (list.length === 0) return null;
  return (
    <p className="verdict__weights">
      <strong>Your weights:</strong> {list.join('; ')}. Change them under “Weigh the criteria”.
    </p>
  );
}
