/**
 * `rust-or-go check <answers.json | directory>… [--today YYYY-MM-DD] [--profile FILE]
 *  [--ignore GLOB]… [--format text|json|junit|github]`
 *
 * Holds every recorded decision to what it says, and fails closed: re-scores each answers file
 * and fails, naming the file and the service, when a saved language differs from today's, when
 * the decision's review-by date has passed, when a revisit trigger the file watches has been
 * marked as fired, or when it was recorded under an organisation profile that is not applied. In
 * a directory every `.json` is checked: one that is not a readable answers file fails with its
 * reason unless `--ignore` matches it. Only regular files are read: pipes, devices, directories
 * and broken links are each reported, and the run goes on to the rest.
 *
 * Exit codes: 0 every decision holds; 1 one does not, or a file is not a valid answers file;
 * 2 wrong arguments, or a path named that does not exist.
 */
import { getKnowledgeBase } from '../../content';
import { isCalendarDate } from '../domain/answers-file';
import { profileIdentity } from '../domain/profile';
import { formatChoices, optionLine, parseCommand, unknownFormat } from './args';
import { CHECK_FORMATS, type CheckFormatName } from './check-formats';
import { collectPaths, runChecks, summarise } from './check-run';
import { globMatcher } from './glob';
import type { CliIo } from './io';
import { openProfile } from './open-profile';

export const CHECK_USAGE = `Usage: rust-or-go check <answers.json | directory>… [options]

Checks that each decision recorded in an answers file still holds. A directory means every
*.json file in it: each must be a readable answers file, unless --ignore matches it. Fails when
a saved language differs from today's, when a decision's review-by date has passed, when a
watched revisit trigger has fired, or when the file was recorded under an organisation profile
that is not applied.

Options:
${[
  optionLine('--today YYYY-MM-DD', 'the date to hold review-by dates to (default: today)'),
  optionLine('--profile FILE', 'apply an organisation profile to every verdict'),
  optionLine('--ignore GLOB', 'leave out files that match (repeatable), e.g. "package.json"'),
  optionLine(
    `--format ${formatChoices(CHECK_FORMATS)}`,
    'output format (default: text); junit and github for CI',
  ),
  optionLine('--help', 'show this help'),
].join('\n')}

Exit codes: 0 every decision holds; 1 one needs re-opening, or a file is not a readable answers
file; 2 wrong arguments or a path named that does not exist.
`;

function isCheckFormat(name: string): name is CheckFormatName {
  return Object.hasOwn(CHECK_FORMATS, name);
}

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommand(
    argv,
    {
      today: { type: 'string' },
      profile: { type: 'string' },
      ignore: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
    },
    CHECK_USAGE,
    io,
  );
  if ('exit' in command) return command.exit;
  const {
    args: { values, positionals },
    usageError,
  } = command;
  if (positionals.length === 0)
    return usageError('Name the answers files or directories to check.');
  const today = values.today ?? io.today();
  if (!isCalendarDate(today))
    return usageError(`--today must be a date as YYYY-MM-DD, not "${today}".`);
  const format = values.format;
  if (!isCheckFormat(format)) return usageError(unknownFormat(Object.keys(CHECK_FORMATS), format));
  const matchers = (values.ignore ?? []).map(globMatcher);

  const kb = getKnowledgeBase();
  const profile =
    values.profile === undefined ? undefined : await openProfile(io, kb, values.profile);
  if (profile && !profile.ok) {
    io.stderr(profile.message);
    return profile.code;
  }
  const found = await collectPaths(io, positionals, (path) => matchers.some((m) => m(path)));
  if (found.paths.length === 0 && found.missing.length === 0) {
    io.stderr(
      `No answers files found in ${positionals.map((p) => `"${p}"`).join(', ')}${found.ignored > 0 ? ` (${found.ignored} ignored)` : ''}.\n`,
    );
    return 2;
  }
  const files = await runChecks(io, kb, found.paths, today, profile?.profile);
  const run = {
    today,
    profile: profile ? profileIdentity(profile.profile) : null,
    files,
    ignored: found.ignored,
    missing: found.missing,
  };
  io.stdout(CHECK_FORMATS[format](run));
  if (found.missing.length > 0) {
    for (const path of found.missing)
      io.stderr(`Cannot read "${path}": no such file or directory.\n`);
    return 2;
  }
  return summarise(run).failed ? 1 : 0;
}
