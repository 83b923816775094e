import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { runCli } from '../../src/cli/run-cli';
import { nodeIo } from '../../src/cli/node-io';

const kb = getKnowledgeBase();
const fixture = (name: string) => `tests/fixtures/${name}`;

/** Runs the command in-process, collecting what it prints. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['recommend', ...argv], {
    ...nodeIo(),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: () => '2026-11-21',
  });
  return { code, stdout, stderr };
}

describe('npm run recommend', () => {
  it('prints every service’s verdict, reasons, flips and the portfolio as text', async () => {
    const { code, stdout, stderr } = await run(fixture('answers-portfolio.json'));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(`knowledge base ${kb.version}`);
    expect(stdout).toMatch(/^billing-api: Go$/m);
    expect(stdout).toMatch(/^image-resizer: Rust$/m);
    expect(stdout).toMatch(/^admin: Go$/m);
    expect(stdout).toMatch(/What would flip it to (Rust|Go):/);
    expect(stdout).toContain('If an answer is off:');
    expect(stdout).toContain('If things change:');
    expect(stdout).toContain('plausible variations.');
    // A filed output never says "you answered".
    expect(stdout).not.toMatch(/you answered/i);
    expect(stdout).toContain('Portfolio: 3 services, 2 runtimes in production.');
    expect(stdout).toContain('Rust vs Go for Backend APIs, When Each One Wins');
  });

  it('shows a service not started as such, with what to answer first, and a deal-breaker by name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rust-or-go-recommend-'));
    const file = join(dir, 'plan.json');
    const plan = JSON.parse(await readFile(fixture('answers-portfolio.json'), 'utf8')) as {
      teamAnswers: Record<string, string>;
      services: { id: string; name: string; notes: string; answers: Record<string, string> }[];
    };
    plan.teamAnswers = { 'team-fluency': 'go', 'runtimes-in-production': 'neither' };
    plan.services = [
      { id: 's1', name: 'blank', notes: '', answers: {} },
      {
        id: 's2',
        name: 'gateway',
        notes: '',
        answers: { 'tail-spikes': 'no', 'latency-budget': 'under-10ms' },
      },
    ];
    await writeFile(file, JSON.stringify(plan));
    const { code, stdout } = await run(file);
    expect(code).toBe(0);
    const blank = stdout.slice(stdout.indexOf('blank:'), stdout.indexOf('gateway:'));
    expect(blank).toMatch(/^blank: Not started$/m);
    expect(blank).toContain('Answer these first:');
    expect(blank).not.toMatch(/confidence|What would flip it/);
    const breaker = kb.dealBreakers.find((d) => d.id === 'gc-pauses-break-it')!;
    expect(stdout).toContain(`Deal-breaker: ${breaker.label} — rules out Go.`);
    // The portfolio counts no runtime for a service not started: only the gateway's Rust.
    expect(stdout).toContain('2 services, 1 runtime in production');
  });

  it('prints a MADR record for the portfolio as Markdown', async () => {
    const { code, stdout } = await run(fixture('answers-portfolio.json'), '--format', 'markdown');
    expect(code).toBe(0);
    expect(stdout.startsWith('---\nstatus: accepted\ndate: 2026-11-21\n---\n')).toBe(true);
    expect(stdout).toContain('# Choose the language per service: Go for 2, Rust for 1');
    expect(stdout).toContain('| image-resizer | Rust |');
    expect(stdout).toContain('No permalink was included.');
  });

  it('adds a permalink that opens the same answers when given where the app is hosted', async () => {
    const { stdout } = await run(
      fixture('answers-portfolio.json'),
      '--format=markdown',
      '--link-base',
      'https://example.org/rust-or-go/',
    );
    expect(stdout).toMatch(
      /Permalink to these answers: <https:\/\/example\.org\/rust-or-go\/#\/link\/[A-Za-z0-9_-]+>/,
    );
  });

  it('prints JSON results a script can read', async () => {
    const { code, stdout } = await run(fixture('answers-portfolio.json'), '--format', 'json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      format: string;
      knowledgeBaseVersion: string;
      services: { name: string; verdict: { language: string }; changedSinceSaved: boolean }[];
      portfolio: { extraRuntimes: number };
    };
    expect(result.format).toBe('rust-or-go-result');
    expect(result.knowledgeBaseVersion).toBe(kb.version);
    expect(result.services.map((s) => [s.name, s.verdict.language])).toEqual([
      ['billing-api', 'go'],
      ['image-resizer', 'rust'],
      ['admin', 'go'],
    ]);
    expect(result.services.every((s) => !s.changedSinceSaved)).toBe(true);
    expect(result.portfolio.extraRuntimes).toBe(1);
  });

  it('--check passes when every verdict matches the file and fails, naming the service, when one changed', async () => {
    expect((await run(fixture('answers-portfolio.json'), '--check')).code).toBe(0);
    const changed = await run(fixture('answers-verdict-changed.json'), '--check');
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(
      /Verdict changed for "image-resizer": saved .*Go.*, today .*Rust/,
    );
    expect(changed.stdout).toContain('Changed: the file recorded');
  });

  it('explains a malformed file, field by field, and exits 1', async () => {
    const invalid = await run(fixture('answers-invalid.json'));
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('some of it is not valid');
    expect(invalid.stderr).toContain('Service 1 › answers › latency-budget: expected string');
    expect(invalid.stderr).toContain('Weights › latency: must be at most 5');

    const truncated = await run(fixture('answers-truncated.json'));
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toContain('is not JSON');
  });

  it('says a newer format needs a newer version, and exits 1', async () => {
    const { code, stderr } = await run(fixture('answers-newer-format.json'));
    expect(code).toBe(1);
    expect(stderr).toContain('saved by a newer version of Rust or Go? (file format 7)');
  });

  it('exits 2 with usage for wrong arguments or a missing file', async () => {
    expect((await run()).code).toBe(2);
    const format = await run(fixture('answers-portfolio.json'), '--format', 'yaml');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be text, markdown or json');
    const missing = await run('no-such-file.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read "no-such-file.json": no such file or directory.');
  });
});

describe('the command as a process', () => {
  const exec = promisify(execFile);
  const cli = (...args: string[]) =>
    exec('node', ['--import', 'tsx', 'src/cli/main.ts', 'recommend', ...args]);

  it('exits 0 and prints the verdicts', async () => {
    const { stdout } = await cli(fixture('answers-portfolio.json'));
    expect(stdout).toMatch(/^image-resizer: Rust$/m);
  }, 30_000);

  it('exits 1 on an invalid file and 2 on a missing one', async () => {
    await expect(cli(fixture('answers-invalid.json'))).rejects.toMatchObject({ code: 1 });
    await expect(cli('missing.json')).rejects.toMatchObject({ code: 2 });
  }, 30_000);
});
