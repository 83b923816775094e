/** Saving the answers as a file the person keeps: built in the browser, nothing uploaded. */
import { answersFileName, encodeAnswersFile, type PlannerInputs } from '../../domain';
import { downloadFile } from '../../components/download-file';
import { appliedIdentity, useProfileStore } from '../../state/profile-store';
import { scoringKnowledgeBase } from '../../state/scoring';

/**
 * Starts a download of the answers file for `inputs`, named from the plan and the date, with the
 * organisation profile its verdicts were scored under recorded in it.
 */
export function downloadAnswers(inputs: PlannerInputs, now = new Date()): void {
  const kb = scoringKnowledgeBase();
  const profile = appliedIdentity(useProfileStore.getState().profile);
  downloadFile(
    encodeAnswersFile(kb, inputs, now, undefined, profile),
    answersFileName(kb, inputs, now),
    'application/json',
  );
}
