import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import type { SourceWords } from '../../domain/describe-source';
import { reportModel } from '../../domain/report-model';
import { permalinkUrl } from '../../components/app-url';
import { routes } from '../../routes';
import { isoDate } from '../../components/today';
import { usePageFocus } from '../../components/use-page-focus';
import { usePermalinkPayload, usePlannerInputs } from '../../state/plan-link';
import { useAppliedProfile } from '../../state/profile-store';
import { describeSettledItem, SETTLEMENT_HEADING } from '../../domain/team-record';
import { useTeamSettlement } from '../../state/team-settlement';
import { PortfolioSummary } from './portfolio-summary';
import { ServiceBlock } from './service-block';
import '../../components/print.css';
import { usePrintedPages } from './printed-pages';
import './report.css';

/**
 * The report of every service, laid out for paper (A4 or Letter) and readable on screen: the
 * date, the knowledge-base version and the permalink written out in full, the portfolio summary
 * and the sources when there are several services, then each service from a new page. With
 * `serviceId`, the report of that one service.
 * With `autoPrint` (the "Print report" buttons) it opens the print dialog once, then drops the
 * flag from the address so a reload or Back does not print again.
 */
export function ReportPage({
  autoPrint = false,
  serviceId,
}: {
  autoPrint?: boolean;
  /** One service's report; every service's when absent. */
  serviceId?: string;
}) {
  const plan = usePlannerInputs();
  const inputs = useMemo(
    () =>
      serviceId ? { ...plan, services: plan.services.filter((s) => s.id === serviceId) } : plan,
    [plan, serviceId],
  );
  const payload = usePermalinkPayload();
  const [date] = useState(() => isoDate());
  const [, navigate] = useLocation();
  const applied = useAppliedProfile(getKnowledgeBase());
  const opened = applied.profile.kind === 'applied' ? applied.profile.opened : undefined;
  const report = useMemo(
    () =>
      reportModel(getKnowledgeBase(), inputs, {
        date,
        permalink: permalinkUrl(payload),
        profile: opened,
      }),
    [inputs, payload, date, opened],
  );
  const headingRef = usePageFocus<HTMLHeadingElement>(
    `report-${serviceId ?? 'all'}`,
    `${report.title} — Rust or Go?`,
  );
  usePrintedPages(report);
  const settlement = useTeamSettlement();

  // Print once the site has said whether a profile applies, so the printout names it.
  const ready = applied.ready;
  useEffect(() => {
    if (!autoPrint || !ready) return;
    const frame = window.requestAnimationFrame(() => {
      window.print();
      navigate(serviceId ? routes.serviceReport.href(serviceId) : routes.report.href(), {
        replace: true,
      });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [autoPrint, ready, navigate, serviceId]);

  const count = report.services.length;
  return (
    <div className="page page--report report">
      <div className="report__toolbar no-print">
        <p>
          This page is laid out for paper, A4 or Letter: print it, or choose “Save as PDF” in the
          print dialog. Navigation and controls are left off the printout.
        </p>
        <div className="report__toolbar-actions">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            Print this report
          </button>
          <Link
            href={serviceId ? routes.result.href(serviceId) : routes.portfolio.href()}
            className="button button--secondary"
          >
            {serviceId ? 'Back to the result' : 'Back to the portfolio'}
          </Link>
          {serviceId && plan.services.length > 1 && (
            <Link href={routes.report.href()} className="button button--quiet">
              The report of all {plan.services.length} services
            </Link>
          )}
        </div>
      </div>

      <header className="report__header">
        <h1 ref={headingRef} tabIndex={-1}>
          {report.title}
        </h1>
        <dl className="report__facts">
          <div>
            <dt>Date</dt>
            <dd>{report.date}</dd>
          </div>
          <div>
            <dt>Knowledge base</dt>
            <dd>version {report.knowledgeBase}</dd>
          </div>
          <div>
            <dt>Services</dt>
            <dd>{count}</dd>
          </div>
          {report.profile && (
            <div className="report__facts-wide">
              <dt>Organisation profile</dt>
              <dd>
                <bdi>{report.profile.name}</bdi>{' '}
                <span className="report__hash">({report.profile.hash})</span>.{' '}
                {report.profile.effect}
                {report.profile.runtimeWarning && <strong> {report.profile.runtimeWarning}</strong>}
              </dd>
            </div>
          )}
          <div className="report__facts-wide">
            <dt>Permalink (reopens these answers)</dt>
            <dd>
              <a href={report.permalink} className="report__url">
                {report.permalink}
              </a>
            </dd>
          </div>
        </dl>
      </header>

      {report.portfolio && (
        <PortfolioSummary portfolio={report.portfolio} sources={report.sources} />
      )}
      {/* On the summary page when there is one; after the only service otherwise. */}
      {count > 1 && <SourceList sources={report.sourceDetails} />}
      {report.services.map((service) => (
        <ServiceBlock key={service.id} service={service} total={count} sources={report.sources} />
      ))}
      {settlement.length > 0 && (
        <section className="report-team" aria-labelledby="report-team-heading">
          <h2 id="report-team-heading">{SETTLEMENT_HEADING}</h2>
          <ul>
            {settlement.map((item) => (
              <li key={item.key}>{describeSettledItem(item)}</li>
            ))}
          </ul>
        </section>
      )}
      {count <= 1 && <SourceList sources={report.sourceDetails} />}
    </div>
  );
}

function SourceList({ sources }: { sources: readonly SourceWords[] }) {
  return (
    <section className="report-sources" aria-labelledby="report-sources-heading">
      <h2 id="report-sources-heading">Sources cited</h2>
      <ol className="report-list">
        {sources.map((source) => (
          <li key={source.title}>
            <cite className="report-sources__title">{source.title}</cite>{' '}
            <span className="report-cite">
              {source.details}{' '}
              {source.url ? <a href={source.url}>{source.url}</a> : source.addressNote}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
