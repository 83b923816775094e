/**
 * The report model every output format renders: what the command line computed once from an
 * opened answers file — every service's recommendation, the portfolio, how today's verdicts
 * compare with the ones saved in the file — and the facts around it (today, a permalink).
 */
import type { KnowledgeBase } from '../../content';
import {
  compareVerdicts,
  summarisePortfolio,
  type Portfolio,
  type VerdictComparison,
} from '../domain';
import type { OpenedAnswersFile } from './open-answers';

export interface CliReport {
  kb: KnowledgeBase;
  plan: OpenedAnswersFile;
  portfolio: Portfolio;
  comparisons: VerdictComparison[];
  /** Today, as YYYY-MM-DD. */
  today: string;
  /** A link that reopens the answers in the app, when the command was told where it is hosted. */
  permalink?: string;
}

export function buildReport(
  kb: KnowledgeBase,
  plan: OpenedAnswersFile,
  context: { today: string; permalink?: string },
): CliReport {
  const { inputs } = plan;
  return {
    kb,
    plan,
    portfolio: summarisePortfolio(kb, inputs),
    comparisons: compareVerdicts(kb, inputs, plan.authorVerdicts),
    ...context,
  };
}
