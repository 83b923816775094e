/**
 * Several services at once: each verdict, how many runtimes they mean in production, what each
 * extra runtime costs, and which service alone brings a runtime in — and by how much.
 * Pure: answers, weights and knowledge base in, plain data out.
 */
import type { Answers, KnowledgeBase, Language } from '../../content';
import { indexKnowledgeBase } from './kb-index';
import { verdictLanguage } from './engine';
import { answerProgress, type AnswerProgress } from './progress';
import { effectiveAnswers } from './questions';
import { recommend, type Reason, type Recommendation } from './recommend';
import type { Weights } from './weights';

export interface PortfolioServiceInput {
  id: string;
  name: string;
  /** This service's own answers; the team's are added from `teamAnswers`. */
  answers: Answers;
}

export interface PortfolioInput {
  /** Answers to team-scoped questions, shared by every service. */
  teamAnswers: Answers;
  services: readonly PortfolioServiceInput[];
  weights?: Weights;
}

export interface PortfolioEntry {
  id: string;
  name: string;
  recommendation: Recommendation;
  progress: AnswerProgress;
}

/** One runtime the portfolio would run. */
export interface RuntimeUse {
  language: Language;
  /** Services whose verdict is this language, in portfolio order. */
  serviceIds: string[];
  /** The team said the organisation already runs it in production. */
  inProduction: boolean;
}

/** A cost of each extra runtime, with the title of the source that names it. */
export interface RuntimeCostNote {
  id: string;
  label: string;
  detail: string;
  sourceId: string;
  sourceTitle: string;
}

/** A runtime that one service alone would bring into production. */
export interface LoneRuntime {
  serviceId: string;
  language: Language;
  /** The language the rest of the portfolio runs: what keeping one runtime means for it. */
  alternative: Language;
  /** Points the service's score leads by towards `language`; ≤ 0 when only a tie-break chose it. */
  lead: number;
  maxScore: number;
  /** The lead as a share of the largest possible score, in [0, 1]. */
  margin: number;
  /**
   * The lead is under the knowledge base's fragile margin (a close call always is), so the extra
   * runtime's organisation-wide cost may outweigh it: one answer change would flip it.
   */
  smallMargin: boolean;
  /**
   * A rule, not the score, chose the language (a deal-breaker or a gate): the lead then says
   * nothing about it, and keeping one runtime would go against that rule.
   */
  byRule: boolean;
  /** What keeping one runtime gives up: the reasons pulling towards `language`, strongest first. */
  givenUp: Reason[];
  /** The reasons already pulling towards `alternative`, strongest first. */
  kept: Reason[];
}

export interface Portfolio {
  entries: PortfolioEntry[];
  /** What the team said already runs in production; null while that question is unanswered. */
  inProduction: Language[] | null;
  /** Every runtime the portfolio would run: those already in production, then those chosen. */
  runtimes: RuntimeUse[];
  /** Runtimes beyond the first; each one carries every cost in `costs`. */
  extraRuntimes: number;
  /** Runtimes the verdicts would bring in that the team did not say run already (known only). */
  newRuntimes: Language[];
  costs: RuntimeCostNote[];
  loneRuntimes: LoneRuntime[];
}

/**
 * Summarises a set of services that share one team: each service is scored with the team's
 * answers added to its own (team answers win, as in the store), then the verdicts are read
 * together against the runtimes the team says already run in production.
 */
export function summarisePortfolio(kb: KnowledgeBase, input: PortfolioInput): Portfolio {
  return summariseEntries(
    kb,
    input,
    input.services.map((service) => portfolioEntry(kb, input, service)),
  );
}

/**
 * One service's entry, as `summarisePortfolio` scores it: the bulk of the work, so that a caller
 * can spread the services over several tasks and then call `summariseEntries`.
 */
export function portfolioEntry(
  kb: KnowledgeBase,
  input: PortfolioInput,
  service: PortfolioServiceInput,
): PortfolioEntry {
  const answers = { ...service.answers, ...input.teamAnswers };
  return {
    id: service.id,
    name: service.name,
    recommendation: recommend(kb, answers, input.weights ?? {}),
    progress: answerProgress(kb, answers),
  };
}

/** The portfolio of `entries`, one per service of `input` in order (see `portfolioEntry`). */
export function summariseEntries(
  kb: KnowledgeBase,
  input: PortfolioInput,
  entries: PortfolioEntry[],
): Portfolio {
  const inProduction = runtimesInProduction(kb, input.teamAnswers);
  const runtimes = countRuntimes(entries, inProduction ?? []);
  return {
    entries,
    inProduction,
    runtimes,
    extraRuntimes: Math.max(0, runtimes.length - 1),
    newRuntimes:
      inProduction === null ? [] : runtimes.filter((r) => !r.inProduction).map((r) => r.language),
    costs: costNotes(kb),
    loneRuntimes: findLoneRuntimes(entries, runtimes),
  };
}

/** The languages the team's answer says run in production, or null when it is unanswered. */
export function runtimesInProduction(kb: KnowledgeBase, teamAnswers: Answers): Language[] | null {
  const { runtimesQuestionId, runtimesOptions } = kb.portfolio;
  const answer = effectiveAnswers(kb, teamAnswers)[runtimesQuestionId];
  if (answer === undefined) return null;
  return runtimesOptions[answer] ?? null;
}

function countRuntimes(entries: readonly PortfolioEntry[], inProduction: Language[]): RuntimeUse[] {
  const order: Language[] = [...inProduction];
  // A service not started, or whose constraints conflict, names no language and brings none in.
  for (const entry of entries) {
    const language = verdictLanguage(entry.recommendation.verdict);
    if (language !== undefined && !order.includes(language)) order.push(language);
  }
  return order.map((language) => ({
    language,
    serviceIds: entries
      .filter((e) => verdictLanguage(e.recommendation.verdict) === language)
      .map((e) => e.id),
    inProduction: inProduction.includes(language),
  }));
}

/** A runtime is lone when it is new to production and exactly one service brings it in. */
function findLoneRuntimes(
  entries: readonly PortfolioEntry[],
  runtimes: readonly RuntimeUse[],
): LoneRuntime[] {
  if (runtimes.length < 2) return [];
  return runtimes.flatMap((runtime): LoneRuntime[] => {
    const [serviceId, ...others] = runtime.serviceIds;
    const entry = entries.find((e) => e.id === serviceId);
    const alternative = runtimes.find((r) => r.language !== runtime.language)?.language;
    if (runtime.inProduction || others.length > 0 || !entry || !alternative) return [];
    const { recommendation: result } = entry;
    const lead = runtime.language === 'rust' ? result.score : -result.score;
    return [
      {
        serviceId: entry.id,
        language: runtime.language,
        alternative,
        lead,
        maxScore: result.maxScore,
        margin: result.margin,
        smallMargin: result.fragile,
        byRule: result.confidence.decidedBy === 'rule',
        givenUp: result.reasons.filter((r) => r.towards === runtime.language),
        kept: result.reasons.filter((r) => r.towards === alternative),
      },
    ];
  });
}

function costNotes(kb: KnowledgeBase): RuntimeCostNote[] {
  const index = indexKnowledgeBase(kb);
  return kb.runtimeCosts.map((cost) => ({
    id: cost.id,
    label: cost.label,
    detail: cost.detail,
    sourceId: cost.sourceId,
    sourceTitle: index.source(cost.sourceId).title,
  }));
}
