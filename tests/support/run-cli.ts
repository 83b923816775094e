/** The command line run as a real process, for the tests that check its exit codes and output. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `node …args` in `cwd`; never throws: a failing exit gives its code and output. With `timeout`
 * (ms) a process still running then is killed, and its code is null: a hang fails the test.
 */
export async function runNode(
  args: readonly string[],
  cwd?: string,
  timeout?: number,
): Promise<Run> {
  try {
    const { stdout, stderr } = await exec('node', [...args], { cwd, timeout });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as Run;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The command line from source, as `npm run recommend` runs it (`rust-or-go …args`). */
export function runCli(...args: string[]): Promise<Run> {
  return runNode(['--import', 'tsx', 'src/cli/main.ts', ...args]);
}
