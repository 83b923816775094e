/** Validation for a questionnaire step: answers and notes are optional, the service needs a name. */
import * as z from 'zod/mini';
import { SERVICE_NAME_MAX, SERVICE_NOTES_MAX } from '../../domain/inputs';

export const serviceNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Give the service a name, such as “billing-api”.'),
    z.maxLength(SERVICE_NAME_MAX, `Keep the name to ${SERVICE_NAME_MAX} characters or fewer.`),
  );

const serviceNotesSchema = z.optional(
  z
    .string()
    .check(
      z.maxLength(SERVICE_NOTES_MAX, `Keep the notes to ${SERVICE_NOTES_MAX} characters or fewer.`),
    ),
);

/**
 * Form values of a step: the service name and notes (step 1 and review only) and one answer per
 * question.
 */
export interface StepValues {
  name?: string;
  notes?: string;
  answers: Record<string, string | null>;
}

export function stepSchema(
  questionIds: readonly string[],
  withName: boolean,
): z.ZodMiniType<StepValues, StepValues> {
  const answers = z.object(
    Object.fromEntries(questionIds.map((id) => [id, z.optional(z.nullable(z.string()))])),
  );
  return (withName
    ? z.object({ name: serviceNameSchema, notes: serviceNotesSchema, answers })
    : z.object({
        name: z.optional(z.string()),
        notes: z.optional(z.string()),
        answers,
      })) as unknown as z.ZodMiniType<StepValues, StepValues>;
}
