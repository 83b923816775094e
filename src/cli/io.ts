/** Everything the command line touches outside itself, so tests can run it without a terminal. */
import { neutralise } from './terminal-safe';

export interface CliIo {
  readFile(path: string): Promise<string>;
  /** The names in a directory, or null when `path` is a file; rejects when it cannot be read. */
  readDirectory(path: string): Promise<string[] | null>;
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
