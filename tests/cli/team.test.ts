/** `npm run recommend -- --team …`, run as the real process on member files in a temporary directory. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { getKnowledgeBase } from '../../content';
import { TEAM_FORMAT } from '../../src/cli/team-formats';
import { decodeAnswersFile } from '../../src/domain/answers-file';
import { encodePermalink } from '../../src/domain/permalink/permalink';
import { encodeTeamFile } from '../../src/domain/team-link';
import type { Settlement } from '../../src/domain/team-settle';
import { linkTables } from '../../content';

const kb = getKnowledgeBase();
let dir: string;

/** Runs `recommend --team …` as a process; never throws, returns the exit code. */
const team = (...args: string[]) => runCli('recommend', '--team', ...args);

type Plan = { services: { id: string; answers: Record<string, string> }[]; member?: string };

/**
 * Writes a member's file: the two-service fixture plan with `change` applied to billing-api, whose
 * p99 budget every member puts under 10 ms (so a hard tail deadline decides it).
 */
async function member(
  file: string,
  change: Record<string, string>,
  extra: Partial<Plan> = {},
): Promise<string> {
  const plan = JSON.parse(await readFile('tests/fixtures/answers-portfolio.json', 'utf8')) as Plan;
  plan.services = plan.services.slice(0, 2);
  const [billing] = plan.services;
  if (billing) billing.answers = { ...billing.answers, 'latency-budget': 'under-10ms', ...change };
  await writeFile(join(dir, file), JSON.stringify({ ...plan, ...extra }));
  return join(dir, file);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rust-or-go-team-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Three members of one two-service plan: they differ on one question that decides billing-api's
// verdict (a hard tail deadline) and one that does not (the bottleneck).
const decisive = 'tail-spikes';
const quiet = 'bottleneck';

describe('recommend --team', () => {
  it('prints each member’s verdict and the disagreements, the decisive one first, as JSON', async () => {
    const files = [
      await member('ana.json', {}),
      await member('ben.json', { [decisive]: 'no' }),
      await member('c.json', { [decisive]: 'yes', [quiet]: 'mixed' }, { member: 'Cleo' }),
    ];
    const { code, stdout } = await team(...files, '--format', 'json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      format: string;
      knowledgeBaseVersion: string;
      services: {
        id: string;
        members: { member: string; verdict: { kind: string } }[];
        disagreements: { questionId: string; answers: Record<string, string>; decisive: boolean }[];
        proposed: { verdict: { kind: string } };
      }[];
    };
    expect(out.format).toBe(TEAM_FORMAT);
    expect(out.knowledgeBaseVersion).toBe(kb.version);
    const [billing, resizer] = out.services;
    expect(billing?.members.map((m) => m.member)).toEqual(['ana', 'ben', 'Cleo']);
    expect(billing?.disagreements.map((d) => [d.questionId, d.decisive])).toEqual([
      [decisive, true],
      [quiet, false],
    ]);
    expect(billing?.disagreements[0]?.answers).toEqual({ ana: 'rarely', ben: 'no', Cleo: 'yes' });
    expect(billing?.proposed.verdict.kind).toBeDefined();
    expect(resizer?.disagreements).toEqual([]);
  }, 30_000);

  it('prints text and Markdown with the decisive disagreement marked', async () => {
    const files = [await member('ana.json', {}), await member('ben.json', { [decisive]: 'no' })];
    const text = await team(...files);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ {2}DECISIVE /m);
    const markdown = await team(...files, '--format=markdown');
    expect(markdown.stdout).toContain('# Team decision: ana, ben');
    expect(markdown.stdout).toContain('| **Yes** |');
  }, 30_000);

  it('refuses plans with different services with a clear message and exit 1', async () => {
    const plan = JSON.parse(
      await readFile('tests/fixtures/answers-portfolio.json', 'utf8'),
    ) as Plan;
    await writeFile(join(dir, 'three.json'), JSON.stringify(plan));
    const { code, stderr, stdout } = await team(
      await member('ana.json', {}),
      join(dir, 'three.json'),
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('three’s plan is not the same plan');
  }, 30_000);

  it('asks for two or more files, with exit 2', async () => {
    const one = await team(await member('ana.json', {}));
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('name two or more answers files');
  }, 30_000);
});

/** A team view file as the app saves it: Ana, Ben and Cleo's plans as links, and the settlements. */
async function teamView(file: string, settlements: Settlement[]): Promise<string> {
  const links = [];
  for (const [name, change] of [
    ['Ana', {}],
    ['Ben', { [decisive]: 'no', [quiet]: 'mixed' }],
    ['Cleo', { [decisive]: 'yes', [quiet]: 'mixed' }],
  ] as const) {
    const opened = decodeAnswersFile(
      kb,
      await readFile(await member(`${name}.json`, change), 'utf8'),
    );
    if (!opened.ok) throw new Error('fixture');
    links.push({ member: name, link: encodePermalink(kb, opened.value.inputs, linkTables) });
  }
  await writeFile(join(dir, file), encodeTeamFile(links, { lead: 'Ana', settlements }));
  return join(dir, file);
}

describe('team TEAM-VIEW.json --write FILE', () => {
  const tie: Settlement = { key: `s1/${decisive}`, value: 'no', by: 'Ana', at: '2026-12-07' };

  it('writes the settled answers file, with who settled what and when, and check accepts it', async () => {
    const view = await teamView('settled-view.json', [tie]);
    const out = join(dir, 'settled.json');
    const written = await runCli('team', view, '--write', out);
    expect(written.stderr).toContain('Wrote the settled plan');
    expect(written.code).toBe(0);
    const file = JSON.parse(await readFile(out, 'utf8')) as {
      services: { answers: Record<string, string> }[];
      team: {
        members: string[];
        settled: {
          key: string;
          how: string;
          by?: string;
          at?: string;
          count: number;
          of: number;
        }[];
      };
    };
    expect(file.services[0]?.answers[decisive]).toBe('no');
    expect(file.services[0]?.answers[quiet]).toBe('mixed');
    expect(file.team.members).toEqual(['Ana', 'Ben', 'Cleo']);
    expect(file.team.settled).toContainEqual(
      expect.objectContaining({ key: `s1/${decisive}`, how: 'tie', by: 'Ana', at: '2026-12-07' }),
    );
    const check = await runCli('check', out);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  }, 60_000);

  it('refuses a team view whose decisive ties are not all settled, naming them', async () => {
    const view = await teamView('open-view.json', []);
    const out = join(dir, 'never.json');
    const refused = await runCli('team', view, '--write', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('The plan is not settled');
    expect(refused.stderr).toContain(kb.questions.find((q) => q.id === decisive)?.prompt ?? '?');
    await expect(readFile(out, 'utf8')).rejects.toThrow();
  }, 60_000);

  it('refuses a settlement of a question the members answered alike', async () => {
    const view = await teamView('alike-view.json', [
      tie,
      { key: 's2/workload-kind', value: 'crud-api', by: 'Ana', at: '2026-12-07' },
    ]);
    const refused = await runCli('team', view, '--write', join(dir, 'never.json'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the members did not answer it differently');
  }, 60_000);

  it('still compares answers files, and holds to the member limit', async () => {
    const files = [await member('ana.json', {}), await member('ben.json', { [decisive]: 'no' })];
    expect((await runCli('team', ...files)).code).toBe(0);
    const many = Array.from({ length: 21 }, () => files[0] ?? '');
    const tooMany = await runCli('team', ...many);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain('at most 20 members');
  }, 60_000);
});
