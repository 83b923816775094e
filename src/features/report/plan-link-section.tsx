import { useState } from 'react';
import { Link } from 'wouter';
import { permalinkUrl } from '../../components/app-url';
import { routes } from '../../routes';
import { PrintReportButton } from '../../components/print-report-button';
import { usePermalinkPayload, usePlannerInputs } from '../../state/plan-link';
import './plan-link.css';

/**
 * The whole plan from the portfolio: a link that opens every service's answers, and its report.
 * The link is the one the report prints; it opens at the first service.
 */
export function PlanLinkSection() {
  const payload = usePermalinkPayload();
  const count = usePlannerInputs().services.length;
  const url = permalinkUrl(payload);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link to the whole plan copied.');
    } catch {
      setStatus('This browser did not allow copying: select the link above and copy it.');
    }
  };
  return (
    <section className="plan-link no-print" aria-labelledby="plan-link-heading">
      <h2 id="plan-link-heading">The whole plan</h2>
      <p>
        One link opens all {count} services with their answers and weights; the answers travel after
        the “#”, which browsers never send to a server.
      </p>
      <p>
        <a href={url}>Open the whole plan from its link</a>
        {/* The address itself, on one line: it holds every answer and note, so it is long. */}
        <span className="plan-link__url" aria-hidden="true">
          {url}
        </span>
      </p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy the link to the whole plan
        </button>
        <PrintReportButton label={`Print all ${count} services`} />
        <Link href={routes.report.href()} className="button button--quiet">
          Open the report
        </Link>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
