/** The command line's io in Node: files, the terminal, and the system clock for "today". */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import type { CliIo } from './io';

export function nodeIo(): CliIo {
  return {
    readFile: (path) => readFile(path, 'utf8'),
    readDirectory: async (path) => ((await stat(path)).isDirectory() ? readdir(path) : null),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: () => new Date().toISOString().slice(0, 10),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  };
}
