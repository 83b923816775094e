/**
 * The shape of what the user enters — services, answers, weights — as a schema, so saved state,
 * imports and links are all validated the same way before they reach the store.
 */
import * as z from 'zod/mini';

export const SERVICE_NAME_MAX = 500;
export const SERVICE_NOTES_MAX = 2000;
export const MAX_SERVICES = 50;

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const AnswersInputSchema = z.record(id, id);

export const ServiceSchema = z.strictObject({
  id: z.string().check(z.regex(/^s[0-9]{1,6}$/)),
  name: z.string().check(z.maxLength(SERVICE_NAME_MAX)),
  notes: z.string().check(z.maxLength(SERVICE_NOTES_MAX)),
  answers: AnswersInputSchema,
});
export type Service = z.infer<typeof ServiceSchema>;

export const PlannerInputsSchema = z.strictObject({
  /** Answers to team-scoped questions, shared by every service. */
  teamAnswers: AnswersInputSchema,
  services: z.array(ServiceSchema).check(z.minLength(1), z.maxLength(MAX_SERVICES)),
  /** Weight overrides by criterion id (0–5); absent means the default. */
  weights: z.record(id, z.number().check(z.gte(0), z.lte(5))),
});
export type PlannerInputs = z.infer<typeof PlannerInputsSchema>;
