/** Everything the command line touches outside itself, so tests can run it without a terminal. */
import { neutralise } from './terminal-safe';

/** What a path is, found without opening it (opening a pipe would wait for a writer). */
export type PathKind =
  | { kind: 'file'; size: number }
  | { kind: 'directory' }
  /** A pipe, a device or a socket: never read. */
  | { kind: 'special'; what: string }
  | { kind: 'missing' }
  | { kind: 'dangling-link' }
  | { kind: 'looping-link' }
  | { kind: 'unreadable' };

export interface CliIo {
  /** The file's text, decoded as the app decodes a file (see decodeFileBytes). */
  readFile(path: string): Promise<string>;
  /** The names in a directory; rejects when it cannot be read. */
  readDirectory(path: string): Promise<string[]>;
  /** What is at `path`, following a symbolic link. Never rejects. */
  inspect(path: string): Promise<PathKind>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today, as YYYY-MM-DD. */
  today(): string;
  /** Writes a file (`team … --write`); absent where nothing may be written. */
  writeFile?(path: string, text: string): Promise<void>;
}

/** The same io, with every printed character a terminal would act on made visible. */
export function terminalSafe(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(neutralise(text)),
    stderr: (text) => io.stderr(neutralise(text)),
  };
}

/** Why a path could not be read, in words. */
export function describeReadError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'it is a directory';
  return 'it cannot be read';
}

/** Why a path that is not a regular file is not read, in words; null for a regular file. */
export function describePathKind(kind: PathKind): string | null {
  switch (kind.kind) {
    case 'file':
      return null;
    case 'directory':
      return 'it is a directory, not a file';
    case 'special':
      return `it is ${kind.what}, not a regular file`;
    case 'missing':
      return 'no such file or directory';
    case 'dangling-link':
      return 'it is a symbolic link to nothing (dangling)';
    case 'looping-link':
      return 'it is a symbolic link that loops back on itself';
    case 'unreadable':
      return 'it cannot be read';
  }
}

/** Reads `path` only if it is a regular file; otherwise says why not. */
export async function readRegularFile(
  io: CliIo,
  path: string,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const kind = await io.inspect(path);
  const why = describePathKind(kind);
  if (why !== null) return { ok: false, reason: why };
  try {
    return { ok: true, text: await io.readFile(path) };
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
}
