import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { routes } from '../../routes';
import { PrintReportButton } from '../../components/print-report-button';
import { appliedIdentity, useProfileStore } from '../../state/profile-store';
import { describeProfileIdentity } from '../../domain/profile';
import { nameOrUnnamed } from '../../domain/words';
import { usePageFocus } from '../../components/use-page-focus';
import { usePlannerStore } from '../../state/planner-store';
import { selectServiceById } from '../../state/selectors';
import { isViewingSharedPlan } from '../../state/shared-view-store';
import { usePlannerInputs } from '../../state/plan-link';
import { ServiceNotFound } from '../../components/service-not-found';
import { ServiceNotes } from '../../components/service-notes';
import { CitationList } from './citation-list';
import { GateSection } from './gate-section';
import { ContributionSection } from './contribution-section';
import { CopyLinkButton } from './copy-link-button';
import { FlipSection } from './flip-section';
import { JumpLink } from './jump-link';
import { WeightsPanel } from './weights-panel';
import { ReasonList } from './reason-list';
import { ResultSummary } from './result-summary';
import { toResultSummary } from './summary-data';
import { useRecommendationView } from './use-recommendation-view';
import { TriggerList } from './trigger-list';
import { VerdictScore } from './verdict-summary';
import { NotStarted, VerdictBasis } from './verdict-basis';
import './result.css';
import { describeChanges, readSeen, seenResult, writeSeen } from './what-changed';
import { WhatChangedNote } from './what-changed-note';

/** The sections below the summary, for the page's own navigation. */
const SECTIONS = [
  { id: 'reasons-heading', label: 'Reasons' },
  { id: 'flip-heading', label: 'What would flip it' },
  { id: 'triggers-heading', label: 'When to revisit' },
  { id: 'contribution-heading', label: 'How the criteria pull' },
  { id: 'weights-heading', label: 'Weights' },
  { id: 'share-heading', label: 'Share' },
  { id: 'record-heading', label: 'Decision record' },
] as const;

/**
 * The recommendation for one service: a summary a lead reads in one screen (verdict, how sure,
 * the strongest reasons, what would flip it, and the actions), then the details, reached by the
 * page's own navigation. `children` are sections other features add at the end (the app passes
 * the Share and Decision record sections in).
 */
export function ResultPage({ serviceId, children }: { serviceId: string; children?: ReactNode }) {
  const service = usePlannerStore(selectServiceById(serviceId));
  const count = usePlannerInputs().services.length;
  const { result, view } = useRecommendationView(serviceId);
  const name = nameOrUnnamed(service?.name ?? '');
  const headingRef = usePageFocus<HTMLHeadingElement>(
    `result-${serviceId}`,
    `Result for ${name} — Rust or Go?`,
  );
  const profile = appliedIdentity(useProfileStore((s) => s.profile));
  const summary = toResultSummary(view);

  // What this result looked like on the last visit: read once on arrival, and what is on screen
  // is remembered for the next one (not for a shared plan, which leaves nothing behind).
  const [status, setStatus] = useState('');
  const [before] = useState(() => (isViewingSharedPlan() ? null : readSeen(serviceId)));
  const now = seenResult(summary, result);
  const changes = before ? describeChanges(before, now) : [];
  const remembered = JSON.stringify(now);
  useEffect(() => {
    if (!isViewingSharedPlan()) writeSeen(serviceId, JSON.parse(remembered) as typeof now);
  }, [serviceId, remembered]);

  if (!service) return <ServiceNotFound />;
  const here = routes.result.href(serviceId);
  if (result.verdict.kind === 'not-started') {
    return (
      <div className="page page--result">
        <h1 ref={headingRef} tabIndex={-1} className="result-title">
          <span className="eyebrow">Result</span> <span className="service-name">{name}</span>
        </h1>
        <ServiceNotes notes={service.notes} />
        <NotStarted result={result} serviceId={serviceId} />
        {children}
      </div>
    );
  }
  return (
    <div className="page page--result">
      <h1 ref={headingRef} tabIndex={-1} className="result-title">
        <span className="eyebrow">Result</span> <span className="service-name">{name}</span>
      </h1>
      <ResultSummary
        summary={summary}
        scoredWith={profile && describeProfileIdentity(profile)}
        score={<VerdictScore result={result} view={view} />}
        changes={<WhatChangedNote changes={changes} />}
        status={
          <p className="result-summary__status" role="status">
            {status}
          </p>
        }
        actions={
          <>
            <CopyLinkButton serviceId={serviceId} announce={setStatus} />
            <PrintReportButton serviceId={serviceId} label="Print this service" />
            {count > 1 && (
              <PrintReportButton
                label={`Print all ${count} services`}
                className="button button--quiet"
              />
            )}
            <JumpLink href={here} target="record-heading" className="button button--secondary">
              Decision record
            </JumpLink>
            <Link href={routes.review.href(serviceId)} className="button button--quiet">
              Change answers
            </Link>
          </>
        }
      />
      <ServiceNotes notes={service.notes} />
      <VerdictBasis result={result} view={view} serviceId={serviceId} />

      <nav className="page-nav no-print" aria-labelledby="page-nav-heading">
        <h2 id="page-nav-heading">On this page</h2>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <JumpLink href={here} target={section.id}>
                {section.label}
              </JumpLink>
            </li>
          ))}
        </ul>
      </nav>

      {result.gates.map((gate) => (
        <GateSection key={gate.gateId} gate={gate} />
      ))}

      {view.notes
        .filter((note) => note.id === 'close-call')
        .map((note) => (
          <section key={note.id} aria-labelledby="default-heading">
            <h2 id="default-heading">{note.title}</h2>
            <p>{note.text}</p>
            <CitationList citations={note.citations} />
          </section>
        ))}

      <section aria-labelledby="reasons-heading">
        <h2 id="reasons-heading">Reasons, strongest first</h2>
        <ReasonList reasons={view.reasons} />
        {view.parts
          .filter((part) => part.kind === 'profile')
          .map((part) => (
            <p key={part.id} className="reason__profile">
              <strong>{part.label}:</strong> {part.sentence}
            </p>
          ))}
        {view.zeroPull.map((group) => (
          <p key={group.label} className="muted">
            {group.label}: {group.criteria.join(', ')}.
          </p>
        ))}
      </section>

      <FlipSection view={view} serviceId={serviceId} />
      <section aria-labelledby="triggers-heading">
        <h2 id="triggers-heading">When to revisit</h2>
        <TriggerList view={view} />
      </section>

      <ContributionSection view={view} maxScore={result.maxScore} />
      <WeightsPanel result={result} />

      {children}

      <div className="actions">
        <Link href={routes.services.href()} className="button button--quiet">
          All services
        </Link>
      </div>
    </div>
  );
}
