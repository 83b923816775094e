import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/node-io';
import { runCli } from '../../src/cli/run-cli';

let dir: string;

/** Runs `rust-or-go check …` in-process on files in a temporary directory. */
async function check(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', ...argv], {
    ...nodeIo(),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: () => '2026-12-01',
  });
  return { code, stdout, stderr };
}

async function writeDecision(name: string, decision: Record<string, unknown> | undefined) {
  const file = JSON.parse(await readFile('tests/fixtures/answers-portfolio.json', 'utf8')) as {
    [key: string]: unknown;
  };
  await writeFile(join(dir, name), JSON.stringify({ ...file, formatVersion: 2, decision }));
  return join(dir, name);
}

const DECISION = { status: 'accepted', decidedOn: '2026-11-21', reviewBy: '2027-05-21' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rust-or-go-check-'));
  await mkdir(join(dir, 'empty'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rust-or-go check', () => {
  it('holds a decision until its review-by date, using the clock when --today is not given', async () => {
    const path = await writeDecision('holds.json', DECISION);
    expect((await check(path)).code).toBe(0);
    expect((await check(path, '--today', '2027-05-22')).code).toBe(1);
  });

  it('fails when a watched revisit trigger has fired, naming it, and passes while it is watched', async () => {
    const watched = await writeDecision('watched.json', {
      ...DECISION,
      triggers: { 'security-incident': 'watched' },
    });
    expect((await check(watched)).code).toBe(0);
    const fired = await writeDecision('fired.json', {
      ...DECISION,
      triggers: { 'security-incident': 'fired' },
    });
    const { code, stdout } = await check(fired);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /FAIL .*fired\.json:\n {2}- the revisit trigger ".+" has fired\. Re-open/,
    );
  });

  it('does not hold a superseded decision to anything', async () => {
    const path = await writeDecision('old.json', {
      ...DECISION,
      status: 'superseded',
      supersededBy: 'ADR-0042',
    });
    const { code, stdout } = await check(path, '--today', '2030-01-01');
    expect(code).toBe(0);
    expect(stdout).toContain('superseded by ADR-0042; not checked');
  });

  it('fails on a named file that is not a valid answers file, and exits 2 when there is nothing to check', async () => {
    expect((await check('tests/fixtures/answers-invalid.json')).code).toBe(1);
    expect((await check(join(dir, 'empty'))).code).toBe(2);
    expect((await check()).code).toBe(2);
  });
});
