/** Every source can be opened: its public address is recorded, and every citation carries it. */
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { serviceDecisionRecord } from '../../src/domain/decision-record';
import { citeSource, describeSource } from '../../src/domain/describe-source';

const kb = getKnowledgeBase();

describe('citations', () => {
  it('gives every source its https address and site, and no invented author', () => {
    for (const source of kb.sources) {
      expect(source.url).toMatch(/^https:\/\/\S+$/);
      expect(source.publisher).toBeTruthy();
      expect(source.author).toBeUndefined();
      expect(describeSource(source).addressNote).toBe('');
      expect(citeSource(source)).toContain(source.url);
    }
  });

  it('links each source a decision record cites', () => {
    const preset = kb.presets.find((p) => p.id === 'auth-token-service')!;
    const record = serviceDecisionRecord(
      kb,
      { name: 'auth', notes: '', answers: preset.answers },
      {},
      { date: '2026-11-21', status: 'accepted', decisionMakers: [] },
    );
    // The record's source list: one line per source, "  * Title. Kind on site. <address>".
    const listed = kb.sources.filter((s) => record.includes(`* ${s.title}. `));
    expect(listed.length).toBeGreaterThan(0);
    for (const source of listed) {
      const line = record.split('\n').find((l) => l.includes(`* ${source.title}. `))!;
      expect(line.endsWith(`<${source.url}>`)).toBe(true);
    }
    expect(record).not.toContain('No public address recorded');
  });
});
