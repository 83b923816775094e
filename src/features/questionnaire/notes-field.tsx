import { TextField } from '../../components/fields';
import { setServiceNotes } from '../../state/planner-store';
import { SERVICE_NOTES_MAX } from '../../domain/inputs';
import type { StepValues } from './step-schema';

/**
 * The service's notes, saved as they are typed. Optional: they are shown with the result and in the
 * report, open the context of the decision record, and travel in links and answers files.
 */
export function NotesField({ serviceId }: { serviceId: string }) {
  return (
    <TextField<StepValues>
      name="notes"
      label="Notes (optional)"
      hint="What the service does, or what a reader should know. Shown with the result, in the report and in the decision record."
      maxLength={SERVICE_NOTES_MAX}
      multiline
      onValueChange={(value) => setServiceNotes(serviceId, value)}
    />
  );
}
