/** `npm run recommend -- --team …`, run as the real process on member files in a temporary directory. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { getKnowledgeBase } from '../../content';
import { TEAM_FORMAT } from '../../src/cli/team-formats';

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
    expect(one.stderr).toContain('Name two or more answers files');
  }, 30_000);
});
