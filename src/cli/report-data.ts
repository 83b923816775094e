/**
 * What the command line reports, computed once from an opened answers file: every service's
 * recommendation, the portfolio, and how today's verdicts compare with the ones saved in the file.
 */
import type { KnowledgeBase } from '../../content';
import {
  compareVerdicts,
  summarisePortfolio,
  type OpenedPlan,
  type Portfolio,
  type VerdictComparison,
} from '../domain';

export interface CliReport {
  kb: KnowledgeBase;
  plan: OpenedPlan;
  portfolio: Portfolio;
  comparisons: VerdictComparison[];
}

export function buildReport(kb: KnowledgeBase, plan: OpenedPlan): CliReport {
  const { inputs } = plan;
  return {
    kb,
    plan,
    portfolio: summarisePortfolio(kb, inputs),
    comparisons: compareVerdicts(kb, inputs, plan.authorVerdicts),
  };
}
