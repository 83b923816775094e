/** The recorded decision the answers file carries (format 2), from the form's values. */
import * as z from 'zod/mini';
import type { KnowledgeBase } from '../../../content';
import {
  decisionIssues,
  encodeAnswersFile,
  IsoDateSchema,
  type Decision,
} from '../../domain/answers-file';
import type { PlannerInputs } from '../../domain/inputs';
import { summarisePortfolio } from '../../domain/portfolio';
import type { ProfileIdentity } from '../../domain/profile';

export const DecisionValuesSchema = z.object({
  decisionStatus: z.enum(['proposed', 'accepted']),
  decidedOn: IsoDateSchema,
  reviewBy: IsoDateSchema,
});
export type DecisionValues = z.infer<typeof DecisionValuesSchema>;

/**
 * What the form's schema leaves to be checked (dates in the calendar and in order), in words for
 * the person; null when the values are fine. The domain's own rule, so the file always opens.
 */
export function decisionProblem(values: DecisionValues): string | null {
  const [issue] = decisionIssues(toDecision(values));
  if (!issue) return null;
  return issue.field.endsWith('reviewBy') && issue.message.startsWith('must be on or after')
    ? 'The review-by date must be on or after the date of the decision.'
    : `${issue.field.endsWith('reviewBy') ? 'Review by' : 'Decided on'} ${issue.message}.`;
}

/**
 * The review-by date the form suggests: `decidedOn` plus the knowledge base's review period for
 * the least confident verdict among the services (a low-confidence decision is reviewed sooner).
 */
export function suggestedReviewBy(
  kb: KnowledgeBase,
  inputs: PlannerInputs,
  decidedOn: string,
): string {
  const months = Math.min(
    ...summarisePortfolio(kb, inputs).entries.map(
      (e) => kb.scoring.reviewAfterMonths[e.recommendation.confidence.level],
    ),
  );
  const date = new Date(`${decidedOn}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + (Number.isFinite(months) ? months : 6));
  return date.toISOString().slice(0, 10);
}

/** The answers file with the decision recorded in it. `now` is when it is saved. */
export function answersFileWithDecision(
  kb: KnowledgeBase,
  inputs: PlannerInputs,
  values: DecisionValues,
  now: Date,
  profile?: ProfileIdentity,
): string {
  return encodeAnswersFile(kb, inputs, now, toDecision(values), profile);
}

/** The form's values as the decision the file records. */
function toDecision({ decisionStatus, decidedOn, reviewBy }: DecisionValues): Decision {
  return { status: decisionStatus, decidedOn, reviewBy };
}

/** Where the site serves its command line, next to index.html. */
export function commandLineUrl(baseUrl: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}rust-or-go.mjs`;
}
