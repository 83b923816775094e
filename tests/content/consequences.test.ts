import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';

const kb = getKnowledgeBase();
const consequences = kb.consequences ?? [];

describe('consequences and mitigations', () => {
  it('point only at criteria and sources the knowledge base has, each id once', () => {
    const criteria = new Set(kb.criteria.map((c) => c.id));
    const sources = new Set(kb.sources.map((s) => s.id));
    for (const entry of consequences) {
      expect(criteria, entry.id).toContain(entry.criterionId);
      for (const id of entry.sourceIds) expect(sources, entry.id).toContain(id);
    }
    expect(new Set(consequences.map((c) => c.id)).size).toBe(consequences.length);
  });

  it('cover every criterion for either choice, once', () => {
    for (const criterion of kb.criteria) {
      for (const chosen of ['rust', 'go'] as const) {
        const found = consequences.filter(
          (c) => c.criterionId === criterion.id && c.chosen === chosen,
        );
        expect(found, `${criterion.id} when choosing ${chosen}`).toHaveLength(1);
      }
    }
  });
});

describe('source metadata', () => {
  it('gives an address only as https, and a date only as the article gives it', () => {
    for (const source of kb.sources) {
      if (source.url) expect(source.url).toMatch(/^https:\/\//);
      if (source.date) expect(source.date).toMatch(/^\d{4}(-\d{2})?$/);
    }
  });
});
