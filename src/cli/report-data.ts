/**
 * The report model every output format renders: what the command line computed once from an
 * opened answers file — every service's recommendation, the portfolio, how today's verdicts
 * compare with the ones saved in the file, and what an organisation profile made of them — and
 * the facts around it (today, a permalink).
 */
import type { KnowledgeBase } from '../../content';
import { answersForService } from '../domain/inputs';
import type { Portfolio } from '../domain/portfolio';
import {
  applyProfile,
  runtimeLimitWarning,
  withProfile,
  type OpenedProfile,
  type ProfiledRecommendation,
} from '../domain/profile';
import { verdictLanguage } from '../domain/score';
import { compareVerdicts, type VerdictComparison } from '../domain/verdict-snapshot';
import { planViews, type ServiceView } from '../domain/plan-views';
import type { OpenedAnswersFile } from './open-answers';

/** What an organisation profile made of the report. */
export interface ProfileReport {
  opened: OpenedProfile;
  /** Each service's recommendation after the profile's rules, in portfolio order. */
  services: ProfiledRecommendation[];
  /** Set when the verdicts mean more runtimes than the profile allows. */
  runtimeWarning: string | null;
}

export interface CliReport {
  kb: KnowledgeBase;
  plan: OpenedAnswersFile;
  portfolio: Portfolio;
  /** Each service's recommendation view, in the plan's order: what the text format prints. */
  views: ServiceView[];
  /** Today's verdicts (after the profile, when one is applied) against those saved in the file. */
  comparisons: VerdictComparison[];
  /** Today, as YYYY-MM-DD. */
  today: string;
  /** A link that reopens the answers in the app, when the command was told where it is hosted. */
  permalink?: string;
  profile?: ProfileReport;
}

export function buildReport(
  kb: KnowledgeBase,
  plan: OpenedAnswersFile,
  context: { today: string; permalink?: string; profile?: OpenedProfile },
): CliReport {
  const { profile: opened, ...facts } = context;
  const inputs = plan.inputs;
  // With a profile, the one engine scores with the knowledge base the profile makes: its weights
  // as defaults (the file's own overrides win), a hold as a deal-breaker, costs as a lean.
  const scoring = opened ? withProfile(kb, opened) : kb;
  const { portfolio, services: views } = planViews(kb, inputs, {
    date: facts.today,
    reader: 'filed',
    ...(opened ? { profile: opened } : {}),
  });
  const comparisons = compareVerdicts(scoring, inputs, plan.authorVerdicts);
  if (!opened) return { kb, plan, portfolio, views, comparisons, ...facts };

  const services = inputs.services.map((service) =>
    applyProfile(kb, opened, answersForService(inputs.teamAnswers, service), inputs.weights),
  );
  return {
    kb,
    plan,
    portfolio,
    views,
    comparisons,
    ...facts,
    profile: {
      opened,
      services,
      runtimeWarning: runtimeLimitWarning(
        opened.profile,
        portfolio,
        services.flatMap((s) => verdictLanguage(s.verdict) ?? []),
      ),
    },
  };
}
