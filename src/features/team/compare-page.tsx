import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import { answersForService } from '../../domain/inputs';
import { recommend } from '../../domain/recommend';
import { compareTeam, type TeamMember } from '../../domain/team';
import { routes } from '../../routes';
import { usePageFocus } from '../../components/use-page-focus';
import { usePlannerInputs } from '../../state/plan-link';
import { useSharedViewStore } from '../../state/shared-view-store';
import { ComparePlans, OTHER_PLAN_INTRO, serviceLabels } from './compare-plans';
import { CriteriaTable } from './criteria-table';
import { OtherPlanForm } from './other-plan-form';
import { TeamComparisonView } from './team-comparison';
import './team.css';

/** The other plan and the services picked, when a service is compared across two plans. */
export interface OtherPlanParams {
  payload: string | undefined;
  here: string | undefined;
  there: string | undefined;
}

/**
 * Two or more services of the plan on screen side by side: the same machinery as the team view,
 * with each service in a member's place — the answers that differ and what each does to the
 * verdict — and every criterion's pull per service. With `other`, one service of this plan beside
 * its version in another plan.
 */
export function ComparePage({ other }: { other?: OtherPlanParams }) {
  return other ? <ComparePlans {...other} /> : <CompareServices />;
}

function CompareServices() {
  const kb = getKnowledgeBase();
  // A shared plan left open follows the person here: compare their own plan unless they choose it.
  const own = useSharedViewStore((s) => s.view?.own.inputs);
  const onScreen = usePlannerInputs();
  const [sharedChosen, setSharedChosen] = useState(false);
  const inputs = own && !sharedChosen ? own : onScreen;
  const headingRef = usePageFocus<HTMLHeadingElement>('compare', 'Compare services — Rust or Go?');
  const names = useMemo(() => serviceLabels(inputs.services), [inputs]);
  const comparison = useMemo(() => {
    const members: TeamMember[] = inputs.services.map((s, i) => ({
      name: names[i] ?? '',
      inputs: {
        teamAnswers: inputs.teamAnswers,
        weights: inputs.weights,
        services: [{ ...s, id: 's1', name: 'Answers compared' }],
      },
    }));
    const result = compareTeam(kb, members);
    return result.ok ? result.value : null;
  }, [kb, inputs, names]);
  const criteria = useMemo(
    () =>
      inputs.services.map(
        (s) => recommend(kb, answersForService(inputs.teamAnswers, s), inputs.weights).criteria,
      ),
    [kb, inputs],
  );

  return (
    <div className="page page--team">
      <h1 ref={headingRef} tabIndex={-1}>
        Compare services
      </h1>
      {own && (
        <div className="field choice">
          <input
            id="compare-shared"
            type="checkbox"
            checked={sharedChosen}
            onChange={(e) => setSharedChosen(e.target.checked)}
          />
          <label htmlFor="compare-shared">
            Compare the services of the shared plan on screen instead of your own
          </label>
        </div>
      )}
      {!comparison ? (
        <p>
          Add a second service to compare them side by side, or compare this one with its version in
          another plan below. <Link href={routes.services.href()}>Go to the services</Link>
        </p>
      ) : (
        <>
          <p className="lede">
            The services of this plan side by side: the answers that differ, what each answer does
            to the verdict (with the other answers at the most common ones), and each criterion’s
            pull.
          </p>
          <TeamComparisonView
            comparison={comparison}
            wording={{ columnLabel: 'Service', basis: 'the most common answers' }}
          />
          <CriteriaTable
            label="Criteria per service"
            columns={names.map((label, i) => ({ label, criteria: criteria[i] ?? [] }))}
          />
        </>
      )}
      <section aria-labelledby="other-plan-heading">
        <h2 id="other-plan-heading">Compare with another plan</h2>
        <p>{OTHER_PLAN_INTRO}</p>
        <OtherPlanForm />
      </section>
    </div>
  );
}
