import { Notice } from '../../components/notice';
import { dismissSaveProblem, useSaveStatusStore } from '../../state/save-status-store';
import { getOwnInputs } from '../../state/shared-plan';
import { downloadAnswers } from './download-answers';

const CAUSE = {
  quota: 'The browser’s storage for this site is full',
  unavailable:
    'This browser does not let the site store anything (private browsing or a setting may block it)',
} as const;

/** Says plainly when answers are not being saved, and offers the file to keep them. */
export function SaveProblemNotice() {
  const problem = useSaveStatusStore((s) => s.problem);
  const dismissed = useSaveStatusStore((s) => s.dismissed);
  if (!problem || dismissed) return null;
  return (
    <Notice
      tone="warning"
      title="Your answers are not being saved in this browser"
      actions={
        <>
          <button
            type="button"
            className="button button--primary"
            onClick={() => downloadAnswers(getOwnInputs())}
          >
            Download the answers (JSON)
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => dismissSaveProblem()}
          >
            Dismiss
          </button>
        </>
      }
    >
      <p>
        {CAUSE[problem]}, so reloading or closing this tab would lose them. They are safe while this
        tab stays open. Download them as a file to keep them, and open the file later to carry on.
      </p>
    </Notice>
  );
}
