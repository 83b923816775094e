/**
 * `rust-or-go recommend --team a.json b.json [more.json …] [--format text|markdown|json]`
 * (also `rust-or-go team …`): compares the answers files of one plan, one per member, and prints
 * each member's verdict, where they differ and which differences decide a verdict, and the
 * proposed settled plan.
 *
 * A member is named by the file's optional "member" field, else by its file name.
 * Exit codes: 0 done; 1 a file is not a valid answers file, or the plans do not match;
 * 2 wrong arguments or a file that cannot be read.
 */
import { basename } from 'node:path';
import { getKnowledgeBase, linkTables, type KnowledgeBase } from '../../content';
import { encodeAnswersFile } from '../domain/answers-file';
import {
  compareTeam,
  describeTeamFailure,
  MAX_TEAM_MEMBERS,
  type TeamMember,
} from '../domain/team';
import { decodeTeamFile, openTeamEntries, TEAM_FILE_FORMAT } from '../domain/team-link';
import { summariseSettlement, type TeamRecord } from '../domain/team-record';
import { describeSettlementProblem, describeTeamKey } from '../domain/team-settle';
import { formatChoices, optionLine, parseCommand, unknownFormat } from './args';
import { describeReadError, type CliIo } from './io';
import { openAnswersFile } from './open-answers';
import { TEAM_FORMATS } from './team-formats';

export const TEAM_USAGE = `Usage: rust-or-go recommend --team <a.json> <b.json> [more.json …] [options]
       rust-or-go team <TEAM-VIEW.json> [--write <settled.json>] [options]

Compares the answers files of one plan, one per team member (at most ${MAX_TEAM_MEMBERS}): each
member's verdict, the answers they differ on (the ones that decide a verdict first) and the
proposed settled plan. A member is named by the file's "member" field, else by the file name.

Given a team view saved from the app ("Save the team view as a file"), compares its members at
the plan as the lead settled it; with --write, writes that settled plan as an answers file,
recording who settled each question and when. Refused while a decisive tie is unsettled.

Options:
${[
  optionLine(`--format ${formatChoices(TEAM_FORMATS)}`, 'output format (default: text)'),
  optionLine('--write FILE', 'with a team view: write the settled answers file'),
  optionLine('--help', 'show this help'),
].join('\n')}
`;

function isTeamFormat(name: string): name is keyof typeof TEAM_FORMATS {
  return Object.hasOwn(TEAM_FORMATS, name);
}

/** The member name a file gives: its "member" field, else its file name without ".json". */
export function memberName(path: string, member: string | undefined): string {
  return member?.trim() || basename(path).replace(/\.json$/i, '');
}

export async function runTeam(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommand(
    argv,
    {
      team: { type: 'boolean', default: true },
      format: { type: 'string', default: 'text' },
      write: { type: 'string' },
    },
    TEAM_USAGE,
    io,
  );
  if ('exit' in command) return command.exit;
  const {
    args: { values, positionals },
    usageError,
  } = command;
  const format = values.format;
  if (!isTeamFormat(format)) {
    return usageError(unknownFormat(Object.keys(TEAM_FORMATS), format));
  }
  const kb = getKnowledgeBase();
  if (positionals.length === 1 && positionals[0])
    return runTeamView(kb, positionals[0], format, values.write, io);
  if (values.write !== undefined)
    return usageError('--write takes one team view file saved from the app, not answers files.');
  if (positionals.length < 2)
    return usageError(
      'Name two or more answers files, one per member, to compare (or one team view file).',
    );
  if (positionals.length > MAX_TEAM_MEMBERS)
    return usageError(
      `A team comparison takes at most ${MAX_TEAM_MEMBERS} members; got ${positionals.length}.`,
    );
  const members: TeamMember[] = [];
  for (const path of positionals) {
    const opened = await openAnswersFile(io, kb, path);
    if (!opened.ok) {
      io.stderr(opened.message);
      return opened.code;
    }
    const name = memberName(path, opened.file.member);
    for (const dropped of opened.file.dropped)
      io.stderr(`Note: ${name}: ${dropped.field}: ${dropped.message}\n`);
    members.push({ name, inputs: opened.file.inputs });
  }
  const result = compareTeam(kb, members);
  if (!result.ok) {
    io.stderr(`${describeTeamFailure(result.reason)}\n`);
    return 1;
  }
  io.stdout(TEAM_FORMATS[format]({ kb, comparison: result.value }));
  return 0;
}

/** A team view file: its members compared at the plan as settled; with `write`, the settled file. */
async function runTeamView(
  kb: KnowledgeBase,
  path: string,
  format: keyof typeof TEAM_FORMATS,
  write: string | undefined,
  io: CliIo,
): Promise<number> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    io.stderr(`Cannot read "${path}": ${describeReadError(error)}.\n`);
    return 2;
  }
  if (text.includes('"rust-or-go-answers"') && !text.includes(`"${TEAM_FILE_FORMAT}"`)) {
    io.stderr(
      `"${path}" is one answers file: name two or more answers files, one per member, to compare (or one team view file).\n`,
    );
    return 2;
  }
  const view = decodeTeamFile(text);
  if (!view.ok) {
    io.stderr(
      `"${path}" is not a team view file saved from the app:\n${view.issues.map((i) => `  - ${i.field}: ${i.message}\n`).join('')}`,
    );
    return 1;
  }
  const opened = openTeamEntries(kb, view.entries, linkTables);
  if (!opened.ok) {
    io.stderr(opened.issues.map((i) => `${i.field}: ${i.message}\n`).join(''));
    return 1;
  }
  const result = compareTeam(kb, opened.members, view.settlements);
  if (!result.ok) {
    io.stderr(`${describeTeamFailure(result.reason)}\n`);
    return 1;
  }
  const comparison = result.value;
  if (comparison.problems.length > 0) {
    io.stderr(comparison.problems.map((p) => `${describeSettlementProblem(kb, p)}\n`).join(''));
    return 1;
  }
  io.stdout(TEAM_FORMATS[format]({ kb, comparison }));
  if (write === undefined) return 0;
  if (comparison.open.length > 0) {
    io.stderr(
      `The plan is not settled: ${comparison.open.length === 1 ? 'a decisive tie waits' : `${comparison.open.length} decisive ties wait`} for the lead to choose. Settle ${comparison.open
        .map((d) => describeTeamKey(kb, d.key))
        .join('; ')} in the team view, save it again, and run this again.\n`,
    );
    return 1;
  }
  if (!io.writeFile) {
    io.stderr('This command line cannot write files here.\n');
    return 2;
  }
  const file = JSON.parse(
    encodeAnswersFile(kb, comparison.settled, new Date(`${io.today()}T00:00:00Z`)),
  ) as Record<string, unknown>;
  const team: TeamRecord = {
    members: comparison.members,
    settled: summariseSettlement(kb, comparison),
  };
  try {
    await io.writeFile(write, `${JSON.stringify({ ...file, team }, null, 2)}\n`);
  } catch (error) {
    io.stderr(`Cannot write "${write}": ${describeReadError(error)}.\n`);
    return 2;
  }
  io.stderr(`Wrote the settled plan to "${write}".\n`);
  return 0;
}
