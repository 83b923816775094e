/**
 * The printed report: every service's verdict and margin, its reasons with their sources, what
 * would flip it and when to revisit it, and the portfolio summary when there are several
 * services. Pure: the date and the permalink come in as arguments, and every part is plain text
 * ready to lay out on paper.
 */
import type { KnowledgeBase, Language } from '../../content';
import { citationsOf } from './decision-record';
import { LANGUAGE_NAME, describeConfidence, describeVerdict } from './describe';
import { describeSource, type SourceWords } from './describe-source';
import { flipTable, triggerRows, type FlipTable } from './flip-rows';
import { describeRuntimeCosts, describeRuntimes, describeVerdictShort } from './describe-portfolio';
import { indexKnowledgeBase } from './kb-index';
import { profileRules, runtimeLimitWarning, withProfile, type OpenedProfile } from './profile';
import { verdictLanguage } from './engine';
import { summarisePortfolio, type LoneRuntime, type Portfolio } from './portfolio';
import type { PortfolioRecordInput } from './portfolio-record';
import { addMonths, signed } from './record-parts';
import type { Citation, Recommendation } from './recommend';
import { nameOrUnnamed, LEVEL_NAME } from './words';

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

export interface ReportReason {
  criterionId: string;
  label: string;
  towards: Language;
  /** Signed points with a true minus sign: "−4.0" leans Go, "+2.5" leans Rust. */
  points: string;
  sentence: string;
  /** Titles of the articles behind the reason, each once. */
  sources: string[];
}

export interface ReportNote {
  title: string;
  text: string;
  sources: string[];
}

export interface ReportTrigger {
  id: string;
  label: string;
  condition: string;
  /** The article that names the trigger; null when it is computed from this result. */
  source: string | null;
}

export interface ReportService {
  id: string;
  name: string;
  /** 1-based place in the services list. */
  position: number;
  /** Absent when the service has no verdict (not started, or its constraints conflict). */
  language?: Language;
  /** "Go", "Close call: Go", "Keep Go — profile the bottleneck first". */
  verdict: string;
  /** How the verdict was reached, with its margin. */
  verdictDetail: string;
  /** The score in one sentence (with the lead when the verdict's detail does not give it). */
  margin: string;
  confidence: string;
  /** A warning when the winner's lead is small; null when it is not fragile. */
  fragile: string | null;
  /** What the user wrote about the service, trimmed; '' when nothing. */
  userNotes: string;
  /** Gates (bars the sources set) and, for a default close call, why Go. */
  notes: ReportNote[];
  reasons: ReportReason[];
  /** What would flip it, one row per way (the firmest answer sets, then the nearest weight). */
  flips: FlipTable;
  /** "Review by 2027-05-21 (6 months, for medium confidence), or sooner if:". */
  review: string;
  /** The revisit triggers, less those that repeat a row of `flips`. */
  triggers: ReportTrigger[];
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
  // With a profile, the one engine scores with the knowledge base the profile makes: its
  // weights as defaults, a hold as a deal-breaker, an adoption cost as a standing lean.
  const opened = options.profile;
  const kb = opened ? withProfile(knowledgeBase, opened) : knowledgeBase;
  const portfolio = summarisePortfolio(kb, input);
  // The portfolio's entries follow input.services one for one: the notes come from the same place.
  const services = portfolio.entries.map((entry, i) =>
    reportService(
      kb,
      entry.id,
      entry.name,
      input.services[i]?.notes ?? '',
      i + 1,
      entry.recommendation,
      options.date,
    ),
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
    portfolio: several ? reportPortfolio(portfolio) : null,
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

function reportService(
  kb: KnowledgeBase,
  id: string,
  rawName: string,
  rawNotes: string,
  position: number,
  r: Recommendation,
  date: string,
): ReportService {
  const index = indexKnowledgeBase(kb);
  const titles = (citations: readonly Citation[]) => [
    ...new Set(citations.map((c) => index.source(c.sourceId).title)),
  ];
  const words = describeVerdict(kb, r.verdict, r.margin);
  const months = kb.scoring.reviewAfterMonths[r.confidence.level];
  const towards = LANGUAGE_NAME[r.score > 0 ? 'rust' : 'go'];
  const notes: ReportNote[] = r.gates.map((gate) => ({
    title: gate.passed ? gate.headline : `${gate.label}: not cleared`,
    text: [gate.answerNote?.note, gate.explanation].filter(Boolean).join(' '),
    sources: titles(gate.citations),
  }));
  for (const d of r.dealBreakers) {
    notes.push({
      title: `Deal-breaker: ${d.label} — rules out ${LANGUAGE_NAME[d.rulesOut]}`,
      text: d.explanation,
      sources: titles(d.citations),
    });
  }
  if (r.assumptions.length > 0) {
    notes.push({
      title: 'Assumed, not answered',
      text: r.assumptions
        .map((a) => `${a.prompt} “${a.answer}”, assumed for “${a.because.answer}”.`)
        .join(' '),
      sources: [],
    });
  }
  if (r.defaultCitations.length > 0) {
    notes.push({
      title: 'How the close call was broken',
      text: words.detail,
      sources: titles(r.defaultCitations),
    });
  }
  return {
    id,
    name: nameOf(rawName),
    userNotes: rawNotes.trim(),
    position,
    ...languageOf(r),
    verdict: words.headline,
    verdictDetail: words.detail,
    margin: `Score: ${r.score === 0 ? 'level' : `${Math.abs(r.score).toFixed(1)} towards ${towards}`}, out of a possible ${r.maxScore.toFixed(1)} either way${r.verdict.kind === 'gated' ? `; a lead of ${Math.round(r.margin * 100)}%` : ''}.`,
    confidence: describeConfidence(r.confidence),
    fragile:
      r.fragile && r.verdict.kind === 'clear'
        ? 'Fragile: one realistic answer change would turn it.'
        : null,
    notes,
    reasons: r.reasons.map((reason) => ({
      criterionId: reason.criterionId,
      label: reason.label,
      towards: reason.towards,
      points: signed(reason.contribution),
      sentence: reason.sentence,
      sources: titles(reason.citations),
    })),
    flips: flipTable(kb, r),
    review: `Review by ${addMonths(date, months)} (${months} months, for ${r.confidence.level} confidence), or sooner if:`,
    // The flipping answers and weight are in the flip table just above: once is enough.
    triggers: triggerRows(r.triggers).map((t) => ({
      id: t.id,
      label: t.label,
      condition: t.condition,
      source: t.sourceId ? index.source(t.sourceId).title : null,
    })),
  };
}

function reportPortfolio(portfolio: Portfolio): ReportPortfolio {
  const runtimes = describeRuntimes(portfolio);
  const named = (serviceId: string) =>
    nameOf(portfolio.entries.find((e) => e.id === serviceId)?.name ?? '');
  return {
    headline: runtimes.headline,
    detail: runtimes.detail,
    rows: portfolio.entries.map((entry) => {
      const r = entry.recommendation;
      return {
        id: entry.id,
        name: nameOf(entry.name),
        verdict: describeVerdictShort(r.verdict),
        // A lead means something only where the score decides; a rule or nothing may instead.
        lead:
          r.confidence.decidedBy === 'score'
            ? `${Math.round(r.margin * 100)}%`
            : r.confidence.decidedBy === 'rule'
              ? 'Decided by a rule'
              : '—',
        confidence: r.confidence.decidedBy === 'none' ? '—' : LEVEL_NAME[r.confidence.level],
      };
    }),
    loneRuntimes: portfolio.loneRuntimes.map((lone) => describeLone(lone, named(lone.serviceId))),
    costIntro: describeRuntimeCosts(portfolio),
    costs: portfolio.costs.map((c) => ({
      id: c.id,
      label: c.label,
      detail: c.detail,
      source: c.sourceTitle,
    })),
  };
}

function describeLone(lone: LoneRuntime, name: string): string {
  const language = LANGUAGE_NAME[lone.language];
  const percent = Math.round(lone.margin * 100);
  if (lone.byRule) {
    return `${name} alone brings ${language} into production, because a rule its answers meet (a deal-breaker or the rewrite bar) decides it whatever the score.`;
  }
  if (!lone.smallMargin) {
    return `${name} alone brings ${language} into production, with a clear lead of ${percent}%.`;
  }
  return `${name} alone brings ${language} into production, by a small margin (${percent}% of the largest possible score): consider keeping it in ${LANGUAGE_NAME[lone.alternative]}.`;
}

function languageOf(r: Recommendation): { language?: Language } {
  const language = verdictLanguage(r.verdict);
  return language ? { language } : {};
}
