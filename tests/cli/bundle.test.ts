/**
 * The self-contained command line, as a team's CI runs it: dist/rust-or-go.mjs built on its own,
 * copied alone into an empty directory, and run there with `node` — no node_modules, no tsx.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNode } from '../support/run-cli';
import { buildCliBundle, CLI_BUNDLE_FILE } from '../../cli-bundle';

let buildDir: string;
let dir: string;

/** The bundle alone, run in the empty directory. */
const cli = (...args: string[]) => runNode([CLI_BUNDLE_FILE, ...args], dir);

const fixture = async (name: string) =>
  JSON.parse(await readFile(`tests/fixtures/${name}`, 'utf8')) as Record<string, unknown>;

const DECISION = { status: 'accepted', decidedOn: '2026-11-21', reviewBy: '2027-05-21' };

beforeAll(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'rust-or-go-build-'));
  dir = await mkdtemp(join(tmpdir(), 'rust-or-go-ci-'));
  await copyFile(await buildCliBundle(buildDir), join(dir, CLI_BUNDLE_FILE));
  await mkdir(join(dir, 'decisions'));
  const portfolio = await fixture('answers-portfolio.json');
  await writeFile(
    join(dir, 'decisions', 'portfolio.json'),
    JSON.stringify({ ...portfolio, formatVersion: 2, decision: DECISION }),
  );
  // Other JSON in the directory fails the check unless --ignore leaves it out.
  await writeFile(join(dir, 'decisions', 'package.json'), '{"name": "not-ours"}');
  await mkdir(join(dir, 'changed'));
  await copyFile(
    'tests/fixtures/answers-verdict-changed.json',
    join(dir, 'changed', 'resizer.json'),
  );
}, 120_000);

afterAll(async () => {
  await rm(buildDir, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
});

describe('rust-or-go.mjs, alone in an empty directory', () => {
  it('has nothing installed beside it', async () => {
    expect((await readdir(dir)).sort()).toEqual(['changed', 'decisions', CLI_BUNDLE_FILE]);
  });

  it('recommend prints each service’s verdict', async () => {
    const { code, stdout } = await cli('recommend', 'decisions/portfolio.json');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^image-resizer: Rust$/m);
    expect(stdout).toMatch(/^billing-api: Go$/m);
  });

  it('recommend keeps the JSON fields scripts read', async () => {
    const { stdout } = await cli('recommend', 'decisions/portfolio.json', '--format', 'json');
    const service = (
      JSON.parse(stdout) as {
        services: {
          verdict: { language: string };
          fragile: unknown;
          confidence: { level: string };
          flips: { answers: unknown };
        }[];
      }
    ).services[1]!;
    expect(service.verdict.language).toBe('rust');
    expect(typeof service.fragile).toBe('boolean');
    expect(service.confidence.level).toMatch(/^(low|medium|high)$/);
    expect(service.flips.answers).toBeDefined();
  });

  it('check passes on a directory whose decisions hold', async () => {
    const { code, stdout } = await cli(
      'check',
      'decisions',
      '--today',
      '2027-05-21',
      '--ignore',
      'package.json',
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      'ok   decisions/portfolio.json: all 3 verdicts hold; review by 2027-05-21.',
    );
    expect(stdout).not.toContain('package.json');
  });

  it('check fails, naming the file, once the review-by date has passed', async () => {
    const { code, stdout } = await cli('check', 'decisions', '--today', '2027-05-22');
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL decisions/portfolio.json:');
    expect(stdout).toContain('the decision was due for review on 2027-05-21. Re-open the decision');
  });

  it('check fails, naming the file and the service, when a saved verdict changed', async () => {
    const { code, stdout } = await cli('check', 'changed/resizer.json', '--today', '2026-12-01');
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL changed/resizer.json:');
    expect(stdout).toMatch(/service "image-resizer": the file records Go; today it is Rust/);
  });

  it('exits 2 for bad arguments or a path that cannot be read', async () => {
    expect((await cli('check', 'no-such-dir')).code).toBe(2);
    expect((await cli('check', 'decisions', '--today', '2027-13-01')).code).toBe(2);
    expect((await cli('audit')).code).toBe(2);
  });
});
