import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { getKnowledgeBase, linkTables } from '../../../content';
import type { OpenedPlan } from '../../domain/opened-plan';
import { decodePermalink } from '../../domain/permalink/permalink';
import {
  compareVerdicts,
  describeSnapshot,
  type VerdictComparison,
} from '../../domain/verdict-snapshot';
import { describeAddressId, matchAddressId } from '../../domain/address-ids';
import { nameOrUnnamed } from '../../domain/words';
import { Notice } from '../../components/notice';
import { ServiceNotFound } from '../../components/service-not-found';
import { routes } from '../../routes';
import { addSharedServices } from '../../state/add-services';
import { openSharedPlan, useHasOwnWork } from '../../state/shared-plan';
import { appliedIdentity, useProfileStore } from '../../state/profile-store';
import { useScoringKnowledgeBase } from '../../state/scoring';
import { useSharedViewStore } from '../../state/shared-view-store';
import { IssueList } from './issue-list';
import { LinkFailure } from './link-failure';
import './share.css';
import { ChangesSince } from './changes-since';

/**
 * Opens a shared link (#/link/<payload>[/<service id>]): decodes and checks it, shows it in the
 * planner without touching the person's own work, and renders the result of the chosen service
 * through `children` (the app passes the result page). A link that cannot be opened gets a
 * clear message instead.
 */
export function OpenLinkPage({
  payload,
  serviceId,
  children,
}: {
  payload: string;
  serviceId?: string;
  /** `plan` as the link carries it, for what the app shows beside the result. */
  children: (serviceId: string, plan: OpenedPlan) => ReactNode;
}) {
  const kb = getKnowledgeBase();
  const result = useMemo(() => decodePermalink(kb, payload, linkTables), [kb, payload]);
  const openPayload = useSharedViewStore((s) => s.view?.payload);

  useEffect(() => {
    if (result.ok) openSharedPlan(payload, result.value);
  }, [payload, result]);

  if (!result.ok) return <LinkFailure reason={result.reason} />;
  // The plan is swapped in by the effect above; render once it is there.
  if (openPayload !== payload) return null;

  const plan = result.value;
  // A service the link names must be one of its plan's, exactly: never another in its place.
  if (serviceId !== undefined && !matchAddressId(plan.inputs.services, serviceId).ok) {
    return (
      <ServiceNotFound
        shownId={describeAddressId(serviceId)}
        planLabel="this shared plan"
        existing={plan.inputs.services.map((s, i) => ({
          id: s.id,
          label: nameOrUnnamed(s.name),
          href: routes.link.href(payload, i === 0 ? undefined : s.id),
        }))}
      />
    );
  }
  const shown = plan.inputs.services.find((s) => s.id === serviceId) ?? plan.inputs.services[0];
  if (!shown) return null;
  return (
    <>
      <SharedPlanFacts payload={payload} plan={plan} shownId={shown.id} />
      {children(shown.id, plan)}
    </>
  );
}

/** What the person should know about the link before reading the result. */
function SharedPlanFacts({
  payload,
  plan,
  shownId,
}: {
  payload: string;
  plan: OpenedPlan;
  shownId: string;
}) {
  // Scored as the result below is: with the organisation profile that applies here, if any. The
  // link's verdicts were scored with the profile it names, so only under that same profile does a
  // difference mean the knowledge base moved it; under another, the profile notice says why.
  const kb = useScoringKnowledgeBase();
  const applied = appliedIdentity(useProfileStore((s) => s.profile));
  const sameProfile = plan.authorProfile?.hash === applied?.hash;
  const comparisons = useMemo(
    () => compareVerdicts(kb, plan.inputs, plan.authorVerdicts),
    [kb, plan],
  );
  const shown = comparisons.find((c) => c.serviceId === shownId);
  return (
    <div className="shared-facts">
      {sameProfile && shown?.differs && shown.author && (
        <Notice tone="warning" title="The verdict has changed since this link was made">
          <p>
            Whoever made the link saw{' '}
            <strong className="verdict-then">{describeSnapshot(kb, shown.author)}</strong>
            {shown.name.trim() && (
              <>
                {' '}
                for “<bdi>{shown.name.trim()}</bdi>”
              </>
            )}
            . With the knowledge base in this version of the app ({kb.version}
            {plan.kbVersion !== kb.version ? `; the link was made with ${plan.kbVersion}` : ''}) the
            same answers come to{' '}
            <strong className="verdict-now">{describeSnapshot(kb, shown.today)}</strong>, shown
            below with its reasons.
          </p>
          <ChangesSince version={plan.kbVersion} />
        </Notice>
      )}
      {plan.dropped.length > 0 && (
        <Notice title="Not everything in this link could be used as it was">
          <p>
            The link was made with knowledge base {plan.kbVersion}; this version has {kb.version}.
            What changed on the way in:
          </p>
          <IssueList issues={plan.dropped} />
        </Notice>
      )}
      {comparisons.length > 1 && (
        <ServiceList
          payload={payload}
          comparisons={comparisons}
          shownId={shownId}
          showChanges={sameProfile}
        />
      )}
    </div>
  );
}

function ServiceList({
  payload,
  comparisons,
  shownId,
  showChanges,
}: {
  payload: string;
  comparisons: VerdictComparison[];
  shownId: string;
  /** Whether a verdict unlike the link's is news (scored under the link's own profile). */
  showChanges: boolean;
}) {
  const kb = getKnowledgeBase();
  const hasOwn = useHasOwnWork();
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState('');
  const add = (serviceId: string) => {
    const outcome = addSharedServices([serviceId]);
    if (!outcome.ok) return setProblem(outcome.reason);
    navigate(routes.portfolio.href());
  };
  return (
    <nav className="shared-services" aria-labelledby="shared-services-heading">
      <h2 id="shared-services-heading" className="shared-services__heading">
        Services in this plan
      </h2>
      <ul>
        {comparisons.map((c, i) => (
          <li key={c.serviceId}>
            <Link
              href={routes.link.href(payload, i === 0 ? undefined : c.serviceId)}
              aria-current={c.serviceId === shownId ? 'page' : undefined}
            >
              <bdi>{nameOf(c.name, i)}</bdi>
            </Link>{' '}
            <span className="shared-services__verdict">
              {describeSnapshot(kb, c.today)}
              {showChanges && c.differs && c.author && ` (was ${describeSnapshot(kb, c.author)})`}
            </span>
            {hasOwn && (
              <button
                type="button"
                className="button button--quiet shared-services__add"
                onClick={() => add(c.serviceId)}
              >
                Add to my plan
                <span className="visually-hidden">
                  : <bdi>{nameOf(c.name, i)}</bdi>
                </span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </nav>
  );
}

const nameOf = (name: string, position: number): string => name.trim() || `Service ${position + 1}`;
