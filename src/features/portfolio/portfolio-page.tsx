import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import { describeRuntimeCosts, describeRuntimes } from '../../domain/describe-portfolio';
import {
  describeProfileIdentity,
  profileIdentity,
  runtimeLimitWarning,
} from '../../domain/profile';
import { visibleSteps } from '../../domain/questions';
import { verdictLanguage } from '../../domain/score';
import { nameOrUnnamed } from '../../domain/words';
import { LANGUAGE_NAME } from '../../domain/describe';
import { routes } from '../../routes';
import { PrintReportButton } from '../../components/print-report-button';
import { usePageFocus } from '../../components/use-page-focus';
import { usePlannerStore } from '../../state/planner-store';
import { Notice } from '../../components/notice';
import { usePortfolio } from '../../state/portfolio-selectors';
import { useProfileStore } from '../../state/profile-store';
import { selectActiveService, useServiceAnswers } from '../../state/selectors';
import { LoneRuntimeNote } from './lone-runtime-note';
import { VerdictGrid } from './verdict-grid';
import './portfolio.css';

/**
 * All services together: verdicts side by side, the runtimes they mean, and what that costs.
 * `children` are sections other features add below the costs (the app passes them in).
 */
export function PortfolioPage({ children }: { children?: ReactNode }) {
  const portfolio = usePortfolio();
  const profile = useProfileStore((s) => s.profile);
  const opened = profile.kind === 'applied' ? profile.opened : null;
  const overLimit =
    opened &&
    runtimeLimitWarning(
      opened.profile,
      portfolio,
      portfolio.entries.flatMap((e) => verdictLanguage(e.recommendation.verdict) ?? []),
    );
  const headingRef = usePageFocus<HTMLHeadingElement>('portfolio', 'Portfolio — Rust or Go?');
  const runtimes = describeRuntimes(portfolio);
  const nameOf = (serviceId: string) =>
    nameOrUnnamed(portfolio.entries.find((e) => e.id === serviceId)?.name ?? '');

  return (
    <div className="page page--portfolio">
      <h1 ref={headingRef} tabIndex={-1}>
        Portfolio
      </h1>
      <p className="lede">
        Every service’s verdict side by side, and what running them costs the organisation: each
        runtime in production is paid for by every team that operates it.
        {opened && (
          <>
            {' '}
            Verdicts are scored with the organisation profile{' '}
            <bdi>{describeProfileIdentity(profileIdentity(opened))}</bdi>.
          </>
        )}
      </p>
      {overLimit && (
        <Notice tone="warning" title="More runtimes than the organisation allows">
          <p>{overLimit}</p>
        </Notice>
      )}

      <section aria-labelledby="verdicts-heading">
        <h2 id="verdicts-heading">Verdicts side by side</h2>
        {portfolio.entries.length === 1 && (
          <p className="muted">
            Only one service so far.{' '}
            <Link href={routes.services.href()}>Add the others on the services page</Link> to
            compare them and count the runtimes they need.
          </p>
        )}
        <VerdictGrid entries={portfolio.entries} />
        <p>
          {portfolio.entries.length > 1 && (
            <>
              <Link href={routes.compare.href()}>Compare the services side by side</Link>.{' '}
            </>
          )}
          <Link href={routes.compareWith.href()}>Compare with another plan</Link>: a service beside
          its version in a colleague’s plan or an earlier one.{' '}
          <Link href={routes.team.href()}>Decide as a team</Link>: compare the answers of several
          people.
        </p>
      </section>

      <section className="runtime-summary" aria-labelledby="runtimes-heading">
        <h2 id="runtimes-heading">{runtimes.headline}</h2>
        <p>{runtimes.detail}</p>
        {portfolio.inProduction === null && <RuntimesQuestionLink />}
        <ul className="runtime-list">
          {portfolio.runtimes.map((r) => (
            <li key={r.language} className={`runtime runtime--${r.language}`}>
              <strong className="runtime__name">{LANGUAGE_NAME[r.language]}</strong>{' '}
              {portfolio.inProduction !== null && (
                <span className="runtime__state">
                  {r.inProduction ? 'already in production' : 'new to production'}
                </span>
              )}
              <span className="runtime__services">
                {r.serviceIds.length === 0
                  ? 'No service here chooses it.'
                  : `Chosen for ${r.serviceIds.map(nameOf).join(', ')}.`}
              </span>
            </li>
          ))}
        </ul>
        {portfolio.loneRuntimes.map((lone) => (
          <LoneRuntimeNote key={lone.serviceId} lone={lone} name={nameOf(lone.serviceId)} />
        ))}
      </section>

      <section aria-labelledby="costs-heading">
        <h2 id="costs-heading">What each extra runtime costs</h2>
        <p>{describeRuntimeCosts(portfolio)}</p>
        <ul className="cost-list">
          {portfolio.costs.map((cost) => (
            <li key={cost.id} className="cost">
              <strong className="cost__label">{cost.label}.</strong> {cost.detail}{' '}
              <span className="cost__source">— {cost.sourceTitle}</span>
            </li>
          ))}
        </ul>
      </section>

      {children}

      <div className="actions">
        <Link href={routes.services.href()} className="button button--secondary">
          Manage the services
        </Link>
        <PrintReportButton />
      </div>
    </div>
  );
}

/** A way to the team question that says which runtimes already run in production. */
function RuntimesQuestionLink() {
  const kb = getKnowledgeBase();
  const active = usePlannerStore(selectActiveService);
  const answers = useServiceAnswers(active?.id ?? '');
  const step = visibleSteps(kb, answers).findIndex((s) =>
    s.questions.some((q) => q.id === kb.portfolio.runtimesQuestionId),
  );
  if (!active || step < 0) return null;
  return (
    <p>
      <Link href={routes.step.href(active.id, step + 1)}>Say which runtimes already run</Link> to
      count them properly.
    </p>
  );
}
