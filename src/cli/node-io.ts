/** The command line's io in Node: files, the terminal, and the system clock for "today". */
import { lstat, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { decodeFileBytes } from '../domain/file-text';
import type { CliIo, PathKind } from './io';

const codeOf = (error: unknown) =>
  error instanceof Error && 'code' in error ? String(error.code) : '';

async function inspect(path: string): Promise<PathKind> {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    return codeOf(error) === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable' };
  }
  if (info.isSymbolicLink()) {
    try {
      info = await stat(path);
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ELOOP') return { kind: 'looping-link' };
      if (code === 'ENOENT') return { kind: 'dangling-link' };
      return { kind: 'unreadable' };
    }
  }
  if (info.isFile()) return { kind: 'file', size: info.size };
  if (info.isDirectory()) return { kind: 'directory' };
  if (info.isFIFO()) return { kind: 'special', what: 'a named pipe (FIFO)' };
  if (info.isSocket()) return { kind: 'special', what: 'a socket' };
  if (info.isCharacterDevice() || info.isBlockDevice())
    return { kind: 'special', what: 'a device' };
  return { kind: 'special', what: 'not a file' };
}

export function nodeIo(): CliIo {
  return {
    readFile: async (path) => decodeFileBytes(await readFile(path)),
    readDirectory: (path) => readdir(path),
    inspect,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: () => new Date().toISOString().slice(0, 10),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  };
}
