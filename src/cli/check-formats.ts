/**
 * `check`'s output formats, as a table like formats.ts: each prints the same run. A new format is
 * an entry here; the help and the tests list the table's names.
 *
 * - text: a line per file and a summary, for people;
 * - json: the same, for scripts;
 * - junit: JUnit XML — a test suite per file and a test case per service and per decision — which
 *   Jenkins, GitLab and GitHub test reporters show natively;
 * - github: GitHub Actions workflow commands, so each failing file is annotated in the pull request.
 */
import { summarise, type CheckedFile, type CheckRun } from './check-run';

export const CHECK_RESULT_FORMAT = 'rust-or-go-check';
export const CHECK_RESULT_FORMAT_VERSION = 1;

function fileText(file: CheckedFile): string[] {
  const notes = file.notes.map((n) => `  note: ${n}`);
  switch (file.outcome) {
    case 'superseded':
      return [
        `ok   ${file.path}: superseded${file.supersededBy ? ` by ${file.supersededBy}` : ''}; not checked.`,
        ...notes,
      ];
    case 'holds': {
      const n = file.services.length;
      return [
        `ok   ${file.path}: ${n === 1 ? 'the verdict holds' : `all ${n} verdicts hold`}${file.reviewBy ? `; review by ${file.reviewBy}` : ''}.`,
        ...notes,
      ];
    }
    case 'unreadable':
      if (file.problems.length === 1) return [`FAIL ${file.path}: ${file.problems[0]}`];
      return [
        `FAIL ${file.path}: ${file.problems[0]}`,
        ...file.problems.slice(1).map((p) => `  - ${p}`),
      ];
    case 'fails':
      return [`FAIL ${file.path}:`, ...file.problems.map((p) => `  - ${p}`), ...notes];
  }
}

function formatCheckText(run: CheckRun): string {
  const lines: string[] = [];
  if (run.profile) lines.push(`Organisation profile: ${run.profile.name} (${run.profile.hash}).`);
  for (const path of run.missing) lines.push(`FAIL ${path}: no such file or directory.`);
  for (const file of run.files) lines.push(...fileText(file));
  lines.push(summarise(run).line);
  return `${lines.join('\n')}\n`;
}

function formatCheckJson(run: CheckRun): string {
  const summary = summarise(run);
  return `${JSON.stringify(
    {
      format: CHECK_RESULT_FORMAT,
      formatVersion: CHECK_RESULT_FORMAT_VERSION,
      today: run.today,
      profile: run.profile,
      passed: !summary.failed && run.missing.length === 0,
      summary: summary.line,
      missing: run.missing,
      ignored: run.ignored,
      files: run.files.map((f) => ({
        path: f.path,
        outcome: f.outcome,
        ...(f.unreadable ? { unreadable: f.unreadable } : {}),
        problems: f.problems,
        notes: f.notes,
        findings: f.findings,
        services: f.services,
        reviewBy: f.reviewBy,
        supersededBy: f.supersededBy,
      })),
    },
    null,
    2,
  )}\n`;
}

/** Text as XML character data or an attribute value. */
function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface TestCase {
  name: string;
  failure: string | null;
}

function testCases(file: CheckedFile): TestCase[] {
  if (file.outcome === 'unreadable') {
    return [{ name: 'answers file', failure: file.problems.join('\n') }];
  }
  if (file.outcome === 'superseded') return [];
  const serviceProblems = new Set(file.services.flatMap((s) => s.problem ?? []));
  const decisionProblems = file.problems.filter((p) => !serviceProblems.has(p));
  return [
    ...file.services.map((s) => ({ name: s.name, failure: s.problem })),
    { name: 'decision', failure: decisionProblems.length > 0 ? decisionProblems.join('\n') : null },
  ];
}

function formatCheckJunit(run: CheckRun): string {
  const suites = run.files.map((file) => ({ file, cases: testCases(file) }));
  const missing = run.missing.map((path) => ({
    file: null,
    path,
    cases: [{ name: 'path', failure: `${path}: no such file or directory.` }],
  }));
  const all = [...suites.map((s) => ({ ...s, path: s.file.path })), ...missing];
  const failures = (cases: TestCase[]) => cases.filter((c) => c.failure !== null).length;
  const total = all.reduce((n, s) => n + s.cases.length, 0);
  const failed = all.reduce((n, s) => n + failures(s.cases), 0);
  const skipped = suites.filter((s) => s.file.outcome === 'superseded');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="rust-or-go check" tests="${total + skipped.length}" failures="${failed}" errors="0" skipped="${skipped.length}">`,
  ];
  for (const suite of all) {
    const isSkipped = suite.file?.outcome === 'superseded';
    const tests = suite.cases.length + (isSkipped ? 1 : 0);
    lines.push(
      `  <testsuite name="${xml(suite.path)}" tests="${tests}" failures="${failures(suite.cases)}" errors="0" skipped="${isSkipped ? 1 : 0}">`,
    );
    for (const c of suite.cases) {
      const attributes = `classname="${xml(suite.path)}" name="${xml(c.name)}" file="${xml(suite.path)}"`;
      if (c.failure === null) lines.push(`    <testcase ${attributes}/>`);
      else {
        const message = c.failure.split('\n')[0] ?? '';
        lines.push(
          `    <testcase ${attributes}>`,
          `      <failure message="${xml(message)}" type="decision-no-longer-holds">${xml(c.failure)}</failure>`,
          '    </testcase>',
        );
      }
    }
    if (isSkipped && suite.file) {
      lines.push(
        `    <testcase classname="${xml(suite.path)}" name="decision" file="${xml(suite.path)}">`,
        `      <skipped message="${xml(`superseded${suite.file.supersededBy ? ` by ${suite.file.supersededBy}` : ''}`)}"/>`,
        '    </testcase>',
      );
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

/** A workflow command's message: %, CR and LF escaped as GitHub documents. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: its message escapes, and ":" and "," too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function formatCheckGithub(run: CheckRun): string {
  const lines: string[] = [];
  const command = (kind: 'error' | 'notice', file: string, title: string, message: string) =>
    `::${kind} file=${escapeProperty(file)},title=${escapeProperty(title)}::${escapeData(message)}`;
  for (const path of run.missing) {
    lines.push(
      command('error', path, 'Decision file missing', `${path}: no such file or directory.`),
    );
  }
  for (const file of run.files) {
    if (file.outcome === 'fails' || file.outcome === 'unreadable') {
      lines.push(
        command(
          'error',
          file.path,
          file.outcome === 'unreadable'
            ? 'Not a readable answers file'
            : 'Decision no longer holds',
          file.problems.join('\n'),
        ),
      );
    } else if (file.notes.length > 0) {
      lines.push(
        command('notice', file.path, 'Decision holds, with a note', file.notes.join('\n')),
      );
    }
  }
  lines.push(summarise(run).line);
  return `${lines.join('\n')}\n`;
}

export const CHECK_FORMATS = {
  text: formatCheckText,
  json: formatCheckJson,
  junit: formatCheckJunit,
  github: formatCheckGithub,
} as const satisfies Record<string, (run: CheckRun) => string>;

export type CheckFormatName = keyof typeof CHECK_FORMATS;
