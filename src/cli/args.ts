/** Argument parsing shared by the commands: node:util's parseArgs, with its errors as words. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

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
