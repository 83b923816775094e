/**
 * The decision log: one row per decision file — number, title, status, decided on, review by,
 * the verdicts recorded and today's, the organisation profile — the index an ADR log keeps. The
 * command line's `log` and the app's "Open decisions" page build the same rows here, so they show
 * the same table for the same files.
 */
import type { KnowledgeBase } from '../../content';
import type { AnswersFileResult, DecisionStatus } from './answers-file';
import { escapeInline } from './markdown';
import type { ProfileIdentity } from './profile';
import { compareVerdicts, describeSnapshot } from './verdict-snapshot';
import { LANGUAGE_NAME, nameOrUnnamed } from './words';

/** A review-by date within this many days of today is due; past it, overdue. */
export const DUE_WITHIN_DAYS = 30;

type OpenedFile = Extract<AnswersFileResult, { ok: true }>['value'];

export interface DecisionLogRow {
  /** The file's name, as found in the folder. */
  fileName: string;
  /** The record number: the file name's leading digits, else given by `numberDecisionLog`. */
  number: number | null;
  title: string;
  status: DecisionStatus | null;
  decidedOn: string | null;
  reviewBy: string | null;
  /** Where the review-by date stands today. */
  review: 'overdue' | 'due' | 'later' | null;
  services: {
    name: string;
    recorded: string;
    /** Null when today's verdict cannot be told: recorded under a profile that is not applied. */
    today: string | null;
    changed: boolean;
  }[];
  profile: ProfileIdentity | null;
  /** Set when the file was recorded under a profile other than the one applied (or none is). */
  profileNotApplied: boolean;
}

/** The columns, as both tables head them. */
export const DECISION_LOG_COLUMNS = [
  'No.',
  'Decision',
  'Status',
  'Decided on',
  'Review by',
  'Verdicts (recorded → today)',
  'Profile',
] as const;

const STATUS_WORD: Record<DecisionStatus, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  superseded: 'Superseded',
};

/**
 * One file's row. `scoring` is the knowledge base as the applied profile makes it (`kb` when
 * none applies) and `applied` names that profile; `today` is YYYY-MM-DD.
 */
export function decisionLogRow(
  kb: KnowledgeBase,
  scoring: KnowledgeBase,
  file: OpenedFile,
  fileName: string,
  today: string,
  applied: ProfileIdentity | null,
): DecisionLogRow {
  const { decision, inputs, profile } = file;
  const profileNotApplied = profile !== null && profile.hash !== applied?.hash;
  const comparisons = profileNotApplied
    ? null
    : compareVerdicts(scoring, inputs, file.authorVerdicts);
  const services = inputs.services.map((service, i) => {
    const recorded = file.authorVerdicts[i] ?? null;
    const now = comparisons?.[i]?.today ?? null;
    return {
      name: nameOrUnnamed(service.name),
      recorded: recorded ? describeSnapshot(kb, recorded) : 'not recorded',
      today: comparisons ? describeSnapshot(kb, now) : null,
      changed: comparisons !== null && recorded !== null && recorded.language !== now?.language,
    };
  });
  const only = inputs.services[0];
  const language = file.authorVerdicts[0]?.language ?? comparisons?.[0]?.today?.language;
  const title =
    inputs.services.length === 1 && only
      ? `Build ${nameOrUnnamed(only.name)}${language ? ` in ${LANGUAGE_NAME[language]}` : ''}`
      : `Portfolio: ${inputs.services.map((s) => nameOrUnnamed(s.name)).join(', ')}`;
  const reviewBy = decision?.reviewBy ?? null;
  return {
    fileName,
    number: numberFromName(fileName),
    title,
    status: decision?.status ?? null,
    decidedOn: decision?.decidedOn ?? null,
    reviewBy,
    review:
      reviewBy === null || decision?.status === 'superseded'
        ? null
        : reviewBy < today
          ? 'overdue'
          : reviewBy <= addDays(today, DUE_WITHIN_DAYS)
            ? 'due'
            : 'later',
    services,
    profile,
    profileNotApplied,
  };
}

/** The leading number of an ADR-style file name ("0007-…" → 7), or null. */
function numberFromName(fileName: string): number | null {
  const match = /^(\d{1,4})(?=[-_ .])/.exec(fileName);
  return match ? Number(match[1]) : null;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The rows in log order, each with a number: files named with a number keep it; the others are
 * numbered after the highest, in the order they were decided (then by file name).
 */
export function numberDecisionLog(rows: readonly DecisionLogRow[]): DecisionLogRow[] {
  const highest = Math.max(0, ...rows.map((r) => r.number ?? 0));
  const unnumbered = rows
    .filter((r) => r.number === null)
    .sort(
      (a, b) =>
        (a.decidedOn ?? '9999').localeCompare(b.decidedOn ?? '9999') ||
        a.fileName.localeCompare(b.fileName),
    );
  const numbered = rows.filter((r) => r.number !== null);
  return [...numbered, ...unnumbered.map((row, i) => ({ ...row, number: highest + i + 1 }))].sort(
    (a, b) => (a.number ?? 0) - (b.number ?? 0) || a.fileName.localeCompare(b.fileName),
  );
}

/** The cells of a row in words, in `DECISION_LOG_COLUMNS` order (the title without its link). */
export function decisionLogCells(row: DecisionLogRow): string[] {
  return [
    row.number === null ? '' : String(row.number).padStart(4, '0'),
    row.title,
    row.status ? STATUS_WORD[row.status] : 'Not recorded',
    row.decidedOn ?? '—',
    row.reviewBy === null
      ? '—'
      : `${row.reviewBy}${row.review === 'overdue' ? ' (overdue)' : row.review === 'due' ? ' (due)' : ''}`,
    row.services
      .map(
        (s) =>
          `${s.name}: ${s.recorded} → ${s.today ?? 'not checked'}${s.changed ? ' (changed)' : ''}`,
      )
      .join('; '),
    row.profile
      ? `${row.profile.name} (${row.profile.hash})${row.profileNotApplied ? ', not applied' : ''}`
      : '—',
  ];
}

/**
 * The log as Markdown, ready to commit as decisions/README.md: each title links to its file;
 * files that could not be read are listed after the table with their reason.
 */
export function decisionLogMarkdown(
  rows: readonly DecisionLogRow[],
  unreadable: readonly { fileName: string; reason: string }[],
  context: { today: string; kbVersion: string; profile: ProfileIdentity | null },
): string {
  const cell = (text: string) => escapeInline(text).replace(/\|/g, '\\|');
  const lines = [
    '# Decision log',
    '',
    `Every decision file in this folder, as of ${context.today} (knowledge base ${context.kbVersion}${context.profile ? `, organisation profile ${context.profile.name} (${context.profile.hash})` : ''}).`,
    '',
    `| ${DECISION_LOG_COLUMNS.join(' | ')} |`,
    `| ${DECISION_LOG_COLUMNS.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => {
      const cells = decisionLogCells(row).map(cell);
      cells[1] = `[${cells[1]}](${encodeURI(row.fileName)})`;
      return `| ${cells.join(' | ')} |`;
    }),
  ];
  if (rows.length === 0) lines.push('', 'No decision files.');
  if (unreadable.length > 0) {
    lines.push('', '## Files that could not be read', '');
    for (const f of unreadable) lines.push(`* ${cell(f.fileName)}: ${cell(f.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}
