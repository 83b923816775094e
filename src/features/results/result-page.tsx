import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { paths } from '../../components/paths';
import { PrintReportButton } from '../../components/print-report-button';
import { getKnowledgeBase } from '../../../content';
import { indexKnowledgeBase } from '../../domain';
import { usePageFocus } from '../../components/use-page-focus';
import { usePlannerStore } from '../../state/planner-store';
import { selectServiceById } from '../../state/selectors';
import { useRecommendation } from '../../state/recommendation';
import { ServiceNotFound } from '../../components/service-not-found';
import { ServiceNotes } from '../../components/service-notes';
import { CitationList } from './citation-list';
import { GateSection } from './gate-section';
import { ContributionSection } from './contribution-section';
import { FlipSection } from './flip-section';
import { WeightsPanel } from './weights-panel';
import { ReasonList } from './reason-list';
import { TriggerList } from './trigger-list';
import { VerdictSummary } from './verdict-summary';

/**
 * The recommendation for the active service, with everything needed to check it. `children`
 * are sections other features add below the reasons (the app passes them in).
 */
export function ResultPage({ serviceId, children }: { serviceId: string; children?: ReactNode }) {
  const service = usePlannerStore(selectServiceById(serviceId));
  const result = useRecommendation(serviceId);
  const name = service?.name.trim() || 'Unnamed service';
  const headingRef = usePageFocus<HTMLHeadingElement>(
    `result-${serviceId}`,
    `Result for ${name} — Rust or Go?`,
  );
  const kb = getKnowledgeBase();
  const index = indexKnowledgeBase(kb);
  const unmoved = result.criteria
    .filter((c) => c.contribution === 0)
    .map((c) => index.criterion(c.criterionId).label);

  if (!service) return <ServiceNotFound />;
  return (
    <div className="page page--result">
      <h1 ref={headingRef} tabIndex={-1} className="result-title">
        <span className="eyebrow">Result</span> <span className="service-name">{name}</span>
      </h1>
      <ServiceNotes notes={service.notes} />
      <VerdictSummary result={result} />

      {result.gates.map((gate) => (
        <GateSection key={gate.gateId} gate={gate} />
      ))}

      {result.defaultCitations.length > 0 && (
        <section aria-labelledby="default-heading">
          <h2 id="default-heading">Why Go when it is close</h2>
          <p>
            With no clear winner and no single language the team is fluent in, the sources advise
            starting with Go.
          </p>
          <CitationList citations={result.defaultCitations} />
        </section>
      )}

      <ContributionSection result={result} />
      <section aria-labelledby="reasons-heading">
        <h2 id="reasons-heading">Reasons, strongest first</h2>
        <ReasonList reasons={result.reasons} />
        {unmoved.length > 0 && (
          <p className="muted">Not moved by any answer: {unmoved.join(', ')}.</p>
        )}
      </section>

      <FlipSection result={result} serviceId={serviceId} />
      <WeightsPanel result={result} />
      <section aria-labelledby="triggers-heading">
        <h2 id="triggers-heading">Revisit this decision when…</h2>
        <TriggerList triggers={result.triggers} />
      </section>

      {children}

      <div className="actions">
        <Link href={paths.review(serviceId)} className="button button--secondary">
          Change answers
        </Link>
        <PrintReportButton serviceId={serviceId} label="Print this service" />
        <Link href={paths.services()} className="button button--quiet">
          All services
        </Link>
      </div>
    </div>
  );
}
