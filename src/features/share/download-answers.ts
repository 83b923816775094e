/** Saving the answers as a file the person keeps: built in the browser, nothing uploaded. */
import { getKnowledgeBase } from '../../../content';
import { answersFileName, encodeAnswersFile, type PlannerInputs } from '../../domain';

/** Starts a download of the answers file for `inputs`. */
export function downloadAnswers(inputs: PlannerInputs, now = new Date()): void {
  const text = encodeAnswersFile(getKnowledgeBase(), inputs, now);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = answersFileName(now);
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers read the URL after the click returns; give them a moment before freeing it.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
