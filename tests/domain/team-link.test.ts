import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, linkTables } from '../../content';
import type { PlannerInputs } from '../../src/domain/inputs';
import { encodePermalink } from '../../src/domain/permalink/permalink';
import { compareTeam, teamKey } from '../../src/domain/team';
import {
  decodeTeamFile,
  decodeTeamFragment,
  encodeTeamFile,
  encodeTeamFragment,
  linkPayload,
  openTeam,
  openTeamEntries,
} from '../../src/domain/team-link';
import {
  describeSettledItem,
  settlementApplies,
  summariseSettlement,
} from '../../src/domain/team-record';

const kb = getKnowledgeBase();
const plan = (answers: Record<string, string>): PlannerInputs => ({
  teamAnswers: {},
  services: [{ id: 's1', name: 'api', notes: '', answers }],
  weights: {},
});
const calm = plan({
  'workload-kind': 'crud-api',
  'latency-budget': 'under-10ms',
  'tail-spikes': 'rarely',
});
const strict = plan({
  'workload-kind': 'crud-api',
  'latency-budget': 'under-10ms',
  'tail-spikes': 'no',
});

describe('team link', () => {
  it('round-trips any member names and links through the fragment and the file', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            member: fc.string({ minLength: 1, maxLength: 100 }).filter((m) => m.trim() !== ''),
            link: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
          }),
          { minLength: 2, maxLength: 5 },
        ),
        (entries) => {
          const ok = { ok: true, entries, settlements: [] };
          expect(decodeTeamFragment(encodeTeamFragment(entries))).toEqual(ok);
          expect(decodeTeamFile(encodeTeamFile(entries))).toEqual(ok);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a fragment with one member or without links, and a file that is not one', () => {
    expect(decodeTeamFragment('QW5h:abc').ok).toBe(false);
    expect(decodeTeamFragment('QW5h,QmVu').ok).toBe(false);
    expect(decodeTeamFile('{"format":"rust-or-go-answers"}').ok).toBe(false);
    expect(decodeTeamFile('not json').ok).toBe(false);
  });

  it('takes a whole address or the bare payload as a member’s link, and says whose link fails', () => {
    const payload = encodePermalink(kb, calm, linkTables);
    expect(linkPayload(`https://example.org/#/link/${payload}/s1`)).toBe(payload);
    const opened = openTeamEntries(
      kb,
      [
        { member: 'Ana', link: `https://example.org/#/link/${payload}` },
        { member: 'Ben', link: 'not-a-plan' },
      ],
      linkTables,
    );
    expect(opened).toMatchObject({ ok: false, issues: [{ field: 'Ben' }] });
  });
});

describe('the settlement a record remembers', () => {
  it('applies while the plan keeps every settled answer, and not once one changes', () => {
    const key = teamKey.service('s1', 'tail-spikes');
    const result = compareTeam(
      kb,
      [
        { name: 'Ana', inputs: calm },
        { name: 'Ben', inputs: strict },
      ],
      [{ key, value: 'no', by: 'Ana', at: '2026-12-07' }],
    );
    if (!result.ok) throw new Error('expected a comparison');
    const items = summariseSettlement(kb, result.value);
    expect(items).toMatchObject([{ key, value: 'no', how: 'tie', by: 'Ana', at: '2026-12-07' }]);
    expect(describeSettledItem(items[0]!)).toContain('(tie, settled by Ana on 2026-12-07).');
    expect(settlementApplies(kb, items, strict)).toBe(true);
    expect(settlementApplies(kb, items, calm)).toBe(false);
    expect(settlementApplies(kb, [], strict)).toBe(false);
  });
});

describe('team views made before settlements travelled (format 1)', () => {
  const fragment = readFileSync('tests/fixtures/team-link-v1.txt', 'utf8').trim();
  const file = readFileSync('tests/fixtures/team-view-v1.json', 'utf8');

  it('still open, link and file alike, with their three members and nothing settled', () => {
    for (const decoded of [decodeTeamFragment(fragment), decodeTeamFile(file)]) {
      if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
      expect(decoded.entries.map((e) => e.member)).toEqual(['Ana', 'Ben', 'Zoë']);
      expect(decoded.settlements).toEqual([]);
      const team = openTeam(kb, decoded.entries, linkTables, decoded.settlements);
      if (!team.ok) throw new Error(team.problems.join('; '));
      expect(team.comparison.services.map((s) => s.name)).toEqual(['billing-api', 'image-resizer']);
      const billing = team.comparison.services[0]?.disagreements.map((d) => d.key);
      expect(billing).toContain(teamKey.service('s1', 'tail-spikes'));
    }
  });

  it('round-trip through format 2 with the lead and the settlements', () => {
    const decoded = decodeTeamFragment(fragment);
    if (!decoded.ok) throw new Error('golden link');
    const state = {
      lead: 'Zoë',
      settlements: [
        { key: teamKey.service('s1', 'tail-spikes'), value: 'no', by: 'Zoë', at: '2026-12-07' },
      ],
    };
    const v2 = encodeTeamFragment(decoded.entries, state);
    expect(v2.startsWith('t2.')).toBe(true);
    expect(decodeTeamFragment(v2)).toEqual({ ok: true, entries: decoded.entries, ...state });
    expect(decodeTeamFile(encodeTeamFile(decoded.entries, state))).toEqual({
      ok: true,
      entries: decoded.entries,
      ...state,
    });
    // Nothing settled and no lead: the link stays format 1, as short as before.
    expect(encodeTeamFragment(decoded.entries, { settlements: [] })).toBe(fragment);
  });

  it('counts members from 1 and names the limit', () => {
    const one = decodeTeamFile(
      JSON.stringify({
        format: 'rust-or-go-team-view',
        formatVersion: 1,
        members: [{ member: '', link: '' }],
      }),
    );
    expect(one).toEqual({
      ok: false,
      issues: [
        { field: 'Member 1', message: 'has no name' },
        { field: 'Member 1', message: 'has no link' },
        { field: 'Members', message: 'is 1; a team view needs two or more' },
      ],
    });
    const many = Array.from(
      { length: 25 },
      (_, i) => `${Buffer.from(`M${i}`).toString('base64url')}:abc`,
    );
    expect(decodeTeamFragment(many.join(','))).toMatchObject({
      ok: false,
      issues: [{ field: 'Members', message: 'are 25; a team view takes at most 20' }],
    });
  });
});
