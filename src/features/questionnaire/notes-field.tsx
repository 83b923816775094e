import { TextField } from '../../components/fields';
import { setServiceNotes } from '../../state/planner-store';
import { SERVICE_NOTES_MAX } from '../../state/planner-schema';
import type { StepValues } from './step-schema';

/**
 * The service's notes, saved as they are typed. Optional: they open the context of the decision
 * record, and travel in links and answers files with the rest of the plan.
 */
export function NotesField({ serviceId }: { serviceId: string }) {
  return (
    <TextField<StepValues>
      name="notes"
      label="Notes (optional)"
      hint="What the service does, or anything the decision record should mention."
      maxLength={SERVICE_NOTES_MAX}
      multiline
      onValueChange={(value) => setServiceNotes(serviceId, value)}
    />
  );
}
