/**
 * Link tables are frozen per released knowledge-base version (content/link-tables.ts). These
 * checks make a content change that moves questions, options, criteria or gates impossible to
 * release without a new table — or links made before it would open with the wrong answers.
 */
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, linkTables, LinkTableSchema } from '../../content';
import { deriveLinkTable, findLinkTable } from '../../src/domain/permalink/link-table';

const kb = getKnowledgeBase();

describe('link tables', () => {
  it('are valid', () => {
    for (const table of linkTables) expect(LinkTableSchema.safeParse(table).success).toBe(true);
  });

  it('list each version once', () => {
    const versions = linkTables.flatMap((t) => t.versions);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('have a table for the current knowledge base that matches it exactly', () => {
    const table = findLinkTable(linkTables, kb.version);
    const { versions: _versions, ...expected } = deriveLinkTable(kb);
    const message = `Knowledge base ${kb.version} needs a link table. If no question, option, criterion or gate moved since the last table, add "${kb.version}" to its versions; otherwise append this table to content/link-tables.ts (and leave the old ones alone):\n${JSON.stringify(deriveLinkTable(kb), null, 2)}`;
    expect(table, message).toBeDefined();
    const { versions: _listed, ...actual } = table!;
    expect(actual, message).toEqual(expected);
  });

  it('never repeat an id within a table', () => {
    for (const table of linkTables) {
      const questionIds = table.questions.map((q) => q.id);
      expect(new Set(questionIds).size).toBe(questionIds.length);
      for (const question of table.questions) {
        expect(new Set(question.options).size, question.id).toBe(question.options.length);
      }
      expect(new Set(table.criteria).size).toBe(table.criteria.length);
      expect(new Set(table.gates).size).toBe(table.gates.length);
    }
  });
});
