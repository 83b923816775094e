/**
 * `check`, `log` and `profile from-radar` as a team's CI runs them: the bundle alone in an empty
 * directory, run with `node`, on a decisions folder with every kind of file a real folder ends
 * up holding — and the odd ones (pipes, broken links, UTF-16, hostile keys). Every run has a
 * timeout, so a hang fails instead of waiting forever.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliBundle, CLI_BUNDLE_FILE } from '../../cli-bundle';
import { getKnowledgeBase } from '../../content';
import { encodeAnswersFile } from '../../src/domain/answers-file';
import type { PlannerInputs } from '../../src/domain/inputs';
import { decodeProfile, profileIdentity, withProfile } from '../../src/domain/profile';
import { CHECK_FORMATS } from '../../src/cli/check-formats';
import { runNode } from '../support/run-cli';

const kb = getKnowledgeBase();
const TIMEOUT = 20_000;
let buildDir: string;
let dir: string;

/** The bundle alone, run in the empty directory, killed if it runs longer than the test allows. */
const cli = (...args: string[]) => runNode([CLI_BUNDLE_FILE, ...args], dir, TIMEOUT - 5_000);
const at = (...parts: string[]) => join(dir, ...parts);

const DECISION = { status: 'accepted', decidedOn: '2026-11-21', reviewBy: '2027-05-21' };
const TODAY = '2026-12-01';

const PROFILE = {
  format: 'rust-or-go-profile',
  formatVersion: 1,
  name: 'Acme platform group',
  rings: { rust: 'hold', go: 'adopt' },
};
const OTHER_PROFILE = { ...PROFILE, name: 'Acme platform group', rings: { rust: 'trial' } };

const billing: PlannerInputs = {
  teamAnswers: { 'team-fluency': 'go', 'team-size': 'under-10' },
  weights: {},
  services: [
    {
      id: 's1',
      name: 'billing-api',
      notes: '',
      answers: {
        'workload-kind': 'crud-api',
        'service-origin': 'greenfield',
        'memory-safety-impact': 'serious',
        bottleneck: 'io',
        'latency-budget': 'relaxed',
        deadline: 'months',
      },
    },
  ],
};

async function portfolio(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile('tests/fixtures/answers-portfolio.json', 'utf8')) as Record<
    string,
    unknown
  >;
}

beforeAll(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'rust-or-go-build-'));
  dir = await mkdtemp(join(tmpdir(), 'rust-or-go-decisions-'));
  await copyFile(await buildCliBundle(buildDir), at(CLI_BUNDLE_FILE));
  const file = await portfolio();
  const opened = decodeProfile(kb, JSON.stringify(PROFILE));
  if (!opened.ok) throw new Error('profile');
  await writeFile(at('profile.json'), JSON.stringify(PROFILE));
  await writeFile(at('other-profile.json'), JSON.stringify(OTHER_PROFILE));

  // The folder of the "Done when": one of each, and a package.json to ignore.
  await mkdir(at('decisions'));
  await writeFile(
    at('decisions', '0001-good.json'),
    JSON.stringify({ ...file, formatVersion: 2, decision: DECISION }),
  );
  await copyFile('tests/fixtures/answers-truncated.json', at('decisions', '0002-truncated.json'));
  await writeFile(
    at('decisions', '0003-wrong-format.json'),
    JSON.stringify({ ...file, format: 'rust-or-go-answer' }),
  );
  await writeFile(at('decisions', '0004-format-1.json'), JSON.stringify(file));
  await copyFile('tests/fixtures/answers-newer-format.json', at('decisions', '0005-newer.json'));
  await writeFile(
    at('decisions', '0006-due.json'),
    JSON.stringify({
      ...file,
      formatVersion: 2,
      decision: { ...DECISION, decidedOn: '2026-01-10', reviewBy: '2026-07-10' },
    }),
  );
  await writeFile(
    at('decisions', '0007-billing-under-profile.json'),
    encodeAnswersFile(
      withProfile(kb, opened.value),
      billing,
      new Date('2026-11-21'),
      DECISION as never,
      profileIdentity(opened.value),
    ),
  );
  await writeFile(at('decisions', 'package.json'), '{"name": "not-ours"}');

  // The odd files, each beside one good decision.
  await mkdir(at('odd'));
  await writeFile(
    at('odd', 'good.json'),
    JSON.stringify({ ...file, formatVersion: 2, decision: DECISION }),
  );
  execFileSync('mkfifo', [at('odd', 'pipe.json')]);
  await symlink('nowhere.json', at('odd', 'dangling.json'));
  await symlink('looping.json', at('odd', 'looping.json'));
  await mkdir(at('odd', 'x.json'));
  const utf16 = JSON.stringify({ ...file, formatVersion: 2, decision: DECISION });
  await writeFile(
    at('odd', 'utf16.json'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]),
  );
  await writeFile(
    at('odd', 'proto-weights.json'),
    JSON.stringify(file).replace('"weights":{}', '"weights":{"__proto__":{"latency":5}}'),
  );
  await writeFile(
    at('odd', 'proto-triggers.json'),
    JSON.stringify({
      ...file,
      formatVersion: 2,
      decision: { ...DECISION, triggers: { 'security-incident': 'watched' } },
    }).replace('"triggers":{', '"triggers":{"__proto__":"fired",'),
  );
  await writeFile(
    at('odd', 'impossible-date.json'),
    JSON.stringify({
      ...file,
      formatVersion: 2,
      decision: { ...DECISION, reviewBy: '2027-02-30' },
    }),
  );
  const superseded = (by: string) => ({
    ...file,
    formatVersion: 2,
    decision: { ...DECISION, status: 'superseded', supersededBy: by },
  });
  await writeFile(at('odd', 'loop-a.json'), JSON.stringify(superseded('loop-b.json')));
  await writeFile(at('odd', 'loop-b.json'), JSON.stringify(superseded('loop-a')));
  await writeFile(at('odd', 'itself.json'), JSON.stringify(superseded('itself.json')));
  await writeFile(
    at('bad-date-profile.json'),
    JSON.stringify({
      ...PROFILE,
      evidence: [{ claim: 'Fast.', sourceTitle: 'Load test', date: '2026-13-45' }],
    }),
  );
  await writeFile(
    at('proto-profile.json'),
    JSON.stringify(PROFILE).replace('"rings"', '"weights":{"__proto__":{"latency":5}},"rings"'),
  );

  // A Go decision saved without a profile.
  await mkdir(at('go'));
  await writeFile(
    at('go', 'billing.json'),
    encodeAnswersFile(kb, billing, new Date('2026-11-21'), DECISION as never),
  );

  await mkdir(at('radars'));
  for (const name of [
    'byor.csv',
    'zalando.json',
    'backstage.json',
    'neither.csv',
    'golang-upper.json',
  ])
    await copyFile(join('tests/fixtures/radars', name), at('radars', name));
}, 120_000);

afterAll(async () => {
  await rm(buildDir, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
});

describe('check on a decisions folder', () => {
  it(
    'gives each file its line, the summary in words, and exit 1',
    async () => {
      const { code, stdout } = await cli('check', 'decisions', '--today', TODAY);
      expect(code).toBe(1);
      expect(stdout).toContain(
        'ok   decisions/0001-good.json: all 3 verdicts hold; review by 2027-05-21.',
      );
      expect(stdout).toMatch(
        /^FAIL decisions\/0002-truncated\.json: cannot be read: it is not JSON/m,
      );
      expect(stdout).toContain(
        'FAIL decisions/0003-wrong-format.json: not an answers file: its "format" is not "rust-or-go-answers".',
      );
      expect(stdout).toContain('ok   decisions/0004-format-1.json: all 3 verdicts hold.');
      expect(stdout).toContain('FAIL decisions/0005-newer.json: unknown format version 7');
      expect(stdout).toMatch(
        /FAIL decisions\/0006-due\.json:\n {2}- the decision was due for review on 2026-07-10\./,
      );
      expect(stdout).toContain(
        'FAIL decisions/0007-billing-under-profile.json:\n  - recorded under the organisation profile “Acme platform group”',
      );
      expect(stdout).toContain(': pass --profile with that profile to check it.');
      expect(stdout).toMatch(/^FAIL decisions\/package\.json: not an answers file/m);
      expect(stdout).not.toContain('the verdict changed');
      expect(stdout).toContain(
        'Checked 8 files on 2026-12-01: 2 decisions hold; 1 is due for review; 1 needs the profile it was recorded under; 1 file could not be read; 2 files are not valid answers files; 1 file has an unknown format version.',
      );
    },
    TIMEOUT,
  );

  it(
    'leaves out what --ignore matches, and passes once only good decisions are left',
    async () => {
      const ignored = await cli('check', 'decisions', '--today', TODAY, '--ignore', 'package.json');
      expect(ignored.stdout).not.toContain('package.json:');
      expect(ignored.stdout).toContain('1 file ignored (--ignore)');
      const deep = await cli('check', 'decisions', '--today', TODAY, '--ignore', '**/package.json');
      expect(deep.stdout).not.toContain('package.json:');
      const clean = await cli(
        'check',
        'decisions/0001-good.json',
        'decisions/0004-format-1.json',
        '--today',
        TODAY,
      );
      expect(clean.code).toBe(0);
      expect(clean.stdout).toContain('Checked 2 files on 2026-12-01: 2 decisions hold.');
    },
    TIMEOUT,
  );

  it(
    'checks a file recorded under a profile with that profile, and says so with another',
    async () => {
      const same = await cli(
        'check',
        'decisions/0007-billing-under-profile.json',
        '--profile',
        'profile.json',
        '--today',
        TODAY,
      );
      expect(same.code).toBe(0);
      expect(same.stdout).toContain(
        'ok   decisions/0007-billing-under-profile.json: the verdict holds',
      );
      const other = await cli(
        'check',
        'decisions/0007-billing-under-profile.json',
        '--profile',
        'other-profile.json',
        '--today',
        TODAY,
      );
      expect(other.stdout).toMatch(
        /note: recorded under the organisation profile “Acme platform group” \([0-9a-f]{8}\); checked with “Acme platform group” \([0-9a-f]{8}\)\./,
      );
    },
    TIMEOUT,
  );

  it(
    'writes JUnit XML with the testsuites / testsuite / testcase / failure structure reporters read',
    async () => {
      const { code, stdout } = await cli(
        'check',
        'decisions',
        '--today',
        TODAY,
        '--format',
        'junit',
      );
      expect(code).toBe(1);
      const doc = new DOMParser().parseFromString(stdout, 'text/xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      const root = doc.documentElement;
      expect(root.tagName).toBe('testsuites');
      const suites = [...root.children];
      expect(suites.map((s) => s.tagName)).toEqual(Array(8).fill('testsuite'));
      const good = suites.find((s) => s.getAttribute('name') === 'decisions/0001-good.json')!;
      // One test case per service, and one for the decision itself.
      expect([...good.children].map((c) => c.getAttribute('name'))).toEqual([
        'billing-api',
        'image-resizer',
        'admin',
        'decision',
      ]);
      expect(good.getAttribute('failures')).toBe('0');
      const due = suites.find((s) => s.getAttribute('name') === 'decisions/0006-due.json')!;
      const failure = due.querySelector('testcase[name="decision"] > failure');
      expect(failure?.getAttribute('message')).toContain('due for review on 2026-07-10');
      expect(Number(root.getAttribute('failures'))).toBe(6);
      expect(root.getAttribute('tests')).toBe(String(root.querySelectorAll('testcase').length));
    },
    TIMEOUT,
  );

  it(
    'prints one GitHub Actions annotation per failing file, escaped as workflow commands need',
    async () => {
      const { stdout } = await cli('check', 'decisions', '--today', TODAY, '--format', 'github');
      const errors = stdout.split('\n').filter((l) => l.startsWith('::error '));
      expect(errors).toHaveLength(6);
      expect(errors).toContainEqual(
        expect.stringMatching(
          /^::error file=decisions\/0006-due\.json,title=Decision no longer holds::the decision was due for review on 2026-07-10\. Re-open the decision%3A|^::error file=decisions\/0006-due\.json,title=Decision no longer holds::the decision was due/,
        ),
      );
      // A message's line breaks are escaped, so each annotation is one line.
      const truncated = errors.find((e) => e.includes('0002-truncated.json'))!;
      expect(truncated).toMatch(
        /^::error file=decisions\/0002-truncated\.json,title=Not a readable answers file::cannot be read/,
      );
    },
    TIMEOUT,
  );

  it(
    'lists its formats from the format table',
    async () => {
      const { stdout } = await cli('check', '--help');
      expect(stdout).toContain(`--format ${Object.keys(CHECK_FORMATS).join('|')}`);
    },
    TIMEOUT,
  );
});

describe('check on odd files', () => {
  it(
    'reports each odd file on its own line, checks the rest, and never hangs',
    async () => {
      const { code, stdout } = await cli('check', 'odd', '--today', TODAY);
      expect(code).toBe(1);
      const line = (name: string) =>
        stdout.split('\n').find((l) => l.includes(`odd/${name}`)) ?? '';
      expect(line('pipe.json')).toBe(
        'FAIL odd/pipe.json: cannot be read: it is a named pipe (FIFO), not a regular file.',
      );
      expect(line('dangling.json')).toContain('a symbolic link to nothing (dangling)');
      expect(line('looping.json')).toContain('a symbolic link that loops back on itself');
      expect(line('x.json')).toContain('it is a directory, not a file');
      expect(line('good.json')).toContain('ok   odd/good.json: all 3 verdicts hold');
      expect(line('utf16.json')).toContain('ok   odd/utf16.json: all 3 verdicts hold');
      expect(stdout).toMatch(
        /FAIL odd\/proto-weights\.json: not a valid answers file:\n {2}- Weights › __proto__: "__proto__" is not allowed as a key/,
      );
      expect(stdout).toMatch(
        /FAIL odd\/proto-triggers\.json: not a valid answers file:\n {2}- decision › triggers › __proto__: "__proto__" is not allowed/,
      );
      expect(stdout).toMatch(
        /FAIL odd\/impossible-date\.json: not a valid answers file:\n {2}- decision › reviewBy: is not a date in the calendar/,
      );
      expect(stdout).toContain('FAIL odd/itself.json:\n  - superseded by itself ("itself.json")');
      expect(stdout).toContain(
        'superseded in a loop (odd/loop-a.json → odd/loop-b.json → odd/loop-a.json)',
      );
      expect(stdout).toContain(
        'superseded in a loop (odd/loop-b.json → odd/loop-a.json → odd/loop-b.json)',
      );
      expect(stdout).toContain('2 decisions hold');
      expect(stdout).toContain('3 are superseded in a loop');
      expect(stdout).toContain('4 files could not be read');
    },
    TIMEOUT,
  );

  it(
    'refuses a pipe named directly, without reading it',
    async () => {
      const { code, stdout } = await cli('check', 'odd/pipe.json', '--today', TODAY);
      expect(code).toBe(1);
      expect(stdout).toContain('FAIL odd/pipe.json: cannot be read: it is a named pipe');
    },
    TIMEOUT,
  );

  it(
    'refuses impossible dates and __proto__ keys in a profile, by name',
    async () => {
      const date = await cli('check', 'odd/good.json', '--profile', 'bad-date-profile.json');
      expect(date.code).toBe(1);
      expect(date.stderr).toContain(
        'Evidence › 1 › date: "2026-13-45" is not a date in the calendar',
      );
      const proto = await cli('check', 'odd/good.json', '--profile', 'proto-profile.json');
      expect(proto.code).toBe(1);
      expect(proto.stderr).toContain('__proto__: "__proto__" is not allowed as a key');
    },
    TIMEOUT,
  );

  it(
    'refuses an option given twice',
    async () => {
      const { code, stderr } = await cli(
        'check',
        'odd/good.json',
        '--profile',
        'profile.json',
        '--profile',
        'other-profile.json',
      );
      expect(code).toBe(2);
      expect(stderr).toContain('--profile is given more than once; give it once.');
    },
    TIMEOUT,
  );

  it(
    'holds a Go decision saved without a profile that puts Rust on hold, with a note',
    async () => {
      const { code, stdout } = await cli(
        'check',
        'go',
        '--profile',
        'profile.json',
        '--today',
        TODAY,
      );
      expect(code).toBe(0);
      expect(stdout).toContain('ok   go/billing.json: the verdict holds; review by 2027-05-21.');
      expect(stdout).toContain(
        'note: saved without an organisation profile; checked with “Acme platform group”',
      );
      expect(stdout).toMatch(
        /note: service "billing-api": the file records Go; today it is Go — Rust is ruled out — the same language, for another reason\./,
      );
    },
    TIMEOUT,
  );
});

describe('log', () => {
  it(
    'writes the decision log of the folder as Markdown',
    async () => {
      const { code, stdout } = await cli('log', 'decisions', '--today', TODAY);
      expect(code).toBe(1);
      expect(stdout).toContain(
        '| No. | Decision | Status | Decided on | Review by | Verdicts (recorded → today) | Profile |',
      );
      expect(stdout).toContain(
        '| 0001 | [Portfolio: billing-api, image-resizer, admin](0001-good.json) | Accepted | 2026-11-21 | 2027-05-21 | billing-api: Go → Go; image-resizer: Rust → Rust; admin: Go → Go | — |',
      );
      expect(stdout).toContain(
        '| 0004 | [Portfolio: billing-api, image-resizer, admin](0004-format-1.json) | Not recorded | — | — |',
      );
      expect(stdout).toContain(
        '| 0006 | [Portfolio: billing-api, image-resizer, admin](0006-due.json) | Accepted | 2026-01-10 | 2026-07-10 (overdue) |',
      );
      expect(stdout).toMatch(
        /\| 0007 \| \[Build billing-api in Go\]\(0007-billing-under-profile\.json\) \| Accepted \| 2026-11-21 \| 2027-05-21 \| billing-api: Go — Rust is ruled out → not checked \| Acme platform group \([0-9a-f]{8}\), not applied \|/,
      );
      expect(stdout).toContain('## Files that could not be read');
      expect(stdout).toContain('* 0002-truncated.json: cannot be read: it is not JSON');
    },
    TIMEOUT,
  );

  it(
    'writes JSON rows for scripts',
    async () => {
      const { stdout } = await cli('log', 'decisions', '--today', TODAY, '--format', 'json');
      const log = JSON.parse(stdout) as { rows: { number: number; review: string | null }[] };
      expect(log.rows.map((r) => [r.number, r.review])).toContainEqual([6, 'overdue']);
    },
    TIMEOUT,
  );
});

describe('profile from-radar', () => {
  it.each([
    ['byor.csv', { rust: 'trial', go: 'adopt' }, 3],
    ['zalando.json', { rust: 'hold', go: 'adopt' }, 3],
    ['backstage.json', { rust: 'trial', go: 'adopt' }, 1],
    ['golang-upper.json', { go: 'trial' }, 1],
  ])(
    'reads %s into a profile check --profile accepts',
    async (name, rings, ignored) => {
      const { code, stdout, stderr } = await cli(
        'profile',
        'from-radar',
        `radars/${name}`,
        '--name',
        'Acme radar',
      );
      expect(code).toBe(0);
      const profile = JSON.parse(stdout) as { name: string; rings: unknown };
      expect(profile.name).toBe('Acme radar');
      expect(profile.rings).toEqual(rings);
      expect(stderr).toContain(`${ignored} other ${ignored === 1 ? 'entry' : 'entries'} ignored`);
      await writeFile(at('radar-profile.json'), stdout);
      const check = await cli('check', 'go', '--profile', 'radar-profile.json', '--today', TODAY);
      expect(check.stdout).toContain('Organisation profile: Acme radar');
      expect(check.code).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'says so when the radar has neither language',
    async () => {
      const { code, stdout, stderr } = await cli('profile', 'from-radar', 'radars/neither.csv');
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain('has no entry for Rust or Go (or Golang)');
    },
    TIMEOUT,
  );
});
