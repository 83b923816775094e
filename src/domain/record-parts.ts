/** Pieces shared by the service and portfolio decision records (MADR). */
import type { KnowledgeBase } from '../../content';
import { describeSource } from './describe-source';
import { indexKnowledgeBase } from './kb-index';
import { escapeInline, yamlString } from './markdown';
import { profileRules, withProfile, type OpenedProfile } from './profile';
import type { Citation } from './recommend';
import { resolveWeights, type Weights } from './weights';
import { signed } from './words';

export { signed } from './words';

export interface RecordOptions {
  /** Today, as YYYY-MM-DD: the record's date and the start of its review period. */
  date: string;
  status: 'proposed' | 'accepted';
  /** People who made the decision; the front matter omits the key when empty. */
  decisionMakers: readonly string[];
  /** A link that reopens these answers, when one can be made. */
  permalink?: string;
  /** The organisation profile applied: the record is scored with it and names it. */
  profile?: OpenedProfile;
}

/** The knowledge base a record scores with: as the profile makes it, when one applies. */
export function recordScoring(kb: KnowledgeBase, options: RecordOptions): KnowledgeBase {
  return options.profile ? withProfile(kb, options.profile) : kb;
}

/**
 * The paragraph that opens the decision drivers when a profile applies: which one (name and
 * hash), and what it adds to every decision. Empty without a profile.
 */
export function profileDriversNote(options: RecordOptions): string {
  if (!options.profile) return '';
  const { profile, hash } = options.profile;
  const rules = profileRules(profile).map((rule) => ` ${rule.sentence}`);
  return `The organisation profile “${escapeInline(profile.name)}” (${hash}) applies: the verdict, weights and scores in this record are with it, and its weights are the defaults below.${rules.join('')}\n\n`;
}

export function frontMatter(options: RecordOptions): string {
  const lines = ['---', `status: ${options.status}`, `date: ${options.date}`];
  const makers = options.decisionMakers.map((m) => m.trim()).filter(Boolean);
  if (makers.length > 0) lines.push(`decision-makers: [${makers.map(yamlString).join(', ')}]`);
  lines.push('---');
  return lines.join('\n');
}

export const section = (title: string, body: string) => `## ${title}\n\n${body}`;
export const subsection = (title: string, body: string) => `### ${title}\n\n${body}`;

/** The drivers table: every criterion's weight (changed ones marked) and, if given, its pull. */
export function driversTable(
  kb: KnowledgeBase,
  overrides: Weights,
  pullOf?: (criterionId: string) => number,
  /** Parts of the score that are not criteria (an organisation profile's adjustment): a row each. */
  adjustments: readonly { label: string; value: number }[] = [],
): string {
  const weights = resolveWeights(kb, overrides);
  const header = pullOf
    ? ['| Driver | Weight | Pull |', '| --- | --- | --- |']
    : ['| Driver | Weight |', '| --- | --- |'];
  const rows = kb.criteria.map((criterion) => {
    const weight = weights[criterion.id] ?? criterion.defaultWeight;
    const changed =
      weight !== criterion.defaultWeight ? ` (default ${criterion.defaultWeight})` : '';
    const cells = [escapeInline(criterion.label), `${weight}${changed}`];
    if (pullOf) {
      const pull = pullOf(criterion.id);
      cells.push(pull !== 0 ? signed(pull) : '—');
    }
    return `| ${cells.join(' | ')} |`;
  });
  if (pullOf) {
    for (const a of adjustments) rows.push(`| ${escapeInline(a.label)} | — | ${signed(a.value)} |`);
  }
  return [
    'Weights run from 0 (ignored) to 5 (decisive).' +
      (pullOf
        ? ' Pull is weight × how far the answers lean: positive towards Rust, negative towards Go.'
        : ''),
    '',
    ...header,
    ...rows,
  ].join('\n');
}

/** "(Sources: A; B.)" for a reason's citations, each title once. */
export function sourceNote(kb: KnowledgeBase, citations: readonly Citation[]): string {
  const index = indexKnowledgeBase(kb);
  const titles = [...new Set(citations.map((c) => index.source(c.sourceId).title))];
  // A profile's own rules (a language on hold) cite no article of the knowledge base.
  if (titles.length === 0) return '';
  return `(Sources: ${titles.map(escapeInline).join('; ')}.)`;
}

/** The closing "More Information" list: permalink, knowledge-base version, sources cited. */
export function moreInformation(
  kb: KnowledgeBase,
  sourceIds: readonly string[],
  options: RecordOptions,
  extra: readonly string[] = [],
): string {
  const cited = new Set(sourceIds);
  return [
    options.permalink
      ? `* Permalink to these answers: <${options.permalink}>`
      : '* No permalink was included.',
    `* Knowledge base version ${kb.version} (${kb.date}), scored by Rust or Go?.`,
    ...(options.profile
      ? [
          `* Organisation profile applied: “${escapeInline(options.profile.profile.name)}” (${options.profile.hash}).`,
        ]
      : []),
    ...extra,
    '* Sources:',
    ...kb.sources
      .filter((s) => cited.has(s.id))
      .map((s) => {
        const words = describeSource(s);
        return `  * ${escapeInline(words.title)}. ${words.details} ${words.url ? `<${words.url}>` : words.addressNote}`;
      }),
  ].join('\n');
}

/** Words that keep their capital inside a sentence: the languages' names, acronyms. */
const PROPER = /^(Go|Rust|[A-Z]{2,}\w*)\b/;

/** Lowers a sentence's first letter to follow "because …", unless it starts with a proper noun. */
export function lowerFirst(text: string): string {
  return PROPER.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
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
