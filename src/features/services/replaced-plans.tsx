import { useState } from 'react';
import { describePlanServices } from '../../domain/plan-summary';
import { restoreReplacedPlan } from '../../state/planner-store';
import {
  allKeptInBrowser,
  MAX_KEPT_PLANS,
  useReplacedPlanStore,
  type KeptPlan,
} from '../../state/replaced-plan';

/** "7 December 2026 at 23:41", or what is known when the time was not recorded. */
function describeWhen(kept: KeptPlan): string {
  if (kept.replacedAt === null) return 'Replaced earlier';
  const at = new Date(kept.replacedAt);
  return `Replaced on ${at.toLocaleDateString('en-GB', { dateStyle: 'long' })} at ${at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}

/**
 * The plans the last few replacements set aside, newest first: each named by its services and
 * the time it was replaced, and restorable in one click (the plan on screen then takes its place
 * in the list). Nothing is shown when no plan was replaced.
 */
export function ReplacedPlans({ onRestored }: { onRestored: (message: string) => void }) {
  const kept = useReplacedPlanStore((s) => s.kept);
  const allInBrowser = useReplacedPlanStore(allKeptInBrowser);
  const [problem, setProblem] = useState('');
  if (kept.length === 0) return null;
  const restore = (plan: KeptPlan) => {
    if (!restoreReplacedPlan(plan.id)) return setProblem('That plan is no longer kept.');
    setProblem('');
    onRestored(
      `Restored the plan with ${describePlanServices(plan.plan.inputs)}. The plan you had is now the newest of the plans you replaced.`,
    );
  };
  return (
    <section className="replaced-plans" aria-labelledby="replaced-plans-heading">
      <h2 id="replaced-plans-heading">Plans you replaced</h2>
      <p className="muted">
        The last {MAX_KEPT_PLANS} plans that opening a file, a link or an example replaced, newest
        first.{' '}
        {allInBrowser
          ? 'They are kept in this browser.'
          : 'The browser’s storage is full, so some are kept only while this tab stays open.'}{' '}
        Adding services to your plan replaces nothing; its own Undo takes an addition back.
      </p>
      <ol className="replaced-plans__list">
        {kept.map((plan) => (
          <li key={plan.id}>
            <span>
              <strong>{describeWhen(plan)}</strong>: {describePlanServices(plan.plan.inputs)}
            </span>{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => restore(plan)}
            >
              Restore this plan
              <span className="visually-hidden">
                {' '}
                ({describeWhen(plan).toLowerCase()}: {describePlanServices(plan.plan.inputs)})
              </span>
            </button>
          </li>
        ))}
      </ol>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </section>
  );
}
