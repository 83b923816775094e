/**
 * `rust-or-go profile from-radar <radar.csv | radar.json> [--name NAME]`
 *
 * Prints an organisation profile (JSON) on standard output from a technology radar the
 * organisation already keeps (see src/domain/radar.ts for the formats read), ready for
 * `check --profile` and for the app. What was found and ignored goes to standard error.
 *
 * Exit codes: 0 done; 1 the radar cannot be read or names neither language, or the profile it
 * gives is not valid; 2 wrong arguments or a file that cannot be read.
 */
import { basename } from 'node:path';
import { getKnowledgeBase } from '../../content';
import { decodeProfile } from '../domain/profile';
import { profileFromRadar, RADAR_KIND_NAME } from '../domain/radar';
import { optionLine, parseCommand } from './args';
import { readRegularFile, type CliIo } from './io';

export const PROFILE_USAGE = `Usage: rust-or-go profile from-radar <radar.csv | radar.json> [options]

Prints an organisation profile (JSON) from a technology radar: a Thoughtworks "Build your own
radar" CSV (name,ring,quadrant,isNew,description), or the JSON of the Zalando tech radar or of
Backstage's tech-radar plugin. Entries named Rust or Go (or Golang) give the rings; others are
ignored and counted. Save the output as profile.json and pass it to check --profile.

Options:
${[
  optionLine('--name NAME', "the profile's name (default: the radar file's name)"),
  optionLine('--help', 'show this help'),
].join('\n')}
`;

export async function runProfile(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommand(argv, { name: { type: 'string' } }, PROFILE_USAGE, io);
  if ('exit' in command) return command.exit;
  const {
    args: { values, positionals },
    usageError,
  } = command;
  const [sub, file, ...extra] = positionals;
  if (sub !== 'from-radar') {
    return usageError(
      sub === undefined ? 'Name what to do: from-radar.' : `Unknown "profile ${sub}".`,
    );
  }
  if (file === undefined) return usageError('Name the radar file to read.');
  if (extra.length > 0)
    return usageError(`One radar at a time; got "${file}" and "${extra.join('", "')}".`);
  const read = await readRegularFile(io, file);
  if (!read.ok) {
    io.stderr(`Cannot read "${file}": ${read.reason}.\n`);
    return 2;
  }
  const name = values.name ?? basename(file).replace(/\.(csv|json)$/i, '');
  const result = profileFromRadar(read.text, name);
  if (!result.ok) {
    io.stderr(`"${file}": ${result.message}\n`);
    return 1;
  }
  const text = `${JSON.stringify(result.profile, null, 2)}\n`;
  // The profile must be one check --profile accepts (both languages on hold is not).
  const valid = decodeProfile(getKnowledgeBase(), text);
  if (!valid.ok) {
    io.stderr(
      `"${file}": the profile it gives is not valid:\n${valid.issues.map((i) => `  - ${i.field}: ${i.message}\n`).join('')}`,
    );
    return 1;
  }
  const found = Object.entries(result.found).map(
    ([l, ring]) => `${l === 'rust' ? 'Rust' : 'Go'} in ${ring}`,
  );
  io.stderr(
    `Read ${file} (${RADAR_KIND_NAME[result.kind]}): ${found.join(', ')}; ${result.ignored} other ${result.ignored === 1 ? 'entry' : 'entries'} ignored. Profile "${result.profile.name}" (${valid.value.hash}).\n`,
  );
  io.stdout(text);
  return 0;
}
