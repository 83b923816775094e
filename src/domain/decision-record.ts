/**
 * Markdown decision records in MADR form (https://adr.github.io/madr/), one per service. Pure:
 * the date, the permalink and everything else come in as arguments.
 */
import type { Answers, KnowledgeBase } from '../../content';
import { LANGUAGE_NAME, describeConfidence, describeVerdict } from './describe';
import { indexKnowledgeBase } from './kb-index';
import { escapeInline, quoteBlock, yamlString } from './markdown';
import { effectiveAnswers, visibleQuestions } from './questions';
import { recommend, type Citation, type Recommendation } from './recommend';
import { resolveWeights, type Weights } from './weights';

/** One service as the record needs it: what the user typed and its answers (team ones merged). */
export interface RecordService {
  name: string;
  notes: string;
  answers: Answers;
}

export interface RecordOptions {
  /** Today, as YYYY-MM-DD: the record's date and the start of its review period. */
  date: string;
  status: 'proposed' | 'accepted';
  /** People who made the decision; the front matter omits the key when empty. */
  decisionMakers: readonly string[];
  /** A link that reopens these answers, when one can be made. */
  permalink?: string;
}

/** The MADR record for one service. */
export function serviceDecisionRecord(
  kb: KnowledgeBase,
  service: RecordService,
  weights: Weights,
  options: RecordOptions,
): string {
  const result = recommend(kb, service.answers, weights);
  const name = service.name.trim() || 'Unnamed service';
  const language = LANGUAGE_NAME[result.verdict.language];
  return (
    [
      frontMatter(options),
      `# Build ${escapeInline(name)} in ${language}`,
      section('Context and Problem Statement', context(kb, service, name)),
      section('Decision Drivers', drivers(kb, result, weights)),
      section('Considered Options', '* Rust\n* Go'),
      section('Decision Outcome', outcome(kb, result)),
      subsection('Consequences', consequences(result)),
      subsection('Confirmation', confirmation(kb, result)),
      section('Revisit Triggers', revisit(kb, result, options.date)),
      section('More Information', moreInformation(kb, result, options)),
    ].join('\n\n') + '\n'
  );
}

function frontMatter(options: RecordOptions): string {
  const lines = ['---', `status: ${options.status}`, `date: ${options.date}`];
  const makers = options.decisionMakers.map((m) => m.trim()).filter(Boolean);
  if (makers.length > 0) lines.push(`decision-makers: [${makers.map(yamlString).join(', ')}]`);
  lines.push('---');
  return lines.join('\n');
}

const section = (title: string, body: string) => `## ${title}\n\n${body}`;
const subsection = (title: string, body: string) => `### ${title}\n\n${body}`;

function context(kb: KnowledgeBase, service: RecordService, name: string): string {
  const index = indexKnowledgeBase(kb);
  const counted = effectiveAnswers(kb, service.answers);
  const answered = visibleQuestions(kb, service.answers).flatMap((q) => {
    const optionId = counted[q.id];
    const option = optionId === undefined ? undefined : index.option(q.id, optionId);
    return option ? [`* ${escapeInline(q.prompt)} ${escapeInline(option.label)}.`] : [];
  });
  const parts = [
    `Should the service “${escapeInline(name)}” be built in Rust or in Go? The answers below describe the workload, the team and the organisation.`,
  ];
  if (service.notes.trim()) parts.push(quoteBlock(service.notes.trim()));
  parts.push(answered.length > 0 ? answered.join('\n') : '* No question was answered.');
  return parts.join('\n\n');
}

function drivers(kb: KnowledgeBase, result: Recommendation, overrides: Weights): string {
  const weights = resolveWeights(kb, overrides);
  const rows = kb.criteria.map((criterion) => {
    const score = result.criteria.find((c) => c.criterionId === criterion.id);
    const weight = weights[criterion.id] ?? criterion.defaultWeight;
    const changed =
      weight !== criterion.defaultWeight ? ` (default ${criterion.defaultWeight})` : '';
    const pull = score && score.contribution !== 0 ? signed(score.contribution) : '—';
    return `| ${escapeInline(criterion.label)} | ${weight}${changed} | ${pull} |`;
  });
  return [
    'Weights run from 0 (ignored) to 5 (decisive). Pull is weight × how far the answers lean: positive towards Rust, negative towards Go.',
    '',
    '| Driver | Weight | Pull |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function outcome(kb: KnowledgeBase, result: Recommendation): string {
  const words = describeVerdict(kb, result.verdict, result.margin);
  const language = LANGUAGE_NAME[result.verdict.language];
  const parts = [
    `Chosen option: “${language}”. ${words.detail}`,
    describeConfidence(result.confidence),
  ];
  if (result.fragile && result.verdict.kind === 'clear') {
    parts.push(
      '**The winner is fragile:** its lead is small, so check the revisit triggers before relying on it.',
    );
  }
  for (const gate of result.gates) parts.push(`**${gate.headline}.** ${gate.explanation}`);
  if (result.reasons.length > 0) {
    parts.push(
      ['Reasons, strongest first:', '']
        .concat(
          result.reasons.map(
            (r, i) =>
              `${i + 1}. **${r.label}** (towards ${LANGUAGE_NAME[r.towards]}, ${signed(r.contribution)}): ${r.sentence} ${sourceNote(kb, r.citations)}`,
          ),
        )
        .join('\n'),
    );
  }
  return parts.join('\n\n');
}

function consequences(result: Recommendation): string {
  const winner = result.verdict.language;
  const good = result.reasons.filter((r) => r.towards === winner);
  const bad = result.reasons.filter((r) => r.towards !== winner);
  const lines = [
    ...good.map((r) => `* Good, because ${lowerFirst(r.sentence)}`),
    ...bad.map(
      (r) =>
        `* Bad, because ${LANGUAGE_NAME[r.towards]} would have been better on ${r.label.toLowerCase()}: ${lowerFirst(r.sentence)}`,
    ),
  ];
  return lines.length > 0
    ? lines.join('\n')
    : '* Neutral: no answer leaned either way, so the sources’ default applies.';
}

function confirmation(kb: KnowledgeBase, result: Recommendation): string {
  const index = indexKnowledgeBase(kb);
  const checks = result.reasons
    .slice(0, 4)
    .map((r) => `* ${index.criterion(r.criterionId).confirmation}`);
  return checks.length > 0
    ? [
        'The decision holds while these checks come out as the answers predicted:',
        '',
        ...checks,
      ].join('\n')
    : '* Answer the questionnaire; with no answers there is nothing to confirm.';
}

function revisit(kb: KnowledgeBase, result: Recommendation, date: string): string {
  const index = indexKnowledgeBase(kb);
  const months = kb.scoring.reviewAfterMonths[result.confidence.level];
  const lines = result.triggers.map((t) => {
    const source = t.sourceId
      ? ` (${escapeInline(index.source(t.sourceId).title)})`
      : ' (computed from this result)';
    return `* **${t.label}.** ${t.condition}${source}`;
  });
  return [
    `Review by ${addMonths(date, months)} (${months} months, for ${result.confidence.level} confidence), or sooner if:`,
    '',
    ...lines,
  ].join('\n');
}

function moreInformation(
  kb: KnowledgeBase,
  result: Recommendation,
  options: RecordOptions,
): string {
  const index = indexKnowledgeBase(kb);
  const cited = new Set(
    [
      ...result.reasons.flatMap((r) => r.citations),
      ...result.gates.flatMap((g) => g.citations),
      ...result.defaultCitations,
    ].map((c) => c.sourceId),
  );
  const lines = [
    options.permalink
      ? `* Permalink to these answers: <${options.permalink}>`
      : '* No permalink was included.',
    `* Knowledge base version ${kb.version} (${kb.date}), scored by Rust or Go?.`,
    `* Score ${signed(result.score)} of a possible ±${result.maxScore.toFixed(1)} (positive leans Rust).`,
    '* Sources:',
    ...kb.sources
      .filter((s) => cited.has(s.id))
      .map((s) => `  * ${escapeInline(index.source(s.id).title)}`),
  ];
  return lines.join('\n');
}

function sourceNote(kb: KnowledgeBase, citations: readonly Citation[]): string {
  const index = indexKnowledgeBase(kb);
  const titles = [...new Set(citations.map((c) => index.source(c.sourceId).title))];
  return `(Sources: ${titles.map(escapeInline).join('; ')}.)`;
}

function signed(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(1)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Adds whole months to an ISO date, clamping to the month's last day (2026-01-31 + 1 month is
 * 2026-02-28).
 */
export function addMonths(isoDate: string, months: number): string {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
