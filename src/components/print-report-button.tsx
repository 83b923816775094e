import { useLocation } from 'wouter';
import { paths } from './paths';
import './print.css';

/**
 * Opens the printable report of every service and, once it is on screen, the browser's print
 * dialog (where "Save as PDF" lives). Importing it also brings the print rules for the page
 * around it, so printing from the browser's own menu gives a clean page too.
 */
export function PrintReportButton() {
  const [, navigate] = useLocation();
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => navigate(paths.report(true))}
    >
      Print report
    </button>
  );
}
