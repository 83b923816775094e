/**
 * The team view as something to share: every member's plan as a link payload, with their name,
 * in one fragment (`#/team/<name>:<payload>,<name>:<payload>…`) when that fits the app's link
 * rules, else as a file holding the same list. Names and payloads are base64url (names as UTF-8),
 * so neither ":" nor "," can appear in one, and no router or mail tool re-encodes them.
 */
import * as z from 'zod/mini';
import type { KnowledgeBase, LinkTable } from '../../content';
import { decodeAnswersFile, describeAnswersFileFailure } from './answers-file';
import type { PlannerInputs } from './inputs';
import { issuesFromZod, type Issue } from './issues';
import { decodeBase64Url, encodeBase64Url } from './permalink/base64url';
import { decodePermalink, PERMALINK_LIMITS } from './permalink/permalink';
import { describePermalinkFailure } from './permalink/describe-failure';
import { compareTeam, describeTeamFailure, type TeamComparison, type TeamMember } from './team';

/** More members than any team deciding together; bounds what a link or file can ask for. */
export const MAX_TEAM_MEMBERS = 20;
export const TEAM_NAME_MAX = 100;

export const TeamEntrySchema = z.strictObject({
  member: z.string().check(z.minLength(1), z.maxLength(TEAM_NAME_MAX)),
  link: z.string().check(z.minLength(1), z.maxLength(PERMALINK_LIMITS.maxLength)),
});
export type TeamEntry = z.infer<typeof TeamEntrySchema>;

export const TEAM_FILE_FORMAT = 'rust-or-go-team-view';
export const TeamFileSchema = z.strictObject({
  format: z.literal(TEAM_FILE_FORMAT),
  formatVersion: z.literal(1),
  members: z.array(TeamEntrySchema).check(z.minLength(2), z.maxLength(MAX_TEAM_MEMBERS)),
});

/** The fragment segment after "/team/" for these members. */
export function encodeTeamFragment(entries: readonly TeamEntry[]): string {
  return entries
    .map((e) => `${encodeBase64Url(new TextEncoder().encode(e.member))}:${linkPayload(e.link)}`)
    .join(',');
}

/** Whether a team fragment is short enough to share as a link (else share a file). */
export function teamLinkFits(fragment: string): boolean {
  return fragment.length <= PERMALINK_LIMITS.warnLength;
}

export function encodeTeamFile(entries: readonly TeamEntry[]): string {
  return `${JSON.stringify({ format: TEAM_FILE_FORMAT, formatVersion: 1, members: entries }, null, 2)}\n`;
}

export type TeamEntriesResult = { ok: true; entries: TeamEntry[] } | { ok: false; issues: Issue[] };

/** Reads a team fragment; never throws. */
export function decodeTeamFragment(fragment: string): TeamEntriesResult {
  const parts = fragment.split(',').slice(0, MAX_TEAM_MEMBERS + 1);
  const entries: TeamEntry[] = [];
  for (const [i, part] of parts.entries()) {
    const at = part.indexOf(':');
    const member = decodeName(part.slice(0, Math.max(0, at)));
    entries.push({ member, link: at < 0 ? '' : part.slice(at + 1) });
    if (at < 0)
      return { ok: false, issues: [{ field: `Member ${i + 1}`, message: 'has no link' }] };
  }
  return checkEntries(entries);
}

function decodeName(text: string): string {
  const bytes = decodeBase64Url(text);
  if (!bytes.ok) return '';
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.value);
  } catch {
    return '';
  }
}

/** Reads a team file; never throws. */
export function decodeTeamFile(text: string): TeamEntriesResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ field: 'File', message: 'is not JSON' }] };
  }
  const parsed = TeamFileSchema.safeParse(raw);
  return parsed.success
    ? checkEntries(parsed.data.members)
    : { ok: false, issues: issuesFromZod(parsed.error) };
}

function checkEntries(entries: readonly TeamEntry[]): TeamEntriesResult {
  const parsed = z
    .array(TeamEntrySchema)
    .check(z.minLength(2), z.maxLength(MAX_TEAM_MEMBERS))
    .safeParse(entries);
  return parsed.success
    ? { ok: true, entries: parsed.data }
    : { ok: false, issues: issuesFromZod(parsed.error) };
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
): { ok: true; comparison: TeamComparison } | { ok: false; problems: string[] } {
  const opened = openTeamEntries(kb, entries, tables);
  if (!opened.ok)
    return { ok: false, problems: opened.issues.map((i) => `${i.field}: ${i.message}`) };
  const result = compareTeam(kb, opened.members);
  return result.ok
    ? { ok: true, comparison: result.value }
    : { ok: false, problems: [describeTeamFailure(result.reason)] };
}
