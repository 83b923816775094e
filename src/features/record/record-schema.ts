/** The decision-record form: what the record covers, its status and who decided. */
import * as z from 'zod/mini';

/** Enough for a handful of names; longer lists belong in the record's text itself. */
export const DECISION_MAKERS_MAX = 300;

export const RecordValuesSchema = z.object({
  scope: z.enum(['service', 'portfolio']),
  status: z.enum(['proposed', 'accepted']),
  decisionMakers: z
    .string()
    .check(
      z.maxLength(
        DECISION_MAKERS_MAX,
        `Keep the names to ${DECISION_MAKERS_MAX} characters or fewer.`,
      ),
    ),
  includePermalink: z.boolean(),
  /** The record's number in the team's decision log: the file is named "0007-….md". */
  number: z
    .string()
    .check(z.regex(/^\s*0*[1-9]\d{0,3}\s*$/, 'Give a number from 1 to 9999, such as 7.')),
});

export type RecordValues = z.infer<typeof RecordValuesSchema>;

/** "Ana Lima, Bo" → ["Ana Lima", "Bo"]: names separated by commas, blanks dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}
