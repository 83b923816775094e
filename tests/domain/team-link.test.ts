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
  openTeamEntries,
} from '../../src/domain/team-link';
import { settlementApplies, summariseSettlement } from '../../src/domain/team-record';

const kb = getKnowledgeBase();
const plan = (answers: Record<string, string>): PlannerInputs => ({
  teamAnswers: {},
  services: [{ id: 's1', name: 'api', notes: '', answers }],
  weights: {},
});
const calm = plan({ 'workload-kind': 'crud-api', 'tail-spikes': 'rarely' });
const strict = plan({ 'workload-kind': 'crud-api', 'tail-spikes': 'no' });

describe('team link', () => {
  it('round-trips any member names and links through the fragment and the file', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            member: fc.string({ minLength: 1, maxLength: 100 }),
            link: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
          }),
          { minLength: 2, maxLength: 5 },
        ),
        (entries) => {
          expect(decodeTeamFragment(encodeTeamFragment(entries))).toEqual({ ok: true, entries });
          expect(decodeTeamFile(encodeTeamFile(entries))).toEqual({ ok: true, entries });
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
    const result = compareTeam(kb, [
      { name: 'Ana', inputs: calm },
      { name: 'Ben', inputs: strict },
    ]);
    if (!result.ok) throw new Error('expected a comparison');
    const key = teamKey.service('s1', 'tail-spikes');
    const items = summariseSettlement(kb, result.value, { [key]: 'no' });
    expect(items).toMatchObject([{ key, value: 'no', how: 'lead' }]);
    expect(settlementApplies(kb, items, strict)).toBe(true);
    expect(settlementApplies(kb, items, calm)).toBe(false);
    expect(settlementApplies(kb, [], strict)).toBe(false);
  });
});
