/**
 * Whether a recorded decision still holds, as a check in CI reads it: the languages saved in the
 * file against today's, the organisation profile it was recorded under against the one applied,
 * the review-by date against today, and the revisit triggers the team marked as fired. Pure: the
 * opened file, today's verdicts and today's date come in as arguments.
 *
 * A decision holds when its languages hold. A verdict that names the same language for another
 * reason (a close call now clear, or Go now because a profile puts Rust on hold) is a note, not a
 * failure: the decision the team made is still the one the knowledge base gives.
 */
import type { KnowledgeBase } from '../../content';
import type { Decision } from './answers-file';
import type { ProfileIdentity } from './profile';
import { describeSnapshot, type VerdictComparison } from './verdict-snapshot';
import { nameOrUnnamed } from './words';

/** One reason to re-open a decision, with what to do about it. */
export type DecisionFinding =
  | { kind: 'verdict-changed'; serviceId: string; name: string; saved: string; today: string }
  | { kind: 'review-due'; reviewBy: string }
  | { kind: 'trigger-fired'; triggerId: string; label: string }
  /** The file was recorded under a profile and the check was run without one. */
  | { kind: 'profile-missing'; recorded: ProfileIdentity };

/** Something worth saying about a decision that still holds. */
export type DecisionNote =
  | { kind: 'same-language'; name: string; saved: string; today: string }
  | { kind: 'other-profile'; recorded: ProfileIdentity; applied: ProfileIdentity }
  | { kind: 'saved-without-profile'; applied: ProfileIdentity };

export type DecisionCheck =
  /** The decision was superseded: it is kept for the record and not held to anything. */
  | { kind: 'superseded'; supersededBy: string | null }
  | {
      kind: 'checked';
      findings: DecisionFinding[];
      notes: DecisionNote[];
      reviewBy: string | null;
      /** The services whose verdicts were compared, each with whether its language holds. */
      services: { serviceId: string; name: string; holds: boolean }[];
    };

/** The profiles around a check: the one the file was recorded under, and the one applied. */
export interface CheckProfiles {
  recorded: ProfileIdentity | null;
  applied: ProfileIdentity | null;
}

/**
 * Checks one answers file's decision on `today` (YYYY-MM-DD). A file without a recorded
 * decision (format 1, or not recorded yet) is held to its saved verdicts only.
 */
export function checkDecision(
  kb: KnowledgeBase,
  decision: Decision | null,
  comparisons: readonly VerdictComparison[],
  today: string,
  profiles: CheckProfiles = { recorded: null, applied: null },
): DecisionCheck {
  if (decision?.status === 'superseded') {
    return { kind: 'superseded', supersededBy: decision.supersededBy ?? null };
  }
  const findings: DecisionFinding[] = [];
  const notes: DecisionNote[] = [];
  const { recorded, applied } = profiles;
  // Scored without the profile the verdicts were recorded under, a difference says nothing.
  const comparable = !(recorded && !applied);
  if (!comparable && recorded) findings.push({ kind: 'profile-missing', recorded });
  if (recorded && applied && recorded.hash !== applied.hash) {
    notes.push({ kind: 'other-profile', recorded, applied });
  }
  if (!recorded && applied) notes.push({ kind: 'saved-without-profile', applied });
  const services = comparisons.map((c) => {
    const saved = c.author;
    if (!comparable || saved === null) return { serviceId: c.serviceId, name: c.name, holds: true };
    const holds = saved.language === c.today?.language && c.today !== null;
    if (!holds) {
      findings.push({
        kind: 'verdict-changed',
        serviceId: c.serviceId,
        name: c.name,
        saved: describeSnapshot(kb, saved),
        today: describeSnapshot(kb, c.today),
      });
    } else if (c.differs) {
      notes.push({
        kind: 'same-language',
        name: c.name,
        saved: describeSnapshot(kb, saved),
        today: describeSnapshot(kb, c.today),
      });
    }
    return { serviceId: c.serviceId, name: c.name, holds };
  });
  if (decision && decision.reviewBy < today) {
    findings.push({ kind: 'review-due', reviewBy: decision.reviewBy });
  }
  for (const [triggerId, state] of Object.entries(decision?.triggers ?? {})) {
    if (state !== 'fired') continue;
    const label = kb.triggers.find((t) => t.id === triggerId)?.label ?? triggerId;
    findings.push({ kind: 'trigger-fired', triggerId, label });
  }
  return { kind: 'checked', findings, notes, reviewBy: decision?.reviewBy ?? null, services };
}

const profileWords = (p: ProfileIdentity) => `“${p.name}” (${p.hash})`;

/** A finding in words: what happened, then what to do. */
export function describeDecisionFinding(finding: DecisionFinding): string {
  switch (finding.kind) {
    case 'verdict-changed':
      return `service "${nameOrUnnamed(finding.name)}": the file records ${finding.saved}; today it is ${finding.today}. Re-open the decision: look at what changed, then record it again.`;
    case 'review-due':
      return `the decision was due for review on ${finding.reviewBy}. Re-open the decision: review it and record a new review-by date.`;
    case 'trigger-fired':
      return `the revisit trigger "${finding.label}" has fired. Re-open the decision: answer again with what changed.`;
    case 'profile-missing':
      return `recorded under the organisation profile ${profileWords(finding.recorded)}: pass --profile with that profile to check it.`;
  }
}

/** A note in words. */
export function describeDecisionNote(note: DecisionNote): string {
  switch (note.kind) {
    case 'same-language':
      return `service "${nameOrUnnamed(note.name)}": the file records ${note.saved}; today it is ${note.today} — the same language, for another reason.`;
    case 'other-profile':
      return `recorded under the organisation profile ${profileWords(note.recorded)}; checked with ${profileWords(note.applied)}.`;
    case 'saved-without-profile':
      return `saved without an organisation profile; checked with ${profileWords(note.applied)}.`;
  }
}

/** A decision file as supersession sees it: the names that refer to it, and what replaced it. */
export interface SupersessionEntry {
  /** How the file is shown (its path). */
  path: string;
  /** Names another file's `supersededBy` may use for it (file name, with and without ".json"). */
  names: readonly string[];
  supersededBy: string | null;
}

/**
 * The files whose chain of "superseded by" comes back to itself (a decision superseded by
 * itself, or two superseding each other), each with the loop in order: nothing in it is checked,
 * so a check must say so rather than pass.
 */
export function supersessionLoops(entries: readonly SupersessionEntry[]): Map<string, string[]> {
  const byName = new Map<string, SupersessionEntry>();
  for (const entry of entries)
    for (const name of entry.names) byName.set(name.toLowerCase(), entry);
  const loops = new Map<string, string[]>();
  for (const start of entries) {
    const seen: SupersessionEntry[] = [];
    let current: SupersessionEntry | undefined = start;
    while (current?.supersededBy && !seen.includes(current)) {
      seen.push(current);
      current = byName.get(current.supersededBy.toLowerCase());
    }
    if (seen.length > 0 && current === start)
      loops.set(start.path, [...seen.map((e) => e.path), start.path]);
  }
  return loops;
}
