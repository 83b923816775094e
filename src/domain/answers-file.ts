/**
 * The answers file: the inputs as JSON a person can keep, commit next to the code, re-open in the
 * app, and feed to the command line. Ids, not positions, so it reads and diffs well.
 *
 * Format 1 (`format: "rust-or-go-answers"`, `formatVersion: 1`):
 *
 *   {
 *     "format": "rust-or-go-answers",
 *     "formatVersion": 1,
 *     "knowledgeBaseVersion": "1.0.0",        the version the answers were given against
 *     "savedAt": "2026-11-21T10:00:00.000Z",  optional, ISO 8601
 *     "teamAnswers": { "team-fluency": "go" },  question id → option id, shared by all services
 *     "weights": { "latency": 4 },              criterion id → 0–5; absent means the default
 *     "services": [                              1–50
 *       { "id": "s1", "name": "billing-api", "notes": "",
 *         "answers": { "workload-kind": "crud-api" },
 *         "verdict": { "kind": "clear", "language": "go" } }   optional: the verdict when saved
 *     ]
 *   }
 *
 * Every object is strict (an unknown key is an error). `verdict.kind` is "clear", "close-call"
 * or "gated" (then with `gateId`); `language` is "rust" or "go". Service ids are unique.
 *
 * Format 2 (`formatVersion: 2`) is format 1 plus an optional top-level `decision`, written when a
 * person records the decision, so a check in CI can hold the team to it:
 *
 *     "decision": {
 *       "status": "accepted",            "proposed" | "accepted" | "superseded"
 *       "decidedOn": "2026-11-21",
 *       "reviewBy": "2027-05-21",        on or after decidedOn; `check` fails once it has passed
 *       "supersededBy": "ADR-0042",      optional: what replaced it (with status "superseded")
 *       "triggers": { "security-incident": "watched" }   optional: revisit triggers the team
 *     }                                                    watches; "fired" once one happened
 *
 * Format 3 (`formatVersion: 3`) is format 2 plus an optional top-level `profile`, the organisation
 * profile the verdicts were recorded under, so a check can tell a missing `--profile` from a
 * changed verdict:
 *
 *     "profile": { "name": "Acme platform group", "hash": "a1b2c3d4" }
 *
 * Formats 2 and 3 may also hold an optional `team`, written by `rust-or-go team TEAM-VIEW.json --write`:
 * the members' names and, per decisive or settled question, who answered what and how it was
 * settled (`how`: "majority", "tie" or "lead"; `by` and `at` when the lead settled it).
 *
 * Decoding accepts every format (and a leading byte-order mark, as editors on Windows write),
 * reads at most `ANSWERS_FILE_MAX_CHARS`, never throws, and reports problems as field → message.
 */
import * as z from 'zod/mini';
import type { KnowledgeBase } from '../../content';
import { describePath, issuesFromZod, type Issue } from './issues';
import {
  MAX_SERVICES,
  normalizeInputs,
  PlannerInputsSchema,
  ServiceSchema,
  type PlannerInputs,
} from './inputs';
import type { OpenedPlan } from './opened-plan';
import { TeamRecordSchema } from './team-record';
import { snapshotVerdicts, VerdictSnapshotSchema } from './verdict-snapshot';
import { isCalendarDate } from './calendar-date';
import { forbiddenKeyIssues } from './json-keys';
import type { ProfileIdentity } from './profile';
import { recordTitle, slugify } from './record-file-name';

export const ANSWERS_FILE_FORMAT = 'rust-or-go-answers';
export const ANSWERS_FILE_VERSION = 3;
/** Far above the largest real file (50 services with the longest names and notes). */
export const ANSWERS_FILE_MAX_CHARS = 1_048_576;
/**
 * The file name suggested for a download on `date`, from the plan as a decision record's is
 * named: "build-billing-api-in-go-2026-11-21.json" for one service, "portfolio-billing-api-…" for
 * several, so two plans saved on one day do not collide in a decisions folder.
 */
export function answersFileName(kb: KnowledgeBase, inputs: PlannerInputs, date: Date): string {
  const day = date.toISOString().slice(0, 10);
  const languages = snapshotVerdicts(kb, inputs).flatMap((v) => v?.language ?? []);
  const only = inputs.services.length === 1 ? inputs.services[0] : undefined;
  const title = only
    ? recordTitle(only.name, languages, true)
    : recordTitle(
        `portfolio ${inputs.services.map((s) => s.name).join(' ')}`,
        languages.length > 0 ? [...new Set(languages)].sort() : [],
        false,
      );
  return `${slugify(title, 'rust-or-go-answers')}-${day}.json`;
}

export { isCalendarDate };

/**
 * A date as YYYY-MM-DD. The shape only: that the date is in the calendar is checked after parsing
 * (`decisionIssues`), which keeps zod's refinements out of the app's first-screen bundle.
 */
export const IsoDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'));

export const DecisionStatusSchema = z.enum(['proposed', 'accepted', 'superseded']);
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>;

/** A revisit trigger's state in a recorded decision: watched for, or has happened. */
export const TriggerWatchSchema = z.enum(['watched', 'fired']);

export const DecisionSchema = z.strictObject({
  status: DecisionStatusSchema,
  decidedOn: IsoDateSchema,
  /** On or after `decidedOn` (checked by `decisionIssues`). */
  reviewBy: IsoDateSchema,
  supersededBy: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  triggers: z.optional(
    z.record(
      z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id')),
      TriggerWatchSchema,
    ),
  ),
});
export type Decision = z.infer<typeof DecisionSchema>;

const fileFields = {
  format: z.literal(ANSWERS_FILE_FORMAT),
  knowledgeBaseVersion: z
    .string()
    .check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')),
  savedAt: z.optional(z.string().check(z.maxLength(40))),
  /** Optional: who answered, for a team decision (`recommend --team`); any format. */
  member: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  teamAnswers: PlannerInputsSchema.shape.teamAnswers,
  weights: PlannerInputsSchema.shape.weights,
  services: z
    .array(z.extend(ServiceSchema, { verdict: z.optional(VerdictSnapshotSchema) }))
    .check(z.minLength(1), z.maxLength(MAX_SERVICES)),
};

export const AnswersFileV1Schema = z.strictObject({
  ...fileFields,
  formatVersion: z.literal(1),
});
export type AnswersFileV1 = z.infer<typeof AnswersFileV1Schema>;

export const AnswersFileV2Schema = z.strictObject({
  ...fileFields,
  formatVersion: z.literal(2),
  decision: z.optional(DecisionSchema),
  /** Optional: how a team settled this plan (written by `rust-or-go team … --write`). */
  team: z.optional(TeamRecordSchema),
});
export type AnswersFileV2 = z.infer<typeof AnswersFileV2Schema>;

/** The organisation profile a file's verdicts were recorded under: its name and short hash. */
export const RecordedProfileSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  hash: z.string().check(z.regex(/^[0-9a-f]{8}$/, 'must be eight hex digits')),
});

export const AnswersFileV3Schema = z.strictObject({
  ...fileFields,
  formatVersion: z.literal(3),
  decision: z.optional(DecisionSchema),
  profile: z.optional(RecordedProfileSchema),
  /** Optional: how a team settled this plan (written by `rust-or-go team … --write`). */
  team: z.optional(TeamRecordSchema),
});
export type AnswersFileV3 = z.infer<typeof AnswersFileV3Schema>;

/** What the schema cannot say about a decision: its dates are in the calendar and in order. */
export function decisionIssues(decision: Decision): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['decidedOn', 'reviewBy'] as const) {
    if (!isCalendarDate(decision[key])) {
      issues.push({
        field: describePath(['decision', key]),
        message: 'is not a date in the calendar',
      });
    }
  }
  if (issues.length === 0 && decision.reviewBy < decision.decidedOn) {
    issues.push({
      field: describePath(['decision', 'reviewBy']),
      message: 'must be on or after the date it was decided',
    });
  }
  return issues;
}

/** Every released format's schema, by `formatVersion`: a new format is an entry here. */
const SCHEMAS = { 1: AnswersFileV1Schema, 2: AnswersFileV2Schema, 3: AnswersFileV3Schema } as const;

/** Service ids name services in links and in the app: two services may not share one. */
function duplicateIds(services: readonly { id: string }[]): Issue[] {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  services.forEach((service, i) => {
    const earlier = first.get(service.id);
    if (earlier === undefined) first.set(service.id, i);
    else
      issues.push({
        field: describePath(['services', i, 'id']),
        message: `"${service.id}" is already the id of service ${earlier + 1}; every service needs its own id`,
      });
  });
  return issues;
}

export type AnswersFileFailure =
  | { kind: 'too-large'; length: number }
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-an-answers-file' }
  | { kind: 'newer-format'; formatVersion: number }
  | { kind: 'invalid'; issues: Issue[] };

export type AnswersFileResult =
  | {
      ok: true;
      value: OpenedPlan & {
        savedAt: string | null;
        decision: Decision | null;
        /** The organisation profile the verdicts were recorded under, when the file says. */
        profile: ProfileIdentity | null;
        /** Who answered, when the file names them (for a team decision). */
        member?: string;
      };
    }
  | { ok: false; reason: AnswersFileFailure };

/**
 * The inputs as an answers file (pretty-printed JSON), with each service's verdict under `kb`
 * and, once recorded, the decision. Answers this knowledge base cannot use are left out.
 * `savedAt` is passed in: the domain has no clock.
 */
export function encodeAnswersFile(
  kb: KnowledgeBase,
  inputs: PlannerInputs,
  savedAt: Date,
  decision?: Decision,
  profile?: ProfileIdentity,
): string {
  const normalized = normalizeInputs(kb, inputs).inputs;
  const verdicts = snapshotVerdicts(kb, normalized);
  const file: AnswersFileV3 = {
    format: ANSWERS_FILE_FORMAT,
    formatVersion: ANSWERS_FILE_VERSION,
    knowledgeBaseVersion: kb.version,
    savedAt: savedAt.toISOString(),
    teamAnswers: normalized.teamAnswers,
    weights: normalized.weights,
    services: normalized.services.map((service, i) => {
      const verdict = verdicts[i];
      return verdict ? { ...service, verdict } : service;
    }),
    ...(decision ? { decision } : {}),
    ...(profile ? { profile: { name: profile.name, hash: profile.hash } } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads an answers file of any released format into inputs for today's knowledge base. */
export function decodeAnswersFile(kb: KnowledgeBase, text: string): AnswersFileResult {
  if (text.length > ANSWERS_FILE_MAX_CHARS) {
    return { ok: false, reason: { kind: 'too-large', length: text.length } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'not JSON';
    return { ok: false, reason: { kind: 'not-json', detail } };
  }
  if (!isRecord(raw) || raw.format !== ANSWERS_FILE_FORMAT) {
    return { ok: false, reason: { kind: 'not-an-answers-file' } };
  }
  const version = raw.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > ANSWERS_FILE_VERSION) {
    return { ok: false, reason: { kind: 'newer-format', formatVersion: version } };
  }
  const forbidden = forbiddenKeyIssues(raw);
  if (forbidden.length > 0) return { ok: false, reason: { kind: 'invalid', issues: forbidden } };
  // A format this version does not know (0, "1", missing) is read as the latest and refused there.
  const parsed = (version === 1 ? SCHEMAS[1] : version === 2 ? SCHEMAS[2] : SCHEMAS[3]).safeParse(
    raw,
  );
  if (!parsed.success) {
    return { ok: false, reason: { kind: 'invalid', issues: issuesFromZod(parsed.error) } };
  }
  const file = parsed.data;
  const problems = [
    ...duplicateIds(file.services),
    ...(file.formatVersion !== 1 && file.decision ? decisionIssues(file.decision) : []),
  ];
  if (problems.length > 0) return { ok: false, reason: { kind: 'invalid', issues: problems } };
  const { inputs, dropped } = normalizeInputs(kb, {
    teamAnswers: file.teamAnswers,
    weights: file.weights,
    services: file.services.map(({ verdict: _verdict, ...service }) => service),
  });
  return {
    ok: true,
    value: {
      inputs,
      authorVerdicts: file.services.map((s) => s.verdict ?? null),
      kbVersion: file.knowledgeBaseVersion,
      formatVersion: file.formatVersion,
      dropped,
      savedAt: file.savedAt ?? null,
      decision: (file.formatVersion !== 1 ? file.decision : undefined) ?? null,
      profile: (file.formatVersion === 3 ? file.profile : undefined) ?? null,
      ...(file.member === undefined ? {} : { member: file.member }),
    },
  };
}

/** Explains a failed file in plain words, with the way forward. */
export function describeAnswersFileFailure(reason: AnswersFileFailure): {
  summary: string;
  advice: string;
} {
  switch (reason.kind) {
    case 'too-large':
      return {
        summary: `The file is ${reason.length.toLocaleString('en')} characters long, far more than an answers file can be.`,
        advice: 'Choose a file that Rust or Go? saved with “Download the answers (JSON)”.',
      };
    case 'not-json':
      return {
        summary: 'The file is not JSON, so it cannot be an answers file.',
        advice: 'Choose a file that Rust or Go? saved with “Download the answers (JSON)”.',
      };
    case 'not-an-answers-file':
      return {
        summary: 'The file is JSON, but not a Rust or Go? answers file.',
        advice: 'Choose a file that Rust or Go? saved with “Download the answers (JSON)”.',
      };
    case 'newer-format':
      return {
        summary: `The file was saved by a newer version of Rust or Go? (file format ${reason.formatVersion}).`,
        advice: 'Reload the page to get the latest version, then open the file again.',
      };
    case 'invalid':
      return {
        summary: 'The file is an answers file, but some of it is not valid:',
        advice: 'Fix the fields listed (or save the file again from the app), then open it again.',
      };
  }
}

/** U+FEFF at the start of a file: not part of the JSON, but some editors write it. */
const BYTE_ORDER_MARK = '\uFEFF';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
