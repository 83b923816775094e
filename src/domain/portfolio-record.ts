/**
 * One MADR decision record for a whole portfolio: every service's verdict, the runtimes that
 * means in production and what each extra one costs, then each service's reasons.
 */
import type { Answers, KnowledgeBase } from '../../content';
import { answersList, citationsOf, flipsSection, outcomeLines } from './decision-record';
import { describeRuntimes, listLanguages } from './describe-portfolio';
import { indexKnowledgeBase } from './kb-index';
import { escapeInline, quoteBlock } from './markdown';
import { planViews, type ServiceView } from './plan-views';
import type { Portfolio } from './portfolio';
import { runtimeLimitWarning } from './profile';
import { verdictLanguage } from './engine';
import {
  addMonths,
  driversTable,
  frontMatter,
  moreInformation,
  profileDriversNote,
  section,
  signed,
  subsection,
  type RecordOptions,
} from './record-parts';
import type { Weights } from './weights';
import { LANGUAGE_NAME, TRIGGERS_INTRO, countOf, describeLead, nameOrUnnamed } from './words';

export interface PortfolioRecordInput {
  teamAnswers: Answers;
  services: readonly { id: string; name: string; notes: string; answers: Answers }[];
  weights: Weights;
}

const nameOf = (name: string) => escapeInline(nameOrUnnamed(name));

/** The MADR record for every service at once. */
export function portfolioDecisionRecord(
  knowledgeBase: KnowledgeBase,
  input: PortfolioRecordInput,
  options: RecordOptions,
): string {
  // With a profile, the one engine scores with the knowledge base the profile makes.
  const { kb, portfolio, services } = planViews(knowledgeBase, input, {
    date: options.date,
    reader: 'filed',
    ...(options.profile ? { profile: options.profile } : {}),
  });
  const chosen = portfolio.runtimes.filter((r) => r.serviceIds.length > 0).map((r) => r.language);
  const title =
    chosen.length === 1
      ? `# Build all ${input.services.length} services in ${LANGUAGE_NAME[chosen[0] ?? 'go']}`
      : `# Choose the language per service: ${portfolio.runtimes
          .filter((r) => r.serviceIds.length > 0)
          .map((r) => `${LANGUAGE_NAME[r.language]} for ${r.serviceIds.length}`)
          .join(', ')}`;
  const citations = portfolio.entries.flatMap((e) => citationsOf(e.recommendation));
  return (
    [
      frontMatter(options),
      title,
      section('Context and Problem Statement', context(kb, input)),
      section('Decision Drivers', profileDriversNote(options) + driversTable(kb, input.weights)),
      section(
        'Considered Options',
        [
          '* Go for every service',
          '* Rust for every service',
          '* Each service in the language its answers favour',
        ].join('\n'),
      ),
      section('Decision Outcome', outcome(kb, portfolio, services, input, options)),
      subsection('Consequences', consequences(portfolio)),
      subsection('Confirmation', confirmation(kb, portfolio)),
      section('Revisit Triggers', revisit(kb, portfolio, services, options.date)),
      section(
        'More Information',
        moreInformation(
          kb,
          [...citations.map((c) => c.sourceId), ...portfolio.costs.map((c) => c.sourceId)],
          options,
        ),
      ),
    ].join('\n\n') + '\n'
  );
}

function context(kb: KnowledgeBase, input: PortfolioRecordInput): string {
  const index = indexKnowledgeBase(kb);
  const team = kb.questions
    .filter((q) => q.scope === 'team')
    .flatMap((q) => {
      const optionId = input.teamAnswers[q.id];
      const option = optionId === undefined ? undefined : index.option(q.id, optionId);
      return option ? [`* ${escapeInline(q.prompt)} ${escapeInline(option.label)}.`] : [];
    });
  const services = input.services.flatMap((s) => {
    const lines = [`* **${nameOf(s.name)}**`];
    if (s.notes.trim()) lines.push(quoteBlock(s.notes.trim()).replace(/^/gm, '  '));
    return lines;
  });
  return [
    `Which language should each of these ${input.services.length} services be built in, Rust or Go, knowing that every runtime in production costs the whole organisation?`,
    services.join('\n'),
    'The team and organisation, shared by every service:',
    team.length > 0 ? team.join('\n') : '* No team question was answered.',
  ].join('\n\n');
}

function outcome(
  kb: KnowledgeBase,
  portfolio: Portfolio,
  services: readonly ServiceView[],
  input: PortfolioRecordInput,
  options: RecordOptions,
): string {
  const rows = services.map(
    (s) =>
      `| ${escapeInline(s.name)} | ${s.view.short} | ${s.view.lead} | ${s.view.confidence.name} |`,
  );
  const runtimes = describeRuntimes(portfolio);
  const parts = [
    ['| Service | Verdict | Lead | Confidence |', '| --- | --- | --- | --- |', ...rows].join('\n'),
    `**${runtimes.headline}.** ${runtimes.detail}`,
  ];
  const beyondLimit =
    options.profile &&
    runtimeLimitWarning(
      options.profile.profile,
      portfolio,
      portfolio.entries.flatMap((e) => verdictLanguage(e.recommendation.verdict) ?? []),
    );
  if (beyondLimit) parts.push(`**Warning:** ${escapeInline(beyondLimit)}`);
  for (const lone of portfolio.loneRuntimes.filter((l) => l.smallMargin)) {
    const name = nameOf(input.services.find((s) => s.id === lone.serviceId)?.name ?? '');
    const maxScore =
      portfolio.entries.find((e) => e.id === lone.serviceId)?.recommendation.maxScore ?? 0;
    parts.push(
      `**${name} alone brings in ${LANGUAGE_NAME[lone.language]}, by a small margin** (${describeLead(lone.margin * maxScore, maxScore)}). Keeping one runtime would mean building it in ${LANGUAGE_NAME[lone.alternative]} and giving up: ${lone.givenUp
        .map((r) => `“${r.label}” (${signed(r.contribution)})`)
        .join(', ')}.`,
    );
  }
  // Each service as its own record says it: the same view, every flip row, its answers.
  for (const s of services) {
    const { view } = s;
    parts.push(
      [
        `### ${escapeInline(s.name)}: ${view.short}`,
        view.detail,
        ...outcomeLines(kb, view),
        view.reasons.length === 0 ? 'No answer leaned either way.' : '',
        answersList(view),
        `What would flip it to ${view.flips.towardsName}:`,
        flipsSection(view),
      ]
        .filter(Boolean)
        .join('\n\n'),
    );
  }
  return parts.join('\n\n');
}

function consequences(portfolio: Portfolio): string {
  const lines = [
    '* Good, because each service gets the language its own workload and risks favour.',
  ];
  if (portfolio.extraRuntimes > 0) {
    lines.push(
      `* Bad, because ${portfolio.extraRuntimes === 1 ? 'the extra runtime' : `each of the ${portfolio.extraRuntimes} extra runtimes`} in production brings its own costs:`,
      ...portfolio.costs.map(
        (c) => `  * ${escapeInline(c.label)}: ${c.detail} (${escapeInline(c.sourceTitle)})`,
      ),
    );
  } else {
    lines.push(
      `* Good, because it keeps one runtime in production (${listLanguages(portfolio.runtimes.map((r) => r.language))}).`,
    );
  }
  return lines.join('\n');
}

function confirmation(kb: KnowledgeBase, portfolio: Portfolio): string {
  const index = indexKnowledgeBase(kb);
  const checks = new Set(
    portfolio.entries.flatMap((e) =>
      e.recommendation.reasons.slice(0, 2).map((r) => index.criterion(r.criterionId).confirmation),
    ),
  );
  return checks.size > 0
    ? [
        'The decisions hold while these checks come out as the answers predicted:',
        '',
        ...[...checks].map((c) => `* ${c}`),
      ].join('\n')
    : '* Answer the questionnaire; with no answers there is nothing to confirm.';
}

function revisit(
  kb: KnowledgeBase,
  portfolio: Portfolio,
  services: readonly ServiceView[],
  date: string,
): string {
  const months = Math.min(
    ...portfolio.entries.map(
      (e) => kb.scoring.reviewAfterMonths[e.recommendation.confidence.level],
    ),
  );
  const lines = services.flatMap((s) =>
    s.view.triggers.map((t) => {
      const source = t.source ? ` (${escapeInline(t.source)})` : '';
      return `* ${escapeInline(s.name)} — **${t.label}.** ${t.condition}${source}`;
    }),
  );
  const review = `Review by ${addMonths(date, months)} (${countOf(months, 'month')}, set by the least confident service).`;
  return lines.length > 0 ? [review, '', TRIGGERS_INTRO, '', ...lines].join('\n') : review;
}
