import { useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import { getKnowledgeBase, linkTables } from '../../../content';
import type { PlannerInputs, Service } from '../../domain/inputs';
import { indexKnowledgeBase } from '../../domain/kb-index';
import { nameOrUnnamed } from '../../domain/words';
import { openPlanLink } from '../../domain/team-link';
import {
  comparePlanServices,
  describeOtherAnswerEffect,
  pickCounterpart,
  type AnsweredAlike,
} from '../../domain/team-plans';
import { routes } from '../../routes';
import { describeAddressId, matchAddressId } from '../../domain/address-ids';
import { Notice } from '../../components/notice';
import { ServiceNotFound } from '../../components/service-not-found';
import { usePageFocus } from '../../components/use-page-focus';
import { usePlannerInputs } from '../../state/plan-link';
import { CriteriaTable } from './criteria-table';
import { OtherPlanForm } from './other-plan-form';
import { TeamComparisonView, type ComparisonWording } from './team-comparison';

/** What comparing with another plan does, where the way to it is offered. */
export const OTHER_PLAN_INTRO =
  'Put a service of this plan beside its version in another plan (a colleague’s link, or an answers file saved earlier): the answers that differ, and what each does to the verdict. Your plan is not changed.';

const HERE = 'This plan';
const THERE = 'The other plan';

/**
 * One service of the plan in this browser beside its version in another plan (#/compare/with/
 * <link payload>/<this plan's service>/<the other plan's service>). The other plan and the picks
 * live in the address, so a reload, Back or a bookmark keeps the comparison; the plan saved in
 * this browser is only read.
 */
export function ComparePlans({
  payload,
  here,
  there,
}: {
  payload: string | undefined;
  here: string | undefined;
  there: string | undefined;
}) {
  const kb = getKnowledgeBase();
  const headingRef = usePageFocus<HTMLHeadingElement>(
    `compare-with-${payload ?? ''}`,
    'Compare with another plan — Rust or Go?',
  );
  const opened = useMemo(
    () => (payload ? openPlanLink(kb, payload, linkTables) : null),
    [kb, payload],
  );
  const inputs = usePlannerInputs();
  // Services the address names must exist, matched exactly: never another in their place.
  const other = opened?.ok ? opened.inputs.services : [];
  const missing =
    !opened?.ok || !payload
      ? null
      : here !== undefined && !matchAddressId(inputs.services, here).ok
        ? {
            id: here,
            planLabel: 'this plan',
            href: (id: string) => routes.compareWith.href(payload, id),
          }
        : there !== undefined && !matchAddressId(other, there).ok
          ? {
              id: there,
              planLabel: 'the other plan',
              href: (id: string) => routes.compareWith.href(payload, here, id),
            }
          : null;
  if (missing) {
    return (
      <ServiceNotFound
        shownId={describeAddressId(missing.id)}
        planLabel={missing.planLabel}
        existing={(missing.planLabel === 'this plan' ? inputs.services : other).map((s) => ({
          id: s.id,
          label: nameOrUnnamed(s.name),
          href: missing.href(s.id),
        }))}
      />
    );
  }
  return (
    <div className="page page--team page--plans">
      <h1 ref={headingRef} tabIndex={-1}>
        Compare with another plan
      </h1>
      {!payload || !opened ? (
        <>
          <p className="lede">{OTHER_PLAN_INTRO}</p>
          <OtherPlanForm />
        </>
      ) : !opened.ok ? (
        <>
          <Notice tone="error" title="The other plan cannot be opened">
            <p>{opened.message}</p>
            <p>Paste its link again, or open its answers file. Your plan is untouched.</p>
          </Notice>
          <OtherPlanForm />
        </>
      ) : (
        <PlanComparison payload={payload} other={opened.inputs} here={here} there={there} />
      )}
      <p>
        <Link href={routes.compare.href()}>Compare this plan’s services side by side</Link>
      </p>
    </div>
  );
}

/** A name for each of a plan's services, in order: with its id where two share a name. */
export function serviceLabels(services: readonly Service[]): string[] {
  const names = services.map((s) => nameOrUnnamed(s.name));
  return names.map((name, i) =>
    names.indexOf(name) === names.lastIndexOf(name) ? name : `${name} (${services[i]?.id ?? ''})`,
  );
}

function PlanComparison({
  payload,
  other,
  here,
  there,
}: {
  payload: string;
  other: PlannerInputs;
  here: string | undefined;
  there: string | undefined;
}) {
  const kb = getKnowledgeBase();
  const inputs = usePlannerInputs();
  const [, navigate] = useLocation();
  const hereService = inputs.services.find((s) => s.id === here) ?? inputs.services[0];
  const thereService =
    other.services.find((s) => s.id === there) ??
    (hereService && pickCounterpart(hereService, other.services));
  const result = useMemo(
    () =>
      hereService && thereService
        ? comparePlanServices(
            kb,
            { label: HERE, inputs, serviceId: hereService.id },
            { label: THERE, inputs: other, serviceId: thereService.id },
          )
        : null,
    [kb, inputs, other, hereService, thereService],
  );
  const pick = (hereId: string | undefined, thereId: string | undefined) =>
    navigate(routes.compareWith.href(payload, hereId, thereId), { replace: true });

  if (!result || !hereService || !thereService)
    return (
      <p>
        This plan has no service yet. <Link href={routes.services.href()}>Add one</Link>
      </p>
    );
  const { comparison, effects, alike, results } = result;
  const wording: ComparisonWording = {
    columnLabel: 'Plan',
    basis: 'this plan’s answers',
    describeEffect: (d) => {
      const effect = effects[d.key];
      return effect ? describeOtherAnswerEffect(effect) : null;
    },
    after: () => <AlikeTable alike={alike} />,
  };
  return (
    <>
      <p className="lede">
        {nameOrUnnamed(hereService.name)} in this plan beside {nameOrUnnamed(thereService.name)} in
        the other plan: the answers that differ first, and what the other plan’s answer alone would
        do to this plan’s verdict.
      </p>
      <form className="compare-pick" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="compare-here">Service in this plan</label>
          <select
            id="compare-here"
            value={hereService.id}
            onChange={(e) => pick(e.target.value, undefined)}
          >
            {serviceLabels(inputs.services).map((label, i) => (
              <option key={label} value={inputs.services[i]?.id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="compare-there">Service in the other plan</label>
          <select
            id="compare-there"
            value={thereService.id}
            onChange={(e) => pick(hereService.id, e.target.value)}
          >
            {serviceLabels(other.services).map((label, i) => (
              <option key={label} value={other.services[i]?.id}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </form>
      <TeamComparisonView comparison={comparison} wording={wording} />
      <CriteriaTable
        label="Criteria in each plan"
        columns={[
          { label: HERE, criteria: results[0].criteria },
          { label: THERE, criteria: results[1].criteria },
        ]}
      />
      <section aria-labelledby="other-plan-heading">
        <h2 id="other-plan-heading">Compare with a different plan</h2>
        <OtherPlanForm />
      </section>
    </>
  );
}

function AlikeTable({ alike }: { alike: readonly AnsweredAlike[] }) {
  const index = indexKnowledgeBase(getKnowledgeBase());
  if (alike.length === 0) return null;
  return (
    <>
      <h3 id="alike-heading">Answered alike</h3>
      <table className="team-table team-table--alike" aria-labelledby="alike-heading">
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Both plans</th>
          </tr>
        </thead>
        <tbody>
          {alike.map((a) => (
            <tr key={a.key} data-key={a.key}>
              <th scope="row">
                {index.question(a.subject.questionId).prompt}
                {a.subject.scope === 'team' && (
                  <span className="team-row__scope"> (whole team)</span>
                )}
              </th>
              <td>{index.option(a.subject.questionId, a.value)?.label ?? a.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
