/**
 * What `check` found, file by file, before any format prints it: every path given is looked at
 * without being opened first (so a pipe cannot hang the run), every `.json` in a directory is
 * either a decision that is checked or a file that fails with its reason, and supersession loops
 * are found across all of them.
 */
import { basename, join } from 'node:path';
import type { KnowledgeBase } from '../../content';
import { decodeAnswersFile, type AnswersFileFailure } from '../domain/answers-file';
import {
  checkDecision,
  describeDecisionFinding,
  describeDecisionNote,
  supersessionLoops,
  type DecisionFinding,
} from '../domain/decision-check';
import {
  profileIdentity,
  withProfile,
  type OpenedProfile,
  type ProfileIdentity,
} from '../domain/profile';
import { compareVerdicts } from '../domain/verdict-snapshot';
import { nameOrUnnamed } from '../domain/words';
import { describePathKind, readRegularFile, type CliIo } from './io';
import type { OpenedAnswersFile } from './open-answers';

/** Why a file could not be checked, in the summary's three words for it. */
export type UnreadableKind = 'unreadable' | 'not-an-answers-file' | 'unknown-format-version';

export interface CheckedFile {
  path: string;
  outcome: 'holds' | 'fails' | 'unreadable' | 'superseded';
  unreadable?: UnreadableKind;
  /** What failed, one line each: findings in words, or why the file could not be read. */
  problems: string[];
  notes: string[];
  findings: DecisionFinding[];
  /** Each service, with whether its language holds, and what failed for it. */
  services: { name: string; holds: boolean; problem: string | null }[];
  reviewBy: string | null;
  supersededBy: string | null;
  /** A supersession loop this file is in, as paths in order. */
  loop: string[] | null;
}

export interface CheckRun {
  today: string;
  profile: ProfileIdentity | null;
  files: CheckedFile[];
  /** Files left out by --ignore. */
  ignored: number;
  /** A path named on the command line that does not exist (exit 2). */
  missing: string[];
}

/** The paths to check: files named, and every `.json` in each directory named, sorted. */
export async function collectPaths(
  io: CliIo,
  positionals: readonly string[],
  ignored: (path: string) => boolean,
): Promise<{ paths: string[]; ignored: number; missing: string[] }> {
  const paths: string[] = [];
  const missing: string[] = [];
  let skipped = 0;
  for (const path of positionals) {
    const kind = await io.inspect(path);
    if (kind.kind === 'missing') {
      missing.push(path);
      continue;
    }
    if (kind.kind !== 'directory') {
      if (ignored(path)) skipped++;
      else paths.push(path);
      continue;
    }
    let names: string[];
    try {
      names = await io.readDirectory(path);
    } catch {
      missing.push(path);
      continue;
    }
    for (const name of names.filter((n) => n.toLowerCase().endsWith('.json')).sort()) {
      const full = join(path, name);
      if (ignored(full)) skipped++;
      else paths.push(full);
    }
  }
  return { paths, ignored: skipped, missing };
}

function unreadableFile(path: string, kind: UnreadableKind, problems: string[]): CheckedFile {
  return {
    path,
    outcome: 'unreadable',
    unreadable: kind,
    problems,
    notes: [],
    findings: [],
    services: [],
    reviewBy: null,
    supersededBy: null,
    loop: null,
  };
}

export function describeFailure(reason: AnswersFileFailure): {
  kind: UnreadableKind;
  lines: string[];
} {
  switch (reason.kind) {
    case 'too-large':
      return {
        kind: 'unreadable',
        lines: [
          `cannot be read: ${reason.length.toLocaleString('en')} characters, far more than an answers file can be.`,
        ],
      };
    case 'not-json':
      return { kind: 'unreadable', lines: [`cannot be read: it is not JSON (${reason.detail}).`] };
    case 'not-an-answers-file':
      return {
        kind: 'not-an-answers-file',
        lines: [
          'not an answers file: its "format" is not "rust-or-go-answers". Ignore it with --ignore, or move it out of the folder.',
        ],
      };
    case 'newer-format':
      return {
        kind: 'unknown-format-version',
        lines: [
          `unknown format version ${reason.formatVersion}: saved by a newer Rust or Go?. Use the command line from the site that saved it.`,
        ],
      };
    case 'invalid':
      return {
        kind: 'not-an-answers-file',
        lines: [
          'not a valid answers file:',
          ...reason.issues.map((i) => `${i.field}: ${i.message}`),
        ],
      };
  }
}

/** Every file's check, in the order given. */
export async function runChecks(
  io: CliIo,
  kb: KnowledgeBase,
  paths: readonly string[],
  today: string,
  profile: OpenedProfile | undefined,
): Promise<CheckedFile[]> {
  const scoring = profile ? withProfile(kb, profile) : kb;
  const applied = profile ? profileIdentity(profile) : null;
  const files: CheckedFile[] = [];
  const opened = new Map<string, OpenedAnswersFile>();
  for (const path of paths) {
    const read = await readRegularFile(io, path);
    if (!read.ok) {
      files.push(unreadableFile(path, 'unreadable', [`cannot be read: ${read.reason}.`]));
      continue;
    }
    const decoded = decodeAnswersFile(kb, read.text);
    if (!decoded.ok) {
      const { kind, lines } = describeFailure(decoded.reason);
      files.push(unreadableFile(path, kind, lines));
      continue;
    }
    const file = decoded.value;
    opened.set(path, file);
    const comparisons = compareVerdicts(scoring, file.inputs, file.authorVerdicts);
    const result = checkDecision(kb, file.decision, comparisons, today, {
      recorded: file.profile,
      applied,
    });
    const dropped = file.dropped.map((d) => `${d.field}: ${d.message}`);
    if (result.kind === 'superseded') {
      files.push({
        path,
        outcome: 'superseded',
        problems: [],
        notes: dropped,
        findings: [],
        services: [],
        reviewBy: null,
        supersededBy: result.supersededBy,
        loop: null,
      });
      continue;
    }
    files.push({
      path,
      outcome: result.findings.length === 0 ? 'holds' : 'fails',
      problems: result.findings.map(describeDecisionFinding),
      notes: [...result.notes.map(describeDecisionNote), ...dropped],
      findings: result.findings,
      services: result.services.map((s) => {
        const finding = result.findings.find(
          (f) => f.kind === 'verdict-changed' && f.serviceId === s.serviceId,
        );
        return {
          name: nameOrUnnamed(s.name),
          holds: s.holds,
          problem: finding ? describeDecisionFinding(finding) : null,
        };
      }),
      reviewBy: result.reviewBy,
      supersededBy: null,
      loop: null,
    });
  }
  markLoops(files);
  return files;
}

/** Superseded files whose "superseded by" chain loops back fail, with the loop named. */
function markLoops(files: CheckedFile[]): void {
  const loops = supersessionLoops(
    files.map((f) => {
      const name = basename(f.path);
      const stem = name.replace(/\.json$/i, '');
      const number = /^(\d{1,4})(?=[-_ .])/.exec(name)?.[1];
      return {
        path: f.path,
        names: [
          f.path,
          name,
          stem,
          ...(number ? [number, `ADR-${number}`, `ADR-${number.padStart(4, '0')}`] : []),
        ],
        supersededBy: f.outcome === 'superseded' ? f.supersededBy : null,
      };
    }),
  );
  for (const file of files) {
    const loop = loops.get(file.path);
    if (!loop) continue;
    file.outcome = 'fails';
    file.loop = loop;
    file.problems.push(
      loop.length === 2
        ? `superseded by itself ("${file.supersededBy}"), so no decision stands for it. Point "supersededBy" at the decision that replaced it.`
        : `superseded in a loop (${loop.join(' → ')}), so no decision stands for any of them. Point "supersededBy" at the decision that replaced it.`,
    );
  }
}

/** The summary's counts, each in its own words. */
export function summarise(run: CheckRun): { line: string; failed: boolean } {
  const { files } = run;
  const count = (test: (f: CheckedFile) => boolean) => files.filter(test).length;
  const has = (kind: DecisionFinding['kind']) => (f: CheckedFile) =>
    f.findings.some((x) => x.kind === kind);
  const parts: string[] = [];
  const add = (n: number, one: string, many: string) => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  add(
    count((f) => f.outcome === 'holds'),
    'decision holds',
    'decisions hold',
  );
  add(count(has('review-due')), 'is due for review', 'are due for review');
  add(count(has('verdict-changed')), 'changed', 'changed');
  add(count(has('trigger-fired')), 'has a fired revisit trigger', 'have a fired revisit trigger');
  add(
    count(has('profile-missing')),
    'needs the profile it was recorded under',
    'need the profile they were recorded under',
  );
  add(
    count((f) => f.loop !== null),
    'is superseded in a loop',
    'are superseded in a loop',
  );
  add(
    count((f) => f.outcome === 'superseded'),
    'superseded (not checked)',
    'superseded (not checked)',
  );
  add(
    count((f) => f.unreadable === 'unreadable'),
    'file could not be read',
    'files could not be read',
  );
  add(
    count((f) => f.unreadable === 'not-an-answers-file'),
    'file is not a valid answers file',
    'files are not valid answers files',
  );
  add(
    count((f) => f.unreadable === 'unknown-format-version'),
    'file has an unknown format version',
    'files have an unknown format version',
  );
  add(run.ignored, 'file ignored (--ignore)', 'files ignored (--ignore)');
  add(run.missing.length, 'path does not exist', 'paths do not exist');
  const failed = files.some((f) => f.outcome === 'fails' || f.outcome === 'unreadable');
  const n = files.length;
  return {
    line: `Checked ${n} ${n === 1 ? 'file' : 'files'} on ${run.today}: ${parts.join('; ') || 'nothing to check'}.`,
    failed,
  };
}

/** Why a path named on the command line is not there, for the run's messages. */
export const missingWords = (path: string) =>
  `Cannot read "${path}": ${describePathKind({ kind: 'missing' })}.`;
