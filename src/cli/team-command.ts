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
import { getKnowledgeBase } from '../../content';
import { compareTeam, describeTeamFailure, type TeamMember } from '../domain/team';
import { formatChoices, optionLine, parseCommand, unknownFormat } from './args';
import type { CliIo } from './io';
import { openAnswersFile } from './open-answers';
import { TEAM_FORMATS } from './team-formats';

export const TEAM_USAGE = `Usage: rust-or-go recommend --team <a.json> <b.json> [more.json …] [options]

Compares the answers files of one plan, one per team member: each member's verdict, the answers
they differ on (the ones that decide a verdict first) and the proposed settled plan.
A member is named by the file's "member" field, else by the file name.

Options:
${[
  optionLine(`--format ${formatChoices(TEAM_FORMATS)}`, 'output format (default: text)'),
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
    },
    TEAM_USAGE,
    io,
  );
  if ('exit' in command) return command.exit;
  const {
    args: { values, positionals },
    usageError,
  } = command;
  if (positionals.length < 2)
    return usageError('Name two or more answers files, one per member, to compare.');
  const format = values.format;
  if (!isTeamFormat(format)) {
    return usageError(unknownFormat(Object.keys(TEAM_FORMATS), format));
  }
  const kb = getKnowledgeBase();
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
