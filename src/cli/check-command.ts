/**
 * `rust-or-go check <answers.json | directory>… [--today YYYY-MM-DD]`
 *
 * Holds every recorded decision to what it says: re-scores each answers file and fails, naming the
 * file and the service, when a saved verdict differs from today's, when the decision's review-by
 * date has passed, or when a revisit trigger the file watches has been marked as fired.
 *
 * Exit codes: 0 every decision holds; 1 one does not, or a file is not a valid answers file;
 * 2 wrong arguments, or a path that cannot be read.
 */
import { join } from 'node:path';
import { getKnowledgeBase } from '../../content';
import { isCalendarDate } from '../domain/answers-file';
import { checkDecision, describeDecisionFinding } from '../domain/decision-check';
import { parseCommand } from './args';
import { describeReadError, type CliIo } from './io';
import { openAnswersFile } from './open-answers';
import { openProfile } from './open-profile';
import { buildReport } from './report-data';

export const CHECK_USAGE = `Usage: rust-or-go check <answers.json | directory>… [options]

Checks that each decision recorded in an answers file still holds. A directory means every
*.json file in it that is an answers file. Fails when a saved verdict differs from today's,
when a decision's review-by date has passed, or when a watched revisit trigger has fired.

Options:
  --today YYYY-MM-DD   the date to hold review-by dates to (default: today)
  --profile FILE       apply an organisation profile to every verdict
  --help               show this help

Exit codes: 0 every decision holds; 1 one needs re-opening, or a file is not a valid answers
file; 2 wrong arguments or a path that cannot be read.
`;

interface Target {
  path: string;
  /** Named on the command line, rather than found in a directory. */
  named: boolean;
}

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommand(
    argv,
    {
      today: { type: 'string' },
      profile: { type: 'string' },
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

  const targets: Target[] = [];
  for (const path of positionals) {
    let entries: string[] | null;
    try {
      entries = await io.readDirectory(path);
    } catch (error) {
      io.stderr(`Cannot read "${path}": ${describeReadError(error)}.\n`);
      return 2;
    }
    if (entries === null) targets.push({ path, named: true });
    else
      targets.push(
        ...entries
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => ({ path: join(path, name), named: false })),
      );
  }

  const kb = getKnowledgeBase();
  const profile =
    values.profile === undefined ? undefined : await openProfile(io, kb, values.profile);
  if (profile && !profile.ok) {
    io.stderr(profile.message);
    return profile.code;
  }
  if (profile) {
    const { name } = profile.profile.profile;
    io.stdout(`Organisation profile: ${name} (${profile.profile.hash}).
`);
  }
  let checked = 0;
  let failed = 0;
  for (const { path, named } of targets) {
    const opened = await openAnswersFile(io, kb, path);
    if (!opened.ok) {
      if (opened.code === 2) {
        io.stderr(opened.message);
        return 2;
      }
      // Other JSON in a directory (a package.json, a config) is not ours to judge.
      const notOurs =
        opened.reason.kind === 'not-an-answers-file' || opened.reason.kind === 'not-json';
      if (!named && notOurs) continue;
      checked++;
      failed++;
      io.stdout(`FAIL ${opened.message}`);
      continue;
    }
    checked++;
    const { decision, inputs } = opened.file;
    const { comparisons } = buildReport(kb, opened.file, { today, profile: profile?.profile });
    const result = checkDecision(kb, decision, comparisons, today);
    if (result.kind === 'superseded') {
      io.stdout(
        `ok   ${path}: superseded${result.supersededBy ? ` by ${result.supersededBy}` : ''}; not checked.\n`,
      );
      continue;
    }
    if (result.findings.length === 0) {
      const services = inputs.services.length;
      io.stdout(
        `ok   ${path}: ${services === 1 ? 'the verdict holds' : `all ${services} verdicts hold`}${result.reviewBy ? `; review by ${result.reviewBy}` : ''}.\n`,
      );
      continue;
    }
    failed++;
    io.stdout(`FAIL ${path}:\n`);
    for (const finding of result.findings) io.stdout(`  - ${describeDecisionFinding(finding)}\n`);
  }

  if (checked === 0) {
    io.stderr(`No answers files found in ${positionals.map((p) => `"${p}"`).join(', ')}.\n`);
    return 2;
  }
  io.stdout(
    failed === 0
      ? `Checked ${checked} answers ${checked === 1 ? 'file' : 'files'} on ${today}: every decision holds.\n`
      : `Checked ${checked} answers ${checked === 1 ? 'file' : 'files'} on ${today}: ${failed} ${failed === 1 ? 'needs' : 'need'} re-opening.\n`,
  );
  return failed === 0 ? 0 : 1;
}
