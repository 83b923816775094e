/**
 * Consequences of a choice, for decision records: what choosing a language costs on a criterion
 * that pulled the other way, and how teams soften it. Kept apart from schema.ts so this optional
 * collection can grow without touching the scoring model's schemas.
 */
import * as z from 'zod/mini';

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'));
const text = z.string().check(z.minLength(1), z.maxLength(600));

export const ConsequenceSchema = z.strictObject({
  id,
  /** The criterion that, pulling against the chosen language, brings this consequence. */
  criterionId: id,
  /** The language chosen when this consequence applies. */
  chosen: z.enum(['rust', 'go']),
  /** What the choice costs, in our words. */
  consequence: text,
  /** How a team reduces the cost, in our words. */
  mitigation: text,
  /** Articles the consequence draws on (at least one); a mitigation is cited only through them
   * where an article names it, and is otherwise ordinary practice in our words. */
  sourceIds: z.array(id).check(z.minLength(1)),
});
export type Consequence = z.infer<typeof ConsequenceSchema>;
