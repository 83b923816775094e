/**
 * `rust-or-go log <directory | answers.json>… [--format markdown|json] [--today YYYY-MM-DD]
 *  [--profile FILE] [--ignore GLOB]…`
 *
 * Prints the decision log on standard output: one row per decision file — number, title, status,
 * decided on, review by (due, overdue), the verdicts recorded and today's, the profile — the index
 * an ADR log keeps, ready to commit as decisions/README.md. The app's "Open decisions" page builds
 * the same rows (src/domain/decision-log.ts).
 *
 * Exit codes: 0 done; 1 a file could not be read as an answers file (it is listed under the table);
 * 2 wrong arguments or a path named that does not exist.
 */
import { basename } from 'node:path';
import { getKnowledgeBase } from '../../content';
import { decodeAnswersFile, isCalendarDate } from '../domain/answers-file';
import {
  decisionLogMarkdown,
  decisionLogRow,
  numberDecisionLog,
  type DecisionLogRow,
} from '../domain/decision-log';
import { profileIdentity, withProfile, type ProfileIdentity } from '../domain/profile';
import { formatChoices, optionLine, parseCommand, unknownFormat } from './args';
import { collectPaths, describeFailure } from './check-run';
import { globMatcher } from './glob';
import { readRegularFile, type CliIo } from './io';
import { openProfile } from './open-profile';

export interface DecisionLog {
  rows: DecisionLogRow[];
  unreadable: { fileName: string; reason: string }[];
  today: string;
  kbVersion: string;
  profile: ProfileIdentity | null;
}

export const LOG_FORMATS = {
  markdown: (log: DecisionLog) => decisionLogMarkdown(log.rows, log.unreadable, log),
  json: (log: DecisionLog) =>
    `${JSON.stringify({ format: 'rust-or-go-decision-log', formatVersion: 1, ...log }, null, 2)}\n`,
} as const satisfies Record<string, (log: DecisionLog) => string>;

export const LOG_USAGE = `Usage: rust-or-go log <directory | answers.json>… [options]

Prints the decision log: one row per decision file with its number, title, status, decided on,
review by (due, overdue), the verdicts recorded and today's, and the organisation profile — ready
to commit as decisions/README.md. Files named 0007-….json keep their number; the others are
numbered after the highest, in the order they were decided.

Options:
${[
  optionLine(`--format ${formatChoices(LOG_FORMATS)}`, 'output format (default: markdown)'),
  optionLine('--today YYYY-MM-DD', 'the date review-by dates are due against (default: today)'),
  optionLine('--profile FILE', "score today's verdicts with an organisation profile"),
  optionLine('--ignore GLOB', 'leave out files that match (repeatable), e.g. "README.json"'),
  optionLine('--help', 'show this help'),
].join('\n')}
`;

function isLogFormat(name: string): name is keyof typeof LOG_FORMATS {
  return Object.hasOwn(LOG_FORMATS, name);
}

export async function runLog(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommand(
    argv,
    {
      format: { type: 'string', default: 'markdown' },
      today: { type: 'string' },
      profile: { type: 'string' },
      ignore: { type: 'string', multiple: true },
    },
    LOG_USAGE,
    io,
  );
  if ('exit' in command) return command.exit;
  const {
    args: { values, positionals },
    usageError,
  } = command;
  if (positionals.length === 0) return usageError('Name the decisions directory.');
  const format = values.format;
  if (!isLogFormat(format)) return usageError(unknownFormat(Object.keys(LOG_FORMATS), format));
  const today = values.today ?? io.today();
  if (!isCalendarDate(today))
    return usageError(`--today must be a date as YYYY-MM-DD, not "${today}".`);
  const kb = getKnowledgeBase();
  const profile =
    values.profile === undefined ? undefined : await openProfile(io, kb, values.profile);
  if (profile && !profile.ok) {
    io.stderr(profile.message);
    return profile.code;
  }
  const matchers = (values.ignore ?? []).map(globMatcher);
  const found = await collectPaths(io, positionals, (p) => matchers.some((m) => m(p)));
  for (const path of found.missing)
    io.stderr(`Cannot read "${path}": no such file or directory.\n`);
  if (found.missing.length > 0) return 2;

  const scoring = profile ? withProfile(kb, profile.profile) : kb;
  const applied = profile ? profileIdentity(profile.profile) : null;
  const rows: DecisionLogRow[] = [];
  const unreadable: DecisionLog['unreadable'] = [];
  for (const path of found.paths) {
    const fileName = basename(path);
    const read = await readRegularFile(io, path);
    if (!read.ok) {
      unreadable.push({ fileName, reason: `cannot be read: ${read.reason}.` });
      continue;
    }
    const decoded = decodeAnswersFile(kb, read.text);
    if (!decoded.ok) {
      unreadable.push({ fileName, reason: describeFailure(decoded.reason).lines.join(' ') });
      continue;
    }
    rows.push(decisionLogRow(kb, scoring, decoded.value, fileName, today, applied));
  }
  io.stdout(
    LOG_FORMATS[format]({
      rows: numberDecisionLog(rows),
      unreadable,
      today,
      kbVersion: kb.version,
      profile: applied,
    }),
  );
  return unreadable.length > 0 ? 1 : 0;
}
