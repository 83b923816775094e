import { useLocation } from 'wouter';
import { routes } from '../routes';
import './print.css';

/**
 * Opens the printable report of every service (or of one) and, once it is on screen, the browser's print
 * dialog (where "Save as PDF" lives). Importing it also brings the print rules for the page
 * around it, so printing from the browser's own menu gives a clean page too.
 */
export function PrintReportButton({
  serviceId,
  label = 'Print report',
  className = 'button button--secondary',
}: {
  /** Prints that one service's report; every service's when absent. */
  serviceId?: string;
  label?: string;
  className?: string;
}) {
  const [, navigate] = useLocation();
  return (
    <button
      type="button"
      className={className}
      onClick={() =>
        navigate(serviceId ? routes.serviceReport.href(serviceId, true) : routes.report.href(true))
      }
    >
      {label}
    </button>
  );
}
