/**
 * The team view as something to share: every member's plan as a link payload, with their name,
 * in one fragment when that fits the app's link rules, else as a file holding the same.
 *
 * Fragment format 1: `<name>:<payload>,<name>:<payload>…`. Format 2, once the lead has settled
 * anything: `t2.<format 1>.<state>`, the state (lead and settlements) as UTF-8 JSON. Names and
 * the state are base64url, so neither ":", "," nor "." can appear in one, and no router or mail
 * tool re-encodes them. Both formats open; the app writes format 1 while nothing is settled.
 */
import * as z from 'zod/mini';
import type { KnowledgeBase, LinkTable } from '../../content';
import { decodeAnswersFile, describeAnswersFileFailure } from './answers-file';
import type { PlannerInputs } from './inputs';
import { issuesFromZod, type Issue } from './issues';
import { decodeBase64Url, encodeBase64Url } from './permalink/base64url';
import { decodePermalink, PERMALINK_LIMITS } from './permalink/permalink';
import { describePermalinkFailure } from './permalink/describe-failure';
import {
  compareTeam,
  describeTeamFailure,
  MAX_TEAM_MEMBERS,
  type TeamComparison,
  type TeamMember,
} from './team';
import { SettlementsSchema, TEAM_NAME_MAX, type Settlement } from './team-settle';

export { MAX_TEAM_MEMBERS } from './team';
export { TEAM_NAME_MAX } from './team-settle';

export const TeamEntrySchema = z.strictObject({
  member: z.string().check(z.maxLength(TEAM_NAME_MAX)),
  link: z.string().check(z.maxLength(PERMALINK_LIMITS.maxLength)),
});
export type TeamEntry = z.infer<typeof TeamEntrySchema>;

/** What the lead has done in the meeting: who leads, and the settlements made so far. */
export const TeamStateSchema = z.strictObject({
  /** The lead's name; when it is a member's, that member's plan is the lead's own. */
  lead: z.optional(z.string().check(z.maxLength(TEAM_NAME_MAX))),
  settlements: SettlementsSchema,
});
export type TeamState = z.infer<typeof TeamStateSchema>;

/** A team view: the members' plans and the meeting's state. */
export interface TeamView extends TeamState {
  entries: TeamEntry[];
}

export const TEAM_FILE_FORMAT = 'rust-or-go-team-view';
/** Format 1: names and links. Format 2: also the lead and the settlements. */
export const TEAM_FILE_VERSION = 2;
const TeamFileV1Schema = z.strictObject({
  format: z.literal(TEAM_FILE_FORMAT),
  formatVersion: z.literal(1),
  members: z.array(TeamEntrySchema),
});
const TeamFileV2Schema = z.strictObject({
  format: z.literal(TEAM_FILE_FORMAT),
  formatVersion: z.literal(2),
  members: z.array(TeamEntrySchema),
  lead: TeamStateSchema.shape.lead,
  settlements: SettlementsSchema,
});

/** Format 2 of the fragment starts with this; format 1 is the members alone. */
const FRAGMENT_V2 = 't2.';

const utf8 = (text: string) => encodeBase64Url(new TextEncoder().encode(text));

/** The fragment segment after "/team/" for these members (and, once there is any, the meeting's state). */
export function encodeTeamFragment(entries: readonly TeamEntry[], state?: TeamState): string {
  const members = entries.map((e) => `${utf8(e.member)}:${linkPayload(e.link)}`).join(',');
  if (!state || (state.settlements.length === 0 && !state.lead)) return members;
  const compact: TeamState = {
    ...(state.lead ? { lead: state.lead } : {}),
    settlements: state.settlements,
  };
  return `${FRAGMENT_V2}${members}.${utf8(JSON.stringify(compact))}`;
}

/** Whether a team fragment is short enough to share as a link (else share a file). */
export function teamLinkFits(fragment: string): boolean {
  return fragment.length <= PERMALINK_LIMITS.warnLength;
}

export function encodeTeamFile(entries: readonly TeamEntry[], state?: TeamState): string {
  const file = {
    format: TEAM_FILE_FORMAT,
    formatVersion: TEAM_FILE_VERSION,
    members: entries,
    ...(state?.lead ? { lead: state.lead } : {}),
    settlements: state?.settlements ?? [],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type TeamViewResult = ({ ok: true } & TeamView) | { ok: false; issues: Issue[] };

/** Reads a team fragment of either format; never throws. */
export function decodeTeamFragment(fragment: string): TeamViewResult {
  let members = fragment;
  let state: TeamState = { settlements: [] };
  if (fragment.startsWith(FRAGMENT_V2)) {
    const [list = '', encoded = ''] = fragment.slice(FRAGMENT_V2.length).split('.');
    members = list;
    const parsed = TeamStateSchema.safeParse(parseJson(decodeText(encoded)));
    if (!parsed.success)
      return { ok: false, issues: [{ field: 'Settlements', message: 'cannot be read' }] };
    state = parsed.data;
  }
  const parts = members.split(',');
  if (parts.length > MAX_TEAM_MEMBERS) return tooMany(parts.length);
  const entries: TeamEntry[] = [];
  for (const [i, part] of parts.entries()) {
    const at = part.indexOf(':');
    if (at < 0)
      return { ok: false, issues: [{ field: `Member ${i + 1}`, message: 'has no link' }] };
    entries.push({ member: decodeText(part.slice(0, at)), link: part.slice(at + 1) });
  }
  const checked = checkEntries(entries);
  return checked.length > 0 ? { ok: false, issues: checked } : { ok: true, entries, ...state };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function decodeText(text: string): string {
  const bytes = decodeBase64Url(text);
  if (!bytes.ok) return '';
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.value);
  } catch {
    return '';
  }
}

function tooMany(count: number): { ok: false; issues: Issue[] } {
  return {
    ok: false,
    issues: [
      {
        field: 'Members',
        message: `are ${count}; a team view takes at most ${MAX_TEAM_MEMBERS}`,
      },
    ],
  };
}

/** Reads a team file of either format; never throws. */
export function decodeTeamFile(text: string): TeamViewResult {
  const raw = parseJson(text);
  if (raw === undefined) return { ok: false, issues: [{ field: 'File', message: 'is not JSON' }] };
  const version =
    typeof raw === 'object' && raw !== null && 'formatVersion' in raw
      ? raw.formatVersion
      : undefined;
  const parsed = (version === 1 ? TeamFileV1Schema : TeamFileV2Schema).safeParse(raw);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const file = parsed.data;
  if (file.members.length > MAX_TEAM_MEMBERS) return tooMany(file.members.length);
  const issues = checkEntries(file.members);
  if (issues.length > 0) return { ok: false, issues };
  return file.formatVersion === 1
    ? { ok: true, entries: file.members, settlements: [] }
    : {
        ok: true,
        entries: file.members,
        settlements: file.settlements,
        ...(file.lead === undefined ? {} : { lead: file.lead }),
      };
}

/** Every member named and with a link, counted from 1; two or more members. */
function checkEntries(entries: readonly TeamEntry[]): Issue[] {
  const issues: Issue[] = [];
  entries.forEach((e, i) => {
    if (e.member.trim() === '') issues.push({ field: `Member ${i + 1}`, message: 'has no name' });
    if (e.link.trim() === '')
      issues.push({ field: e.member.trim() || `Member ${i + 1}`, message: 'has no link' });
  });
  if (entries.length < 2)
    issues.push({
      field: 'Members',
      message: `${entries.length === 1 ? 'is 1' : `are ${entries.length}`}; a team view needs two or more`,
    });
  return issues;
}

/** The plan inside a link a member sent: the payload after "#/link/" (a whole address is fine). */
export function linkPayload(text: string): string {
  const trimmed = text.trim();
  const match = /#\/link\/([A-Za-z0-9_-]+)/.exec(trimmed);
  return match?.[1] ?? trimmed;
}

/** Another person's plan, opened from what they sent; `member` when their file names them. */
export type OpenedOtherPlan =
  { ok: true; inputs: PlannerInputs; member?: string } | { ok: false; message: string };

/**
 * Opens a plan from a link someone sent (the whole address or only what follows "#/link/"):
 * the one reading the team view and the comparison with another plan share. Never throws.
 */
export function openPlanLink(
  kb: KnowledgeBase,
  text: string,
  tables: readonly LinkTable[],
): OpenedOtherPlan {
  const opened = decodePermalink(kb, linkPayload(text), tables);
  if (opened.ok) return { ok: true, inputs: opened.value.inputs };
  const issues = opened.reason.kind === 'invalid' ? opened.reason.issues : [];
  return { ok: false, message: inWords(describePermalinkFailure(opened.reason), issues) };
}

/** Opens a plan from an answers file's text, with the member it names. Never throws. */
export function openPlanFile(kb: KnowledgeBase, text: string): OpenedOtherPlan {
  const opened = decodeAnswersFile(kb, text);
  if (!opened.ok) {
    const issues = opened.reason.kind === 'invalid' ? opened.reason.issues : [];
    return { ok: false, message: inWords(describeAnswersFileFailure(opened.reason), issues) };
  }
  const member = opened.value.member;
  return { ok: true, inputs: opened.value.inputs, ...(member === undefined ? {} : { member }) };
}

/** A failure as one message: what happened, the first few fields at fault, what to do. */
function inWords(words: { summary: string; advice: string }, issues: readonly Issue[]): string {
  const listed = issues
    .slice(0, 3)
    .map((i) => `${i.field}: ${i.message}`)
    .join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${words.summary}${listed === '' ? '' : ` ${listed}${more}.`} ${words.advice}`;
}

/** Opens every member's link; the failures say whose link and why. */
export function openTeamEntries(
  kb: KnowledgeBase,
  entries: readonly TeamEntry[],
  tables: readonly LinkTable[],
): { ok: true; members: TeamMember[] } | { ok: false; issues: Issue[] } {
  const members: TeamMember[] = [];
  const issues: Issue[] = [];
  for (const entry of entries) {
    const opened = openPlanLink(kb, entry.link, tables);
    if (opened.ok) members.push({ name: entry.member, inputs: opened.inputs });
    else issues.push({ field: entry.member, message: opened.message });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, members };
}

/**
 * Opens every member's link and compares their plans: what the team view shows, and what the
 * form checks before it opens the view. The problems say whose link fails, or why the plans do
 * not compare.
 */
export function openTeam(
  kb: KnowledgeBase,
  entries: readonly TeamEntry[],
  tables: readonly LinkTable[],
  settlements: readonly Settlement[] = [],
): { ok: true; comparison: TeamComparison } | { ok: false; problems: string[] } {
  const opened = openTeamEntries(kb, entries, tables);
  if (!opened.ok)
    return { ok: false, problems: opened.issues.map((i) => `${i.field}: ${i.message}`) };
  const result = compareTeam(kb, opened.members, settlements);
  return result.ok
    ? { ok: true, comparison: result.value }
    : { ok: false, problems: [describeTeamFailure(result.reason)] };
}
