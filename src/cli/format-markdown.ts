/** The recommendation as a Markdown decision record (MADR), the same one the app downloads. */
import { portfolioDecisionRecord, serviceDecisionRecord } from '../domain';
import type { CliReport } from './report-data';

export function formatMarkdown({ kb, plan, today, permalink }: CliReport): string {
  const { inputs, decision } = plan;
  const options = {
    // A recorded decision keeps its own date and status; otherwise the record is made today.
    date: decision?.decidedOn ?? today,
    status: decision?.status === 'proposed' ? ('proposed' as const) : ('accepted' as const),
    decisionMakers: [],
    permalink,
  };
  const only = inputs.services.length === 1 ? inputs.services[0] : undefined;
  return only
    ? serviceDecisionRecord(
        kb,
        { ...only, answers: { ...only.answers, ...inputs.teamAnswers } },
        inputs.weights,
        options,
      )
    : portfolioDecisionRecord(kb, inputs, options);
}
