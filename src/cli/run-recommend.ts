/**
 * `npm run recommend -- <answers.json> [--format text|markdown|json] [--check] [--link-base URL]`
 *
 * Scores an answers file exported by the app with the same code the app uses, so a decision can
 * live in a repository and be re-checked in CI when the knowledge base changes.
 *
 * Exit codes: 0 done; 1 the file is not a valid answers file, or `--check` found a verdict that
 * differs from the one saved in the file; 2 wrong arguments or a file that cannot be read.
 * Everything the process touches comes in through `io`, so tests run it without a terminal.
 */
import { getKnowledgeBase, linkTables } from '../../content';
import {
  decodeAnswersFile,
  describeAnswersFileFailure,
  describeSnapshot,
  encodePermalink,
  portfolioDecisionRecord,
  serviceDecisionRecord,
} from '../domain';
import { paths } from '../components/paths';
import { formatJson } from './format-json';
import { formatText } from './format-text';
import { buildReport } from './report-data';

export interface CliIo {
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today, as YYYY-MM-DD, for the decision record. */
  today(): string;
}

export const USAGE = `Usage: npm run recommend -- <answers.json> [options]

Scores a Rust or Go? answers file (saved from the app with "Save answers as a file").

Options:
  --format text|markdown|json   output format (default: text)
  --check                       exit 1 if any verdict differs from the one saved in the file
  --link-base URL               include a permalink to the answers, e.g. https://example.com/rust-or-go/
  --help                        show this help
`;

type Format = 'text' | 'markdown' | 'json';

interface Args {
  file: string;
  format: Format;
  check: boolean;
  linkBase?: string;
}

function parseArgs(
  argv: readonly string[],
): { ok: true; args: Args } | { ok: false; message: string } | { ok: 'help' } {
  let file: string | undefined;
  let format: Format = 'text';
  let check = false;
  let linkBase: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[i + 1];
      i++;
      return next;
    };
    if (arg === '--help' || arg === '-h') return { ok: 'help' };
    else if (arg === '--check') check = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const given = arg.includes('=') ? arg.slice('--format='.length) : value();
      if (given !== 'text' && given !== 'markdown' && given !== 'json') {
        return {
          ok: false,
          message: `--format must be text, markdown or json, not "${given ?? ''}".`,
        };
      }
      format = given;
    } else if (arg === '--link-base' || arg.startsWith('--link-base=')) {
      linkBase = arg.includes('=') ? arg.slice('--link-base='.length) : value();
      if (!linkBase || !/^https?:\/\//.test(linkBase)) {
        return {
          ok: false,
          message: '--link-base must be an http(s) address where the app is hosted.',
        };
      }
    } else if (arg.startsWith('-')) return { ok: false, message: `Unknown option ${arg}.` };
    else if (file === undefined) file = arg;
    else
      return { ok: false, message: `Only one answers file at a time; got "${file}" and "${arg}".` };
  }
  if (file === undefined) return { ok: false, message: 'Name the answers file to score.' };
  return { ok: true, args: { file, format, check, linkBase } };
}

/** Runs the command and returns its exit code. */
export async function runRecommend(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.ok === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { args } = parsed;
  let text: string;
  try {
    text = await io.readFile(args.file);
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'ENOENT'
        ? 'no such file'
        : 'it cannot be read';
    io.stderr(`Cannot read "${args.file}": ${reason}.\n`);
    return 2;
  }

  const kb = getKnowledgeBase();
  const opened = decodeAnswersFile(kb, text);
  if (!opened.ok) {
    const words = describeAnswersFileFailure(opened.reason);
    const issues =
      opened.reason.kind === 'invalid'
        ? opened.reason.issues.map((i) => `  - ${i.field}: ${i.message}\n`).join('')
        : '';
    io.stderr(`"${args.file}": ${words.summary}\n${issues}${words.advice}\n`);
    return 1;
  }
  const plan = opened.value;
  for (const dropped of plan.dropped) io.stderr(`Note: ${dropped.field}: ${dropped.message}\n`);
  const report = buildReport(kb, plan);

  const permalink = args.linkBase
    ? `${args.linkBase.replace(/#.*$/, '')}#${paths.link(encodePermalink(kb, plan.inputs, linkTables))}`
    : undefined;
  if (args.format === 'json') io.stdout(formatJson(report));
  else if (args.format === 'text') io.stdout(formatText(report));
  else {
    const options = {
      date: io.today(),
      status: 'accepted' as const,
      decisionMakers: [],
      permalink,
    };
    const { inputs } = plan;
    const only = inputs.services.length === 1 ? inputs.services[0] : undefined;
    io.stdout(
      only
        ? serviceDecisionRecord(
            kb,
            { ...only, answers: { ...only.answers, ...inputs.teamAnswers } },
            inputs.weights,
            options,
          )
        : portfolioDecisionRecord(kb, inputs, options),
    );
  }

  if (args.check) {
    const changed = report.comparisons.filter((c) => c.differs);
    for (const c of changed) {
      io.stderr(
        `Verdict changed for "${c.name || 'Unnamed service'}": saved ${c.author ? describeSnapshot(kb, c.author) : 'nothing'}, today ${describeSnapshot(kb, c.today)}.\n`,
      );
    }
    if (changed.length > 0) return 1;
  }
  return 0;
}
