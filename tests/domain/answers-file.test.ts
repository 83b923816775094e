import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import {
  ANSWERS_FILE_MAX_CHARS,
  decodeAnswersFile,
  describeAnswersFileFailure,
  encodeAnswersFile,
  type AnswersFileFailure,
  type AnswersFileResult,
} from '../../src/domain/answers-file';
import { PlannerInputsSchema, type PlannerInputs } from '../../src/domain/inputs';
import { snapshotVerdicts } from '../../src/domain/verdict-snapshot';
import { arbitraryInputs } from '../support/arbitraries';

const kb = getKnowledgeBase();
const SAVED_AT = new Date('2026-11-21T10:00:00.000Z');

const inputs: PlannerInputs = {
  teamAnswers: { 'team-fluency': 'rust' },
  services: [
    {
      id: 's1',
      name: 'auth-tokens',
      notes: 'Issues session tokens.',
      answers: { 'workload-kind': 'auth-crypto', 'memory-safety-impact': 'catastrophic' },
    },
  ],
  weights: { latency: 4.5 },
};

const encode = (value: PlannerInputs) => encodeAnswersFile(kb, value, SAVED_AT);
const decode = (text: string) => decodeAnswersFile(kb, text);
const failureOf = (text: string): AnswersFileFailure => {
  const result = decode(text);
  if (result.ok) throw new Error('expected the file to fail');
  return result.reason;
};
const fileWith = (change: (file: Record<string, unknown>) => void): string => {
  const file = JSON.parse(encode(inputs)) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
};

function expectWellFormed(result: AnswersFileResult): void {
  if (result.ok) expect(PlannerInputsSchema.safeParse(result.value.inputs).success).toBe(true);
  else
    expect(['too-large', 'not-json', 'not-an-answers-file', 'newer-format', 'invalid']).toContain(
      result.reason.kind,
    );
}

describe('answers file', () => {
  it('is readable JSON with the format, the versions and each verdict', () => {
    const file = JSON.parse(encode(inputs)) as Record<string, unknown>;
    expect(file).toEqual({
      format: 'rust-or-go-answers',
      formatVersion: 3,
      knowledgeBaseVersion: kb.version,
      savedAt: '2026-11-21T10:00:00.000Z',
      teamAnswers: { 'team-fluency': 'rust' },
      weights: { latency: 4.5 },
      services: [{ ...inputs.services[0], verdict: { kind: 'clear', language: 'rust' } }],
    });
  });

  it('opens again exactly as it was saved', () => {
    const result = decode(encode(inputs));
    expect(result).toEqual({
      ok: true,
      value: {
        inputs,
        authorVerdicts: [{ kind: 'clear', language: 'rust' }],
        kbVersion: kb.version,
        formatVersion: 3,
        dropped: [],
        savedAt: '2026-11-21T10:00:00.000Z',
        decision: null,
        profile: null,
      },
    });
  });

  it('keeps a recorded decision, and opens format 1 files that have none', () => {
    const decision = {
      status: 'accepted' as const,
      decidedOn: '2026-11-21',
      reviewBy: '2027-05-21',
      triggers: { 'security-incident': 'watched' as const },
    };
    const saved = decode(encodeAnswersFile(kb, inputs, SAVED_AT, decision));
    expect(saved.ok && saved.value.decision).toEqual(decision);

    const v1 = decode(fileWith((f) => (f.formatVersion = 1)));
    expect(v1.ok && [v1.value.formatVersion, v1.value.decision]).toEqual([1, null]);
    // A decision is a format 2 field: in a format 1 file it is an unknown key.
    const v1WithDecision = fileWith((f) => {
      f.formatVersion = 1;
      f.decision = decision;
    });
    expect(failureOf(v1WithDecision).kind).toBe('invalid');
  });

  it('refuses a decision with a date that does not exist or a review before the decision', () => {
    const reason = failureOf(
      fileWith((f) => {
        f.decision = { status: 'accepted', decidedOn: '2026-02-30', reviewBy: '2025-13-01' };
      }),
    );
    expect(reason.kind === 'invalid' && reason.issues.map((i) => i.field)).toEqual(
      expect.arrayContaining(['decision › decidedOn', 'decision › reviewBy']),
    );
  });

  it('opens a file that starts with a byte-order mark', () => {
    const result = decode(`\uFEFF${encode(inputs)}`);
    expect(result.ok && result.value.inputs).toEqual(inputs);
  });

  it('refuses two services with the same id, naming the second', () => {
    const reason = failureOf(
      fileWith((f) => {
        const services = f.services as Record<string, unknown>[];
        services.push({ ...services[0], name: 'copy' });
      }),
    );
    expect(reason).toEqual({
      kind: 'invalid',
      issues: [
        {
          field: 'Service 2 › id',
          message: '"s1" is already the id of service 1; every service needs its own id',
        },
      ],
    });
  });

  it.each([
    ['is not JSON', '{"format": ', 'not-json'],
    ['is some other JSON', '{"name": "package"}', 'not-an-answers-file'],
    ['is a JSON array', '[1, 2]', 'not-an-answers-file'],
    ['is too large', ' '.repeat(ANSWERS_FILE_MAX_CHARS + 1), 'too-large'],
  ])('refuses a file that %s', (_what, text, kind) => {
    expect(failureOf(text).kind).toBe(kind);
  });

  it('recognises a file from a newer version', () => {
    expect(failureOf(fileWith((f) => (f.formatVersion = 4)))).toEqual({
      kind: 'newer-format',
      formatVersion: 4,
    });
  });

  it('lists each invalid field with what is wrong', () => {
    const text = fileWith((f) => {
      const services = f.services as Record<string, unknown>[];
      services[0]!.name = 'x'.repeat(501);
      services[0]!.colour = 'red';
      f.weights = { latency: 9 };
      (f.teamAnswers as Record<string, unknown>)['Team Fluency'] = 'go';
    });
    const reason = failureOf(text);
    expect(reason.kind).toBe('invalid');
    expect(reason.kind === 'invalid' && reason.issues).toEqual(
      expect.arrayContaining([
        { field: 'Service 1 › name', message: 'must be at most 500 characters' },
        { field: 'Service 1', message: 'unknown key(s): colour' },
        { field: 'Weights › latency', message: 'must be at most 5' },
        { field: 'Team answers › Team Fluency', message: 'must be a kebab-case id' },
      ]),
    );
  });

  it('opens a file with answers this version no longer offers, and says which', () => {
    const text = fileWith((f) => {
      (f.teamAnswers as Record<string, string>)['team-fluency'] = 'cobol';
      f.weights = { 'retired-criterion': 2 };
    });
    const result = decode(text);
    expect(result.ok && result.value.dropped).toEqual([
      { field: 'Team answers › team-fluency', message: 'the answer “cobol” is no longer offered' },
      { field: 'Weights › retired-criterion', message: 'this criterion no longer exists' },
    ]);
  });

  it('explains every failure', () => {
    for (const reason of [
      { kind: 'too-large', length: 2e6 },
      { kind: 'not-json', detail: 'x' },
      { kind: 'not-an-answers-file' },
      { kind: 'newer-format', formatVersion: 3 },
      { kind: 'invalid', issues: [] },
    ] as AnswersFileFailure[]) {
      expect(describeAnswersFileFailure(reason).summary).not.toBe('');
    }
  });

  it('keeps __proto__ and constructor keys from reaching any prototype', () => {
    const hostile = `{
      "format": "rust-or-go-answers", "formatVersion": 1, "knowledgeBaseVersion": "1.0.0",
      "__proto__": { "polluted": true },
      "teamAnswers": { "__proto__": { "polluted": true }, "constructor": "x" },
      "weights": { "constructor": { "prototype": { "polluted": true } } },
      "services": [{ "id": "s1", "name": "n", "notes": "", "answers": { "__proto__": "go" } }]
    }`;
    expectWellFormed(decode(hostile));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('answers file properties', () => {
  it('decode(encode(plan)) gives back the plan and its verdicts', () => {
    fc.assert(
      fc.property(arbitraryInputs({ maxServices: 4 }), (plan) => {
        const result = decode(encode(plan));
        expect(result.ok && result.value.inputs).toEqual(plan);
        expect(result.ok && result.value.authorVerdicts).toEqual(snapshotVerdicts(kb, plan));
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('decoding any JSON never throws and leaves prototypes alone', () => {
    const key = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'format', 'services', 'name'),
      fc.string({ maxLength: 8 }),
    );
    const value = fc.letrec((tie) => ({
      json: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('json'), { maxLength: 3 }),
        fc.dictionary(key, tie('json'), { maxKeys: 4 }),
      ),
    })).json;
    const file = fc.oneof(
      value.map((v) => JSON.stringify(v) ?? 'null'),
      value.map((v) =>
        fileWith((f) => {
          f.services = [{ id: 's1', name: '', notes: '', answers: v }];
        }),
      ),
      fc.string({ maxLength: 60 }),
    );
    fc.assert(
      fc.property(file, (text) => expectWellFormed(decode(text))),
      { numRuns: 10_000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);
});
