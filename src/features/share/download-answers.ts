/** Saving the answers as a file the person keeps: built in the browser, nothing uploaded. */
import { answersFileName, encodeAnswersFile } from '../../domain/answers-file';
import type { PlannerInputs } from '../../domain/inputs';
import { downloadFile } from '../../components/download-file';
import { scoringKnowledgeBase } from '../../state/scoring';

/** Starts a download of the answers file for `inputs`. */
export function downloadAnswers(inputs: PlannerInputs, now = new Date()): void {
  downloadFile(
    encodeAnswersFile(scoringKnowledgeBase(), inputs, now),
    answersFileName(now),
    'application/json',
  );
}
