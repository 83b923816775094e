/** Argument parsing shared by the commands: node:util's parseArgs, with its errors as words. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './io';

export type ParsedArgs<T extends ParseArgsConfig> =
  { ok: true; args: ReturnType<typeof parseArgs<T>> } | { ok: false; message: string };

/**
 * `parseArgs` in strict mode, returning its complaint (an unknown option, a missing value)
 * instead of throwing it, so the command can print it with its usage and exit 2.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ParsedArgs<T> {
  try {
    return { ok: true, args: parseArgs(config) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * A command's arguments (its options, `--help`, and positionals), with what every command does
 * alike done here: a usage error (exit 2) prints the complaint and the usage, and `--help` prints
 * the usage (exit 0). Otherwise the parsed arguments, and `usageError` for the command's own
 * complaints about them.
 */
export function parseCommand<const O extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: O,
  usage: string,
  io: Pick<CliIo, 'stdout' | 'stderr'>,
):
  | { exit: number }
  | {
      args: ReturnType<
        typeof parseArgs<{ args: string[]; allowPositionals: true; options: O & typeof HELP }>
      >;
      usageError: (message: string) => number;
    } {
  const usageError = (message: string) => {
    io.stderr(`${message}\n\n${usage}`);
    return 2;
  };
  const config = {
    args: [...argv],
    allowPositionals: true as const,
    options: { ...options, ...HELP },
  };
  const parsed = parseCommandArgs(config);
  if (!parsed.ok) return { exit: usageError(parsed.message) };
  const repeated = repeatedOption(config);
  if (repeated) return { exit: usageError(`--${repeated} is given more than once; give it once.`) };
  if ((parsed.args.values as { help?: boolean }).help) {
    io.stdout(usage);
    return { exit: 0 };
  }
  return { args: parsed.args, usageError };
}

/**
 * The first option given more than once that takes one value (parseArgs would silently keep the
 * last), or null.
 */
function repeatedOption(config: ParseArgsConfig): string | null {
  const { tokens } = parseArgs({ ...config, tokens: true });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = config.options?.[token.name];
    if (option?.multiple) continue;
    if (seen.has(token.name)) return token.name;
    seen.add(token.name);
  }
  return null;
}

/** A format table's names as its option's help writes them: "text|markdown|json". */
export function formatChoices(table: object): string {
  return Object.keys(table).join('|');
}

/**
 * An option's line in a command's help: the option padded to `width`, then what it does (the
 * help of every command lines up its options this way).
 */
export function optionLine(option: string, words: string, width = 30): string {
  return `  ${option.padEnd(Math.max(width, option.length + 2))}${words}`;
}

/** The complaint about a `--format` none of `names` matches: "--format must be a, b or c, not "x"." */
export function unknownFormat(names: readonly string[], given: string): string {
  return `--format must be ${names.join(', ').replace(/, ([^,]*)$/, ' or $1')}, not "${given}".`;
}

/**
 * Where the app is hosted, for permalinks written into a record: an http(s) address without a
 * user name or password, returned in its normal form without any fragment.
 */
export function parseLinkBase(
  value: string,
): { ok: true; base: string } | { ok: false; message: string } {
  const refuse = {
    ok: false as const,
    message: `--link-base must be the http(s) address where the app is hosted, e.g. https://example.com/rust-or-go/; "${value}" is not.`,
  };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refuse;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse;
  if (url.username !== '' || url.password !== '') return refuse;
  url.hash = '';
  return { ok: true, base: url.href };
}
