import type { RefObject } from 'react';
import { downloadFile } from '../../components/download-file';
import { ReplaceConfirm } from '../../components/replace-confirm';
import type { PlannerInputs } from '../../domain/inputs';
import { describePlanServices } from '../../domain/plan-summary';

interface ReplaceDialogProps {
  /** What would start, completing "Starting …": "a blank questionnaire", "from “Edge proxy”". */
  label: string;
  /** The person's own plan, which starting would replace. */
  own: PlannerInputs;
  onReplace: () => void;
  onKeep: () => void;
  /** Takes focus when the dialog closes if what had it before is no longer on the page. */
  fallbackFocus: RefObject<HTMLElement | null>;
}

/** Saves the person's own answers as a file; the answers-file code loads only when asked. */
function downloadAnswers(own: PlannerInputs): void {
  void import('../../state/answers-download')
    .then(({ answersFileFor }) => answersFileFor(own))
    .then((file) => downloadFile(file.text, file.fileName, 'application/json'));
}

/**
 * "Replace your current answers?", asked before starting over would replace the person's own
 * work — also while a shared plan is on screen, whose services are not theirs. Names their
 * services; what is replaced stays restorable.
 */
export function ReplaceDialog({
  label,
  own,
  onReplace,
  onKeep,
  fallbackFocus,
}: ReplaceDialogProps) {
  return (
    <ReplaceConfirm
      title="Replace your current answers?"
      confirmLabel="Replace and start"
      onConfirm={onReplace}
      onDownload={() => downloadAnswers(own)}
      cancelLabel="Keep my answers"
      onCancel={onKeep}
      fallbackFocus={fallbackFocus}
    >
      <p>
        Starting {label} replaces the answers you have saved in this browser (
        {describePlanServices(own)}). You can restore them afterwards with “Restore the plan you
        replaced”.
      </p>
    </ReplaceConfirm>
  );
}
