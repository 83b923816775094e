/**
 * `rust-or-go recommend <answers.json> [--format text|markdown|json] [--check] [--link-base URL]
 *  [--profile profile.json]`
 *
 * Scores an answers file exported by the app with the same code the app uses, and prints the
 * recommendation in one of the formats of formats.ts.
 *
 * Exit codes: 0 done; 1 the file is not a valid answers file, or `--check` found a verdict that
 * differs from the one saved in the file; 2 wrong arguments or a file that cannot be read.
 */
import { getKnowledgeBase, linkTables } from '../../content';
import { encodePermalink } from '../domain/permalink/permalink';
import { profileIdentity, withProfile } from '../domain/profile';
import { describeSnapshot } from '../domain/verdict-snapshot';
import { nameOrUnnamed } from '../domain/words';
import { routes } from '../routes';
import { formatChoices, optionLine, parseCommand, unknownFormat, parseLinkBase } from './args';
import { FORMATS, isFormatName } from './formats';
import type { CliIo } from './io';
import { openAnswersFile } from './open-answers';
import { openProfile } from './open-profile';
import { buildReport } from './report-data';
import { runTeam } from './team-command';

export const RECOMMEND_USAGE = `Usage: rust-or-go recommend <answers.json> [options]

Scores a Rust or Go? answers file (saved from the app with "Download the answers (JSON)" or
"Download the answers file with the decision").

Options:
${[
  optionLine(`--format ${formatChoices(FORMATS)}`, 'output format (default: text)'),
  optionLine('--check', 'exit 1 if any verdict differs from the one saved in the file'),
  optionLine(
    '--link-base URL',
    'include a permalink to the answers, e.g. https://example.com/rust-or-go/',
  ),
  optionLine(
    '--profile FILE',
    'apply an organisation profile (rings, weights, runtimes, evidence)',
  ),
  optionLine(
    '--team A.json B.json …',
    'compare the answers files of team members (see "--team --help")',
  ),
  optionLine('--help', 'show this help'),
].join('\n')}
`;

export async function runRecommend(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes('--team')) return runTeam(argv, io);
  const command = parseCommand(
    argv,
    {
      format: { type: 'string', default: 'text' },
      check: { type: 'boolean', default: false },
      'link-base': { type: 'string' },
      profile: { type: 'string' },
    },
    RECOMMEND_USAGE,
    io,
  );
  if ('exit' in command) return command.exit;
  const {
    args: { values, positionals },
    usageError,
  } = command;
  const [file, ...extra] = positionals;
  if (file === undefined) return usageError('Name the answers file to score.');
  if (extra.length > 0) {
    return usageError(
      `Only one answers file at a time; got "${file}" and "${extra.join('", "')}".`,
    );
  }
  const format = values.format;
  if (!isFormatName(format)) {
    return usageError(unknownFormat(Object.keys(FORMATS), format));
  }
  let linkBase: string | undefined;
  if (values['link-base'] !== undefined) {
    const base = parseLinkBase(values['link-base']);
    if (!base.ok) return usageError(base.message);
    linkBase = base.base;
  }

  const kb = getKnowledgeBase();
  const profile =
    values.profile === undefined ? undefined : await openProfile(io, kb, values.profile);
  if (profile && !profile.ok) {
    io.stderr(profile.message);
    return profile.code;
  }
  const opened = await openAnswersFile(io, kb, file);
  if (!opened.ok) {
    io.stderr(opened.message);
    return opened.code;
  }
  const plan = opened.file;
  for (const dropped of plan.dropped) io.stderr(`Note: ${dropped.field}: ${dropped.message}\n`);
  const permalink = linkBase
    ? `${linkBase}#${routes.link.href(
        encodePermalink(
          profile ? withProfile(kb, profile.profile) : kb,
          plan.inputs,
          linkTables,
          profile ? profileIdentity(profile.profile) : undefined,
        ),
      )}`
    : undefined;
  const report = buildReport(kb, plan, {
    today: io.today(),
    permalink,
    profile: profile?.profile,
  });
  io.stdout(FORMATS[format](report));

  if (values.check) {
    const changed = report.comparisons.filter((c) => c.differs);
    // Interim: the comparison's `today` is a snapshot; a verdict ruled out by a profile reads as
    // the language left (see report-data.ts).
    for (const c of changed) {
      io.stderr(
        `Verdict changed for "${nameOrUnnamed(c.name)}": saved ${c.author ? describeSnapshot(kb, c.author) : 'nothing'}, today ${describeSnapshot(kb, c.today)}.\n`,
      );
    }
    if (changed.length > 0) return 1;
  }
  return 0;
}
