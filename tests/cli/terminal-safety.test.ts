/**
 * What the command line prints is safe for a terminal and a CI log, whatever the file holds:
 * the real process (`npm run recommend` runs the same entry), with hostile names and notes.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/cli/formats';
import { runCli as cli } from '../support/run-cli';

let dir: string;

/** Any character a terminal acts on: C0 but tab and newline, DEL, C1, bidirectional controls. */
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const HOSTILE_NAME = '\u001b]0;pwned\u0007\u001b[2Jbilling\u009b31m \u202Egnp.exe';
const HOSTILE_NOTES = 'bell\u0007 and \u001b[8mhidden\u001b[0m \u2067isolate\u2069 \u0085';

const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rust-or-go-safety-'));
  const file = JSON.parse(await readFile('tests/fixtures/answers-portfolio.json', 'utf8')) as {
    services: Record<string, unknown>[];
  };
  file.services[0]!.name = HOSTILE_NAME;
  file.services[0]!.notes = HOSTILE_NOTES;
  await writeFile(path('hostile.json'), JSON.stringify(file));
  await writeFile(
    path('hostile-key.json'),
    JSON.stringify({ ...file, services: [{ ...file.services[1], '\u001b[31mevil\u202E': 1 }] }),
  );
  await writeFile(path('bom.json'), `\uFEFF${JSON.stringify(file)}`);
  await writeFile(
    path('duplicate-ids.json'),
    JSON.stringify({ ...file, services: [file.services[1], { ...file.services[2], id: 's2' }] }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('terminal safety', () => {
  it.each(Object.keys(FORMATS))(
    'prints names and notes with control and bidi characters made visible (%s)',
    async (format) => {
      const { code, stdout, stderr } = await cli(
        'recommend',
        path('hostile.json'),
        '--format',
        format,
      );
      expect(code).toBe(0);
      expect(stdout).not.toMatch(RAW_CONTROL);
      expect(stderr).not.toMatch(RAW_CONTROL);
      // Shown, not acted on (the Markdown record drops C0 controls of its own accord).
      expect(stdout).toMatch(/\\u009b31m/i);
      // The decision record itself writes a bidirectional control as its code point.
      expect(stdout).toContain(format === 'markdown' ? '(U+202E)gnp.exe' : '\\u202Egnp.exe');
      if (format === 'json') {
        // The visible form is also a JSON escape: the value read back is the name as given.
        const result = JSON.parse(stdout) as { services: { name: string }[] };
        expect(result.services[0]!.name).toBe(HOSTILE_NAME);
      }
    },
    30_000,
  );

  it('makes them visible in error messages that echo a bad key, option or path', async () => {
    const key = await cli('recommend', path('hostile-key.json'));
    expect(key.code).toBe(1);
    expect(key.stderr).toContain('unknown key(s): \\u001B[31mevil\\u202E');
    expect(key.stderr).not.toMatch(RAW_CONTROL);

    const option = await cli('recommend', path('hostile.json'), '--\u001b[2Jx');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('\\u001B[2Jx');
    expect(option.stderr).not.toMatch(RAW_CONTROL);

    const missing = await cli('check', 'no-\u009bsuch\u202E.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read "no-\\u009Bsuch\\u202E.json"');
    expect(missing.stderr).not.toMatch(RAW_CONTROL);
  }, 30_000);
});

describe('files and arguments', () => {
  it('opens a file that starts with a byte-order mark', async () => {
    const { code, stdout } = await cli('recommend', path('bom.json'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^image-resizer: Rust$/m);
  }, 30_000);

  it('refuses two services with one id, naming them, and exits 1', async () => {
    const recommend = await cli('recommend', path('duplicate-ids.json'));
    expect(recommend.code).toBe(1);
    expect(recommend.stderr).toContain(
      'Service 2 › id: "s2" is already the id of service 1; every service needs its own id',
    );
    const check = await cli('check', path('duplicate-ids.json'));
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('"s2" is already the id of service 1');
  }, 30_000);

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'https://user:secret@example.org/',
    'example.org/rust-or-go/',
    'https://exa mple.org/',
  ])(
    'refuses --link-base %s with exit 2',
    async (base) => {
      const { code, stdout, stderr } = await cli(
        'recommend',
        path('bom.json'),
        '--format',
        'markdown',
        '--link-base',
        base,
      );
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('--link-base must be the http(s) address where the app is hosted');
    },
    30_000,
  );

  it('writes an http(s) --link-base in its normal form, without a fragment it came with', async () => {
    const { code, stdout } = await cli(
      'recommend',
      path('bom.json'),
      '--format=markdown',
      '--link-base=https://EXAMPLE.org/rust-or-go/#/old',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/<https:\/\/example\.org\/rust-or-go\/#\/link\/[A-Za-z0-9_-]+>/);
  }, 30_000);
});
