/** Command-line entry point; see run-recommend.ts for what it does. */
import { readFile } from 'node:fs/promises';
import { runRecommend } from './run-recommend';

const code = await runRecommend(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: () => new Date().toISOString().slice(0, 10),
});
process.exitCode = code;
