/** Saving the answers as a file the person keeps: built in the browser, nothing uploaded. */
import { getKnowledgeBase } from '../../../content';
import { answersFileName, encodeAnswersFile } from '../../domain/answers-file';
import type { PlannerInputs } from '../../domain/inputs';
import { downloadFile } from '../../components/download-file';
import { appliedIdentity, profileSettled, useProfileStore } from '../../state/profile-store';
import { scoringKnowledgeBase } from '../../state/scoring';

/**
 * Starts a download of the answers file for `inputs`, named from the plan and the date, with the
 * verdicts as the result page shows them and the organisation profile they were scored under
 * recorded in it — at once when the site has said whether it serves a profile, else as soon as it
 * has (a file made earlier would record verdicts the profile may change).
 */
export function downloadAnswers(inputs: PlannerInputs, now = new Date()): void {
  const download = () => {
    const kb = scoringKnowledgeBase();
    const profile = appliedIdentity(useProfileStore.getState().profile);
    downloadFile(
      encodeAnswersFile(kb, inputs, now, undefined, profile),
      answersFileName(kb, inputs, now),
      'application/json',
    );
  };
  if (useProfileStore.getState().siteChecked) return download();
  void profileSettled(getKnowledgeBase(), import.meta.env.BASE_URL).then(download);
}
