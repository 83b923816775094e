/**
 * `rust-or-go <command> …`: the commands, as a table. A new command is an entry here. Everything
 * the process touches comes in through `io`, and everything it prints is made safe for a
 * terminal first (terminal-safe.ts), so no command can forget to.
 */
import { CHECK_USAGE, runCheck } from './check-command';
import { terminalSafe, type CliIo } from './io';
import { LOG_USAGE, runLog } from './log-command';
import { PROFILE_USAGE, runProfile } from './profile-command';
import { RECOMMEND_USAGE, runRecommend } from './recommend-command';
import { runTeam, TEAM_USAGE } from './team-command';

interface Command {
  summary: string;
  usage: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  recommend: {
    summary: 'score an answers file and print the recommendation (text, Markdown or JSON)',
    usage: RECOMMEND_USAGE,
    run: runRecommend,
  },
  team: {
    summary: "compare team members' answers files of one plan (same as recommend --team)",
    usage: TEAM_USAGE,
    run: runTeam,
  },
  check: {
    summary: 'fail when a recorded decision no longer holds (for CI)',
    usage: CHECK_USAGE,
    run: runCheck,
  },
  log: {
    summary: 'print the decision log of a folder of decision files (Markdown or JSON)',
    usage: LOG_USAGE,
    run: runLog,
  },
  profile: {
    summary: 'print an organisation profile from a technology radar (profile from-radar)',
    usage: PROFILE_USAGE,
    run: runProfile,
  },
};

export const USAGE = `Usage: rust-or-go <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run "rust-or-go <command> --help" for a command's options.
`;

/** Runs the command line and returns its exit code. */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = terminalSafe(rawIo);
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(
      `${name === undefined ? 'Name a command.' : `Unknown command "${name}".`}\n\n${USAGE}`,
    );
    return 2;
  }
  return command.run(rest, io);
}
