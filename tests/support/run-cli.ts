/** The command line run as a real process, for the tests that check its exit codes and output. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node …args` in `cwd`; never throws: a failing exit gives its code and output. */
export async function runNode(args: readonly string[], cwd?: string): Promise<Run> {
  try {
    const { stdout, stderr } = await exec('node', [...args], { cwd });
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
