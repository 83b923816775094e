/**
 * The verdict a person saw, kept next to their inputs in a link or a file, so that whoever opens
 * it later can be told when today's knowledge base comes to a different verdict. Only the verdict
 * is kept (a few bits), never the reasons: those are recomputed from the inputs.
 */
import * as z from 'zod/mini';
import { LanguageSchema, type ChangelogEntry, type KnowledgeBase } from '../../content';
import { verdictHeadline } from './describe';
import { CONSTRAINTS_CONFLICT, LANGUAGE_NAME, NOT_STARTED } from './words';
import { answersForService, type PlannerInputs } from './inputs';
import { compareVersions } from './permalink/link-table';
import { tallyAnswers, type Verdict } from './score';

export const VerdictSnapshotSchema = z.strictObject({
  kind: z.enum(['clear', 'close-call', 'gated', 'ruled-out', 'conflict']),
  /** Absent only for a conflict, which names no language. */
  language: z.optional(LanguageSchema),
  /** For a gated verdict, the gate that held it. */
  gateId: z.optional(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))),
});
export type VerdictSnapshot = z.infer<typeof VerdictSnapshotSchema>;

/**
 * The part of a verdict worth keeping: its kind, its language and, when gated, its gate. A
 * service not started has no verdict to keep (null).
 */
export function snapshotVerdict(verdict: Verdict): VerdictSnapshot | null {
  switch (verdict.kind) {
    case 'not-started':
      return null;
    case 'conflict':
      return { kind: 'conflict' };
    case 'gated':
      return { kind: 'gated', language: verdict.language, gateId: verdict.gateId };
    default:
      return { kind: verdict.kind, language: verdict.language };
  }
}

/** Today's verdict for every service of these inputs, as snapshots, in service order. */
export function snapshotVerdicts(
  kb: KnowledgeBase,
  inputs: PlannerInputs,
): (VerdictSnapshot | null)[] {
  return inputs.services.map((service) =>
    snapshotVerdict(
      tallyAnswers(kb, answersForService(inputs.teamAnswers, service), inputs.weights).verdict,
    ),
  );
}

/** Whether two snapshots name the same verdict (a close call's tie-break is not compared). */
export function sameVerdict(a: VerdictSnapshot | null, b: VerdictSnapshot | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.language === b.language && (a.gateId ?? '') === (b.gateId ?? '');
}

/** A snapshot in the words the result page uses for a verdict: "Rust", "Close call: Go", … */
export function describeSnapshot(kb: KnowledgeBase, snapshot: VerdictSnapshot | null): string {
  if (snapshot === null) return NOT_STARTED;
  if (snapshot.kind === 'conflict' || snapshot.language === undefined) return CONSTRAINTS_CONFLICT;
  const name = LANGUAGE_NAME[snapshot.language];
  switch (snapshot.kind) {
    case 'clear':
      return name;
    case 'close-call':
      return `Close call: ${name}`;
    case 'ruled-out':
      return `${name} — ${LANGUAGE_NAME[snapshot.language === 'rust' ? 'go' : 'rust']} is ruled out`;
    case 'gated': {
      const gate = kb.gates.find((g) => g.id === snapshot.gateId);
      return gate
        ? verdictHeadline(kb, { kind: 'gated', language: snapshot.language, gateId: gate.id })
        : `${name} (held by a rule this version no longer has)`;
    }
  }
}

/** One service's verdict as its author saw it and as it stands today. */
export interface VerdictComparison {
  serviceId: string;
  name: string;
  author: VerdictSnapshot | null;
  /** Null when the service is not started today. */
  today: VerdictSnapshot | null;
  /** True when the author's verdict is known and differs from today's. */
  differs: boolean;
}

/**
 * Compares each service's verdict today with the one recorded when the link or file was made
 * (`authorVerdicts[i]` belongs to `inputs.services[i]`; null where none was recorded).
 */
export function compareVerdicts(
  kb: KnowledgeBase,
  inputs: PlannerInputs,
  authorVerdicts: readonly (VerdictSnapshot | null)[],
): VerdictComparison[] {
  const today = snapshotVerdicts(kb, inputs);
  return inputs.services.map((service, i) => {
    const author = authorVerdicts[i] ?? null;
    const now = today[i] ?? null;
    return {
      serviceId: service.id,
      name: service.name,
      author,
      today: now,
      differs: author !== null && !sameVerdict(author, now),
    };
  });
}

/**
 * The knowledge-base changes released after `version` (the one a link or file was made with), up
 * to this knowledge base, newest first: what can have moved a verdict since.
 */
export function changesSince(kb: KnowledgeBase, version: string): ChangelogEntry[] {
  return kb.changelog.filter(
    (entry) =>
      compareVersions(entry.version, version) > 0 &&
      compareVersions(entry.version, kb.version) <= 0,
  );
}
