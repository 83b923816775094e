/**
 * The printed report: every service's recommendation view (the one the result page shows: verdict,
 * how sure, reasons with their sources, the answers given and assumed, every way to flip it, when
 * to revisit it), and the portfolio summary when there are several services. Pure: the date and
 * the permalink come in as arguments.
 */
import type { KnowledgeBase, Language } from '../../content';
import { citationsOf } from './decision-record';
import { describeSource, type SourceWords } from './describe-source';
import { describeRuntimeCosts, describeRuntimes } from './describe-portfolio';
import { profileRules, runtimeLimitWarning, type OpenedProfile } from './profile';
import { verdictLanguage } from './engine';
import { planViews, type ServiceView } from './plan-views';
import type { LoneRuntime, Portfolio } from './portfolio';
import type { PortfolioRecordInput } from './portfolio-record';
import { LANGUAGE_NAME, describeLead, nameOrUnnamed } from './words';

export interface ReportOptions {
  /** Today, as YYYY-MM-DD: the report's date and the start of each review period. */
  date: string;
  /** The whole address that reopens these answers, printed in full. */
  permalink: string;
  /** The organisation profile applied: every verdict and score is with it, and it is named. */
  profile?: OpenedProfile;
}

/** The organisation profile a report was scored with. */
export interface ReportProfile {
  name: string;
  /** The short hash that names this version of the profile. */
  hash: string;
  /** What it does to every verdict: "The verdicts, weights and scores are with it. …". */
  effect: string;
  /** Set when the verdicts mean more runtimes than the profile allows. */
  runtimeWarning: string | null;
}

/**
 * One service on paper: the one recommendation view, as the result page shows it, with where it
 * sits in the plan. Everything the screen carries is here: every flip row, each answer given and
 * assumed, the profile's parts.
 */
export interface ReportService extends ServiceView {
  /** Absent when the service has no verdict (not started, or its constraints conflict). */
  language?: Language;
}

export interface ReportPortfolio {
  /** "3 services, 2 runtimes in production". */
  headline: string;
  detail: string;
  rows: { id: string; name: string; verdict: string; lead: string; confidence: string }[];
  /** One sentence for each runtime a single service brings in. */
  loneRuntimes: string[];
  costIntro: string;
  costs: { id: string; label: string; detail: string; source: string }[];
}

export interface Report {
  title: string;
  date: string;
  /** "2.4.0 (2026-11-21)". */
  knowledgeBase: string;
  permalink: string;
  /** The organisation profile applied; null when none was. */
  profile: ReportProfile | null;
  /** Present when there are several services. */
  portfolio: ReportPortfolio | null;
  services: ReportService[];
  /** Every article the report cites, in the knowledge base's order. */
  sources: string[];
  /** The same articles as citations: author, publisher, kind, date and address where known. */
  sourceDetails: SourceWords[];
}

const nameOf = (name: string) => nameOrUnnamed(name);

/** Builds the report for every service of the plan. */
export function reportModel(
  knowledgeBase: KnowledgeBase,
  input: PortfolioRecordInput,
  options: ReportOptions,
): Report {
  const opened = options.profile;
  const {
    kb,
    portfolio,
    services: views,
  } = planViews(knowledgeBase, input, {
    date: options.date,
    reader: 'filed',
    ...(opened ? { profile: opened } : {}),
  });
  const services = views.map((s): ReportService =>
    s.view.language ? { ...s, language: s.view.language } : s,
  );
  const several = services.length > 1;
  const first = services[0];
  const cited = new Set<string>([
    ...portfolio.entries.flatMap((e) => citationsOf(e.recommendation).map((c) => c.sourceId)),
    ...portfolio.entries.flatMap((e) =>
      e.recommendation.triggers.flatMap((t) => (t.sourceId ? [t.sourceId] : [])),
    ),
    ...(several ? portfolio.costs.map((c) => c.sourceId) : []),
  ]);
  return {
    title:
      several || !first
        ? `Decision report: ${services.length} services`
        : `Decision report: ${first.name}`,
    date: options.date,
    knowledgeBase: `${kb.version} (${kb.date})`,
    permalink: options.permalink,
    profile: opened ? reportProfile(opened, portfolio) : null,
    portfolio: several ? reportPortfolio(portfolio, services) : null,
    services,
    sources: kb.sources.filter((s) => cited.has(s.id)).map((s) => s.title),
    sourceDetails: kb.sources.filter((s) => cited.has(s.id)).map(describeSource),
  };
}

function reportProfile(opened: OpenedProfile, portfolio: Portfolio): ReportProfile {
  const rules = profileRules(opened.profile).map((rule) => ` ${rule.sentence}`);
  return {
    name: opened.profile.name,
    hash: opened.hash,
    effect: `Every verdict, weight and score in this report is with it.${rules.join('')}`,
    runtimeWarning: runtimeLimitWarning(
      opened.profile,
      portfolio,
      portfolio.entries.flatMap((e) => verdictLanguage(e.recommendation.verdict) ?? []),
    ),
  };
}

function reportPortfolio(
  portfolio: Portfolio,
  services: readonly ReportService[],
): ReportPortfolio {
  const runtimes = describeRuntimes(portfolio);
  const named = (serviceId: string) =>
    nameOf(portfolio.entries.find((e) => e.id === serviceId)?.name ?? '');
  return {
    headline: runtimes.headline,
    detail: runtimes.detail,
    rows: services.map((s) => ({
      id: s.id,
      name: s.name,
      verdict: s.view.short,
      lead: s.view.lead,
      confidence: s.view.confidence.name,
    })),
    loneRuntimes: portfolio.loneRuntimes.map((lone) =>
      describeLone(lone, named(lone.serviceId), maxScoreOf(portfolio, lone.serviceId)),
    ),
    costIntro: describeRuntimeCosts(portfolio),
    costs: portfolio.costs.map((c) => ({
      id: c.id,
      label: c.label,
      detail: c.detail,
      source: c.sourceTitle,
    })),
  };
}

function maxScoreOf(portfolio: Portfolio, serviceId: string): number {
  return portfolio.entries.find((e) => e.id === serviceId)?.recommendation.maxScore ?? 0;
}

function describeLone(lone: LoneRuntime, name: string, maxScore: number): string {
  const language = LANGUAGE_NAME[lone.language];
  const lead = describeLead(lone.margin * maxScore, maxScore);
  if (lone.byRule) {
    return `${name} alone brings ${language} into production, because a rule its answers meet (a deal-breaker or the rewrite bar) decides it whatever the score.`;
  }
  if (!lone.smallMargin) {
    return `${name} alone brings ${language} into production, with a clear lead of ${lead}.`;
  }
  return `${name} alone brings ${language} into production, by a small margin (${lead}): consider keeping it in ${LANGUAGE_NAME[lone.alternative]}.`;
}
