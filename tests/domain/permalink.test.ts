import { describe, expect, it } from 'vitest';
import {
  getKnowledgeBase,
  linkTables,
  rawKnowledgeBase,
  type KnowledgeBase,
  type LinkTable,
} from '../../content';
import { answersForService, type PlannerInputs } from '../../src/domain/inputs';
import { describePermalinkFailure } from '../../src/domain/permalink/describe-failure';
import { deriveLinkTable } from '../../src/domain/permalink/link-table';
import {
  decodePermalink,
  encodePermalink,
  type PermalinkFailure,
} from '../../src/domain/permalink/permalink';
import { tallyAnswers } from '../../src/domain/score';
import {
  snapshotVerdict,
  snapshotVerdicts,
  compareVerdicts,
} from '../../src/domain/verdict-snapshot';
import { encodeBase64Url } from '../../src/domain/permalink/base64url';
import { crc16 } from '../../src/domain/permalink/crc16';
import { writeFormatV1 } from '../../src/domain/permalink/format-v1';
import { writeFormatV2 } from '../../src/domain/permalink/format-v2';
import { findLinkTable } from '../../src/domain/permalink/link-table';
import { withChecksum } from '../../src/domain/permalink/permalink';

const kb = getKnowledgeBase();
const table = linkTables[0]!;

const billing: PlannerInputs = {
  teamAnswers: { 'team-fluency': 'go', 'team-size': 'under-10' },
  services: [
    {
      id: 's1',
      name: 'billing-api',
      notes: '',
      answers: { 'workload-kind': 'crud-api', bottleneck: 'io', deadline: 'weeks' },
    },
  ],
  weights: {},
};

const encode = (inputs: PlannerInputs) => encodePermalink(kb, inputs, linkTables);
const decode = (payload: string) => decodePermalink(kb, payload, linkTables);
const failureOf = (payload: string): PermalinkFailure => {
  const result = decode(payload);
  if (result.ok) throw new Error('expected the link to fail');
  return result.reason;
};

/** A link whose body is written as given, with a valid checksum (as a forger would). */
function craft(bytes: number[]): string {
  const body = Uint8Array.from(bytes);
  const check = crc16(body);
  return encodeBase64Url(Uint8Array.from([...bytes, check >> 8, check & 0xff]));
}

describe('permalinks', () => {
  it('round-trips a plan with its verdicts, in a short URL-safe string', () => {
    const payload = encode(billing);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    const result = decode(payload);
    expect(result.ok && result.value.inputs).toEqual(billing);
    expect(result.ok && result.value.authorVerdicts).toEqual([
      snapshotVerdict(
        tallyAnswers(kb, answersForService(billing.teamAnswers, billing.services[0]), {}).verdict,
      ),
    ]);
    expect(result.ok && result.value.kbVersion).toBe(kb.version);
  });

  it('leaves out answers the knowledge base cannot use, so they cannot change the link', () => {
    const noisy = {
      ...billing,
      teamAnswers: { ...billing.teamAnswers, 'no-such-question': 'x' },
      weights: { 'no-such-criterion': 3 },
    };
    expect(encode(noisy)).toBe(encode(billing));
  });

  it('keeps service ids that are not s1, s2, …', () => {
    const inputs = { ...billing, services: [{ ...billing.services[0]!, id: 's007' }] };
    const result = decode(encode(inputs));
    expect(result.ok && result.value.inputs.services[0]?.id).toBe('s007');
  });

  it.each([
    ['empty', '', 'empty'],
    ['over 4,096 characters', 'A'.repeat(4097), 'too-long'],
    ['a character links never have', 'AQEA$AAA', 'not-a-link'],
    ['percent-escaped', 'AQEA%20AAA', 'not-a-link'],
    ['one character too many to be base64', 'AQEAA', 'truncated'],
    ['typed in by hand', 'garbage', 'corrupted'],
    ['a word that happens to be valid base64', 'hello-world', 'corrupted'],
  ])('refuses a link that is %s', (_what, payload, kind) => {
    expect(failureOf(payload).kind).toBe(kind);
  });

  it('says a link was cut short when it was', () => {
    const payload = encode(billing);
    for (const cut of [4, 8, 12]) {
      expect(failureOf(payload.slice(0, cut)).kind, `cut at ${cut}`).toBe('truncated');
    }
  });

  it('says a link was cut short wherever it was cut, never that its checksum failed', () => {
    for (const inputs of [
      billing,
      { ...billing, services: [{ ...billing.services[0]!, name: 'a longer name' }] },
      { ...billing, services: [{ ...billing.services[0]!, answers: {} }] },
    ]) {
      const payload = encode(inputs);
      for (let cut = 1; cut < payload.length; cut++) {
        expect(failureOf(payload.slice(0, cut)).kind, `cut at ${cut}`).toBe('truncated');
      }
    }
  });

  it('gives every service a distinct id, repairing a link that repeats one', () => {
    const twice: PlannerInputs = {
      ...billing,
      services: [
        { id: 's2', name: 'one', notes: '', answers: {} },
        { id: 's2', name: 'two', notes: '', answers: {} },
      ],
    };
    const body = writeFormatV1(findLinkTable(linkTables, kb.version)!, {
      kbVersion: kb.version,
      inputs: twice,
      verdicts: [null, null],
    });
    const result = decode(encodeBase64Url(withChecksum(body)));
    expect(result.ok && result.value.inputs.services.map((s) => [s.id, s.name])).toEqual([
      ['s2', 'one'],
      ['s1', 'two'],
    ]);
    expect(result.ok && result.value.dropped).toEqual([
      { field: 'Service “two”', message: expect.stringContaining('“s2” was already used') },
    ]);
  });

  it('catches a changed character with the checksum', () => {
    const payload = encode(billing);
    for (let i = 2; i < payload.length - 1; i++) {
      const changed = payload.slice(0, i) + (payload[i] === 'B' ? 'C' : 'B') + payload.slice(i + 1);
      const result = decode(changed);
      expect(result.ok, `character ${i}`).toBe(false);
    }
  });

  it('recognises a link from a newer format or knowledge base', () => {
    expect(failureOf(craft([3, 1, 0, 0]))).toEqual({ kind: 'newer-format', formatVersion: 3 });
    // Versions from 128 take two bytes (a varint): the whole number is reported.
    expect(failureOf(craft([0xac, 0x02, 1, 0, 0]))).toEqual({
      kind: 'newer-format',
      formatVersion: 300,
    });
    expect(failureOf(craft([1, 9, 9, 9, 0]))).toEqual({
      kind: 'unknown-knowledge-base',
      kbVersion: '9.9.9',
      newer: true,
    });
    expect(failureOf(craft([1, 0, 0, 1, 0]))).toMatchObject({ newer: false });
  });

  it('refuses impossible values even with a valid checksum', () => {
    // Format 1, knowledge base 1.0.0, then 3 flag bits (ids sequential) and the service count.
    expect(failureOf(craft([1, 1, 0, 0, 0b100_00000, 0b0000_0000])).kind).toBe('corrupted');
    // The same with 100 services (0b01100100), more than a plan may hold.
    expect(failureOf(craft([1, 1, 0, 0, 0b100_01100, 0b100_00000])).kind).toBe('corrupted');
  });

  it('validates what a link holds with the planner schema, field by field', () => {
    const bytes = writeFormatV1(table, {
      kbVersion: '1.0.0',
      inputs: { ...billing, services: [{ ...billing.services[0]!, name: 'x'.repeat(501) }] },
      verdicts: [null],
    });
    const reason = failureOf(encodeBase64Url(withChecksum(bytes)));
    expect(reason).toEqual({
      kind: 'invalid',
      issues: [{ field: 'Service 1 › name', message: 'must be at most 500 characters' }],
    });
  });

  it('explains every failure with what happened and what to do', () => {
    const reasons: PermalinkFailure[] = [
      { kind: 'empty' },
      { kind: 'too-long', length: 5000 },
      { kind: 'not-a-link' },
      { kind: 'truncated' },
      { kind: 'corrupted' },
      { kind: 'newer-format', formatVersion: 2 },
      { kind: 'unknown-knowledge-base', kbVersion: '99.0.0', newer: true },
      { kind: 'unknown-knowledge-base', kbVersion: '0.9.0', newer: false },
      { kind: 'invalid', issues: [] },
    ];
    for (const reason of reasons) {
      const words = describePermalinkFailure(reason);
      expect(words.summary.length, reason.kind).toBeGreaterThan(10);
      expect(words.advice.length, reason.kind).toBeGreaterThan(10);
    }
    expect(describePermalinkFailure({ kind: 'too-long', length: 5000 }).summary).toContain('5,000');
  });

  it('decodes the largest allowed garbage quickly', () => {
    const start = performance.now();
    for (let i = 0; i < 100; i++) decode('A'.repeat(4096 - (i % 3)));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('a link made under an organisation profile', () => {
  const current = findLinkTable(linkTables, kb.version)!;
  const acme = { name: 'Acme platform “group” ✓', hash: '0a1b2c3d' };
  const withProfile = (inputs: PlannerInputs) => encodePermalink(kb, inputs, linkTables, acme);

  it('names the profile, and opens with the same inputs and verdicts as without one', () => {
    const plain = decode(encode(billing));
    const profiled = decode(withProfile(billing));
    if (!plain.ok || !profiled.ok) throw new Error('expected both links to open');
    expect(profiled.value.authorProfile).toEqual(acme);
    expect(profiled.value.formatVersion).toBe(2);
    expect(profiled.value.inputs).toEqual(plain.value.inputs);
    expect(profiled.value.authorVerdicts).toEqual(plain.value.authorVerdicts);
  });

  it('leaves a link made without a profile in format 1, byte for byte, naming none', () => {
    const payload = encode(billing);
    const body = writeFormatV1(current, {
      kbVersion: kb.version,
      inputs: billing,
      verdicts: snapshotVerdicts(kb, billing),
    });
    expect(payload).toBe(encodeBase64Url(withChecksum(body)));
    const result = decode(payload);
    expect(result.ok && result.value.formatVersion).toBe(1);
    expect(result.ok && 'authorProfile' in result.value).toBe(false);
  });

  it('keeps a hash with leading zeros and the longest name a profile may have', () => {
    const longest = { name: 'é'.repeat(80), hash: '00000001' };
    const result = decode(encodePermalink(kb, billing, linkTables, longest));
    expect(result.ok && result.value.authorProfile).toEqual(longest);
  });

  it('adds only the name and a few bytes to the link', () => {
    const added = withProfile(billing).length - encode(billing).length;
    const nameBytes = new TextEncoder().encode(acme.name).length;
    // 4 bytes of hash, 1 of length, the name, and at most 1 of padding, in base64url.
    expect(added).toBeLessThanOrEqual(Math.ceil(((nameBytes + 6) * 4) / 3));
  });

  it('says a profiled link was cut short wherever it was cut', () => {
    const payload = withProfile(billing);
    for (let cut = 1; cut < payload.length; cut++) {
      expect(failureOf(payload.slice(0, cut)).kind, `cut at ${cut}`).toBe('truncated');
    }
  });

  it('refuses a profile name that is empty or longer than a profile allows', () => {
    const body = (name: string) => {
      const bytes = writeFormatV2(current, {
        kbVersion: kb.version,
        inputs: billing,
        verdicts: [null],
        profile: { name, hash: '0a1b2c3d' },
      });
      return encodeBase64Url(withChecksum(bytes));
    };
    expect(decode(body('A')).ok).toBe(true);
    expect(failureOf(body('')).kind).toBe('corrupted');
    expect(failureOf(body('x'.repeat(81))).kind).toBe('corrupted');
  });
});

describe('a link made before the knowledge base changed', () => {
  /** The next knowledge base as a future release might make it. */
  function nextKnowledgeBase(): KnowledgeBase {
    const next = structuredClone<KnowledgeBase>(rawKnowledgeBase);
    next.version = '99.1.0';
    const question = (id: string) => next.questions.find((q) => q.id === id)!;
    // Options reordered: positions move, meanings must not.
    question('deadline').options.reverse();
    // An option removed, and a question removed.
    const kind = question('workload-kind');
    kind.options = kind.options.filter((o) => o.id !== 'internal-tool');
    next.questions = next.questions.filter((q) => q.id !== 'ai-assistance');
    next.steps = next.steps.map((s) => ({
      ...s,
      questionIds: s.questionIds.filter((id) => id !== 'ai-assistance'),
    }));
    // Being fluent in Go now counts for nothing.
    question('team-fluency').options.find((o) => o.id === 'go')!.effects = [];
    return next;
  }

  const next = nextKnowledgeBase();
  const tables: LinkTable[] = [...linkTables, deriveLinkTable(next)];
  const inputs: PlannerInputs = {
    teamAnswers: { 'team-fluency': 'go', 'ai-assistance': 'most' },
    services: [
      { id: 's1', name: 'admin', notes: '', answers: { 'workload-kind': 'internal-tool' } },
      { id: 's2', name: 'api', notes: '', answers: { deadline: 'months', bottleneck: 'io' } },
    ],
    weights: {},
  };
  const oldLink = encodePermalink(kb, inputs, linkTables);

  it('opens with every answer that still exists, by meaning rather than position', () => {
    const result = decodePermalink(next, oldLink, tables);
    if (!result.ok) throw new Error(result.reason.kind);
    expect(result.value.kbVersion).toBe(kb.version);
    expect(result.value.inputs.services[1]?.answers).toEqual({
      deadline: 'months',
      bottleneck: 'io',
    });
    expect(result.value.inputs.teamAnswers).toEqual({ 'team-fluency': 'go' });
  });

  it('says which answers no longer apply', () => {
    const result = decodePermalink(next, oldLink, tables);
    expect(result.ok && result.value.dropped).toEqual([
      { field: 'Team answers › ai-assistance', message: 'this question is no longer asked' },
      {
        field: 'Service “admin” › workload-kind',
        message: 'the answer “internal-tool” is no longer offered',
      },
    ]);
  });

  it('shows both verdicts where today’s differs from the author’s', () => {
    const result = decodePermalink(next, oldLink, tables);
    if (!result.ok) throw new Error(result.reason.kind);
    const comparison = compareVerdicts(next, result.value.inputs, result.value.authorVerdicts);
    expect(comparison.map((c) => c.author)).toEqual([
      { kind: 'clear', language: 'go' },
      { kind: 'clear', language: 'go' },
    ]);
    // "admin" rested on an answer that is gone: nothing about it is answered now. "api" holds.
    expect(comparison.map((c) => [c.today, c.differs])).toEqual([
      [null, true],
      [{ kind: 'clear', language: 'go' }, false],
    ]);
  });

  it('cannot be opened by an older release, which says so', () => {
    const newLink = encodePermalink(next, inputs, tables);
    expect(decodePermalink(kb, newLink, linkTables)).toEqual({
      ok: false,
      reason: { kind: 'unknown-knowledge-base', kbVersion: '99.1.0', newer: true },
    });
  });
});
