/**
 * An organisation profile applied by the command line (`--profile`), run as a real process on a
 * textbook Rust service (the auth-token worked example) and on a three-service portfolio.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as cli } from '../support/run-cli';
import { getKnowledgeBase, linkTables } from '../../content';
import { decodeAnswersFile, encodeAnswersFile } from '../../src/domain/answers-file';
import { decodePermalink } from '../../src/domain/permalink/permalink';
import { decodeProfile, withProfile, profileHash, type Profile } from '../../src/domain/profile';
import { recommend } from '../../src/domain/recommend';

const kb = getKnowledgeBase();
let dir: string;

const profile = (fields: Record<string, unknown>) =>
  JSON.stringify({
    format: 'rust-or-go-profile',
    formatVersion: 1,
    name: 'Acme platform group',
    ...fields,
  });

const path = (name: string) => join(dir, name);
const PORTFOLIO = 'tests/fixtures/answers-portfolio.json';

interface JsonService {
  verdict: { kind: string; language: string; heldByProfile?: string };
  margin: number;
  marginAfterProfile: number | null;
  marginWithoutProfile: number | null;
  profileRules: { kind: string; points: number; decisive: boolean }[];
}
const services = (stdout: string) => (JSON.parse(stdout) as { services: JsonService[] }).services;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rust-or-go-profile-'));
  const preset = kb.presets.find((p) => p.id === 'auth-token-service')!;
  // The worked example is a textbook Rust service: the test means nothing if it is not.
  expect(recommend(kb, preset.answers).verdict).toMatchObject({ language: 'rust' });
  const inputs = {
    teamAnswers: {},
    weights: {},
    services: [{ id: 's1', name: 'auth-tokens', notes: '', answers: preset.answers }],
  };
  await writeFile(path('auth.json'), encodeAnswersFile(kb, inputs, new Date('2026-11-21')));
  await writeFile(path('hold.json'), profile({ rings: { rust: 'hold', go: 'adopt' } }));
  await writeFile(path('trial.json'), profile({ rings: { rust: 'trial' } }));
  await writeFile(
    path('one-runtime.json'),
    profile({
      maxRuntimes: 1,
      evidence: [
        {
          claim: 'Our Go services met their p99 budget all year.',
          figure: 'p99 38 ms at 4k rps',
          sourceTitle: 'Acme load tests',
          date: '2026-09',
        },
      ],
    }),
  );
  await writeFile(path('invalid.json'), profile({ rings: { rust: 'hodl' }, colour: 'red' }));
  await writeFile(path('unknown-weight.json'), profile({ weights: { 'not-a-criterion': 2 } }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--profile', () => {
  it('with Rust on hold, turns a textbook Rust service to Go, naming the profile', async () => {
    const text = await cli('recommend', path('auth.json'), '--profile', path('hold.json'));
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Organisation profile: Acme platform group \([0-9a-f]{8}\)$/m);
    expect(text.stdout).toContain(
      'auth-tokens: Go (Rust ruled out by the organisation profile “Acme platform group”)',
    );
    expect(text.stdout).toContain(
      'Profile: The organisation profile “Acme platform group” puts Rust on hold: not for new work. This rules it out here.',
    );
    const json = await cli(
      'recommend',
      path('auth.json'),
      '--profile',
      path('hold.json'),
      '--format',
      'json',
    );
    expect(services(json.stdout)[0]!.verdict).toEqual({
      kind: 'ruled-out',
      language: 'go',
      heldByProfile: 'rust',
    });
  }, 30_000);

  it('names the profile and its hash in every format, the record and the permalink', async () => {
    const hash = profileHash(
      JSON.parse(profile({ rings: { rust: 'hold', go: 'adopt' } })) as Profile,
    );
    const run = (format: string) =>
      cli(
        'recommend',
        path('auth.json'),
        '--profile',
        path('hold.json'),
        '--format',
        format,
        '--link-base',
        'https://rust-or-go.example/',
      );
    const [text, markdown, json] = await Promise.all([run('text'), run('markdown'), run('json')]);
    expect(text.stdout).toContain(`Organisation profile: Acme platform group (${hash})`);
    expect(JSON.parse(json.stdout)).toMatchObject({
      profile: { name: 'Acme platform group', hash },
    });
    // The record itself is scored with the profile, and says so.
    expect(markdown.stdout).toMatch(/^# Build auth-tokens in Go$/m);
    expect(markdown.stdout).toContain(
      `* Organisation profile applied: “Acme platform group” (${hash}).`,
    );
    const link = /<https:\/\/rust-or-go\.example\/#\/link\/([A-Za-z0-9_-]+)>/.exec(markdown.stdout);
    const opened = decodePermalink(kb, link?.[1] ?? '', linkTables);
    expect(opened.ok && opened.value.authorProfile).toEqual({ name: 'Acme platform group', hash });
  }, 30_000);

  it('with Rust on trial, raises its cost visibly without ruling it out', async () => {
    const json = await cli(
      'recommend',
      path('auth.json'),
      '--profile',
      path('trial.json'),
      '--format',
      'json',
    );
    expect(json.code).toBe(0);
    const [service] = services(json.stdout);
    expect(service!.verdict.language).toBe('rust');
    expect(service!.profileRules).toEqual([
      expect.objectContaining({ kind: 'adoption-cost', decisive: false }),
    ]);
    expect(service!.profileRules[0]!.points).toBeGreaterThan(0);
    expect(service!.marginAfterProfile).toBeLessThan(service!.marginWithoutProfile!);
    const text = await cli('recommend', path('auth.json'), '--profile', path('trial.json'));
    expect(text.stdout).toMatch(/^auth-tokens: Rust$/m);
    expect(text.stdout).toMatch(/has Rust in trial: .* Adoption cost: −\d+\.\d points for Rust\./);
  }, 30_000);

  it('with maxRuntimes 1, warns that the portfolio runs more, and lists its own evidence', async () => {
    const { code, stdout } = await cli(
      'recommend',
      PORTFOLIO,
      '--profile',
      path('one-runtime.json'),
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Warning: The organisation profile “Acme platform group” allows at most 1 runtime in production; these verdicts mean 2 (Go and Rust).',
    );
    expect(stdout).toContain('Evidence from the organisation profile “Acme platform group”:');
    expect(stdout).toContain('p99 38 ms at 4k rps) [Acme load tests, 2026-09]');
    const without = await cli('recommend', PORTFOLIO);
    expect(without.stdout).not.toContain('Warning:');
    // The Markdown record gives the warning once, in its outcome.
    const markdown = await cli(
      'recommend',
      PORTFOLIO,
      '--profile',
      path('one-runtime.json'),
      '--format',
      'markdown',
    );
    expect(markdown.stdout.match(/\*\*Warning:\*\* The organisation profile/g)).toHaveLength(1);
  }, 30_000);

  it('refuses an invalid profile, naming each field, with exit 1', async () => {
    const invalid = await cli('recommend', PORTFOLIO, '--profile', path('invalid.json'));
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('The profile is not valid:');
    expect(invalid.stderr).toContain('rings › rust: must be one of adopt, trial, assess, hold');
    expect(invalid.stderr).toContain('unknown key(s): colour');
    const weight = await cli('check', PORTFOLIO, '--profile', path('unknown-weight.json'));
    expect(weight.code).toBe(1);
    expect(weight.stderr).toContain('Weights › not-a-criterion: no criterion has this id');
  }, 30_000);

  it('passes check under the profile an answers file was saved with, as the app saves it', async () => {
    // The app records the verdicts its result page shows, which are scored with the profile.
    const opened = decodeProfile(kb, profile({ rings: { rust: 'hold' } }));
    if (!opened.ok) throw new Error(opened.summary);
    const plan = decodeAnswersFile(kb, await readFile(PORTFOLIO, 'utf8'));
    if (!plan.ok) throw new Error('fixture');
    const saved = path('saved-under-hold.json');
    await writeFile(
      saved,
      encodeAnswersFile(withProfile(kb, opened.value), plan.value.inputs, new Date()),
    );
    const held = await cli('check', saved, '--profile', path('hold.json'));
    expect(held.stdout).not.toMatch(/the file records/);
    expect(held.code).toBe(0);
    // Checked without it, the Rust service's saved verdict no longer holds, and check says so.
    const plain = await cli('check', saved);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toMatch(
      /service "image-resizer": the file records Go .*; today it is Rust/,
    );
  }, 30_000);

  it('makes check fail where the profile turns a saved verdict', async () => {
    const { code, stdout } = await cli('check', PORTFOLIO, '--profile', path('hold.json'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/service "image-resizer": the file records Rust; today it is Go/);
  }, 30_000);
});
