/**
 * Finding the link table for a knowledge-base version, and deriving the one the current
 * knowledge base needs (the content tests compare it with the frozen one in content/).
 */
import type { KnowledgeBase, LinkTable } from '../../../content';

/** The table this knowledge base would freeze: its questions, options, criteria and gates in order. */
export function deriveLinkTable(kb: KnowledgeBase): LinkTable {
  return {
    versions: [kb.version],
    questions: kb.questions.map((q) => ({
      id: q.id,
      scope: q.scope,
      options: q.options.map((o) => o.id),
    })),
    criteria: kb.criteria.map((c) => c.id),
    gates: kb.gates.map((g) => g.id),
  };
}

/** The table that decodes links made with `version`, if this build knows that version. */
export function findLinkTable(
  tables: readonly LinkTable[],
  version: string,
): LinkTable | undefined {
  return tables.find((t) => t.versions.includes(version));
}

/** Orders two semver strings ("1.10.0" after "1.9.2"); negative when a comes first. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
