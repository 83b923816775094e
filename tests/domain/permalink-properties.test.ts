/**
 * Properties of the link codec, over thousands of generated plans and hostile strings: what goes
 * in comes out, and nothing a link holds can make decoding throw, hang or reach a prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, linkTables } from '../../content';
import { decodeAnswersFile, encodeAnswersFile } from '../../src/domain/answers-file';
import { PlannerInputsSchema } from '../../src/domain/inputs';
import {
  decodePermalink,
  encodePermalink,
  PERMALINK_LIMITS,
  type PermalinkResult,
} from '../../src/domain/permalink/permalink';
import { snapshotVerdicts } from '../../src/domain/verdict-snapshot';
import { readSavedState } from '../../src/state/saved-state';
import { arbitraryInputs } from '../support/arbitraries';

const kb = getKnowledgeBase();
const RUNS = { numRuns: 10_000 };
/** Each property runs well under this; the margin is for a busy machine. */
const TIMEOUT = 60_000;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const FAILURES = [
  'empty',
  'too-long',
  'not-a-link',
  'truncated',
  'corrupted',
  'newer-format',
  'unknown-knowledge-base',
  'invalid',
];

const encode = (inputs: Parameters<typeof encodePermalink>[1]) =>
  encodePermalink(kb, inputs, linkTables);
const decode = (payload: string) => decodePermalink(kb, payload, linkTables);

/** A result is either a valid plan or one of the typed failures: nothing else. */
function expectWellFormed(result: PermalinkResult): void {
  if (result.ok) {
    expect(PlannerInputsSchema.safeParse(result.value.inputs).success).toBe(true);
    expect(result.value.authorVerdicts).toHaveLength(result.value.inputs.services.length);
  } else {
    expect(FAILURES).toContain(result.reason.kind);
  }
}

/** A valid link changed the way links get damaged: a character swapped, lost, added, or cut. */
const arbitraryMutatedLink = fc
  .tuple(
    arbitraryInputs({ maxServices: 3, maxText: 12 }),
    fc.array(
      fc.oneof(
        fc.record({ op: fc.constant('swap'), at: fc.nat(), char: fc.constantFrom(...ALPHABET) }),
        fc.record({ op: fc.constant('delete'), at: fc.nat() }),
        fc.record({ op: fc.constant('insert'), at: fc.nat(), char: fc.constantFrom(...ALPHABET) }),
        fc.record({ op: fc.constant('cut'), at: fc.nat() }),
        fc.record({ op: fc.constant('append'), text: fc.string({ maxLength: 6 }) }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([inputs, edits]) => {
    let link = encode(inputs);
    for (const edit of edits) {
      const at = 'at' in edit ? edit.at % (link.length + 1) : 0;
      if (edit.op === 'swap') link = link.slice(0, at) + edit.char + link.slice(at + 1);
      if (edit.op === 'delete') link = link.slice(0, at) + link.slice(at + 1);
      if (edit.op === 'insert') link = link.slice(0, at) + edit.char + link.slice(at);
      if (edit.op === 'cut') link = link.slice(0, at);
      if (edit.op === 'append') link += edit.text;
    }
    return link;
  });

describe('permalink properties', () => {
  it(
    'decode(encode(plan)) gives back the plan and the verdicts it had',
    () => {
      fc.assert(
        fc.property(arbitraryInputs({ maxServices: 4 }), (inputs) => {
          const result = decode(encode(inputs));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.value.inputs).toEqual(inputs);
          expect(result.value.authorVerdicts).toEqual(snapshotVerdicts(kb, inputs));
          expect(result.value.dropped).toEqual([]);
          expect(result.value.kbVersion).toBe(kb.version);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'a link made under any profile gives back the plan, its verdicts and that profile',
    () => {
      const arbitraryProfile = fc.record({
        name: fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
          .filter((name) => name.length <= 80),
        hash: fc.integer({ min: 0, max: 0xffffffff }).map((n) => n.toString(16).padStart(8, '0')),
      });
      fc.assert(
        fc.property(arbitraryInputs({ maxServices: 2 }), arbitraryProfile, (inputs, profile) => {
          const result = decode(encodePermalink(kb, inputs, linkTables, profile));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.value.inputs).toEqual(inputs);
          expect(result.value.authorVerdicts).toEqual(snapshotVerdicts(kb, inputs));
          expect(result.value.authorProfile).toEqual(profile);
        }),
        { numRuns: 2_000 },
      );
    },
    TIMEOUT,
  );

  it(
    'a plan too big for a link is refused as too long, never garbled',
    () => {
      fc.assert(
        fc.property(arbitraryInputs({ maxServices: 50, maxText: 500 }), (inputs) => {
          const payload = encode(inputs);
          const result = decode(payload);
          if (payload.length > PERMALINK_LIMITS.maxLength) {
            expect(result).toEqual({
              ok: false,
              reason: { kind: 'too-long', length: payload.length },
            });
          } else {
            expect(result.ok && result.value.inputs).toEqual(inputs);
          }
        }),
        { numRuns: 300 },
      );
    },
    TIMEOUT,
  );

  it(
    'decoding any string never throws and gives a plan or a typed failure',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 300 }),
            // Short strings from the link alphabet that start like a format-1 link.
            fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 80 }).map((s) => `AQ${s}`),
          ),
          (payload) => expectWellFormed(decode(payload)),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'decoding a damaged link never throws and gives a plan or a typed failure',
    () => {
      fc.assert(
        fc.property(arbitraryMutatedLink, (payload) => expectWellFormed(decode(payload))),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    '__proto__ and constructor payloads, in links, files or saved state, reach no prototype',
    () => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const word = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'polluted');
      const hostileJson = fc
        .tuple(word, word, fc.constantFrom('true', '{"polluted": true}', '"x"', '[1]'))
        .map(([a, b, value]) => `{"${a}": {"${b}": ${value}}, "polluted": ${value}}`);
      fc.assert(
        fc.property(word, hostileJson, fc.nat({ max: 3 }), (name, json, where) => {
          // In a link: names and notes are text, never keys.
          const inputs = {
            teamAnswers: {},
            services: [{ id: 's1', name, notes: json, answers: {} }],
            weights: {},
          };
          const link = decode(encode(inputs));
          expect(link.ok && link.value.inputs).toEqual(inputs);
          // In an answers file or saved state: as keys anywhere JSON allows them.
          const file = JSON.parse(encodeAnswersFile(kb, inputs, new Date(0))) as Record<
            string,
            unknown
          >;
          const places = [file, file.teamAnswers, file.weights, (file.services as object[])[0]];
          const hostile = JSON.parse(json) as Record<string, unknown>;
          for (const key of Object.keys(hostile)) {
            // An own "__proto__" key, as JSON.parse makes it, so JSON.stringify writes it out.
            Object.defineProperty(places[where], key, {
              value: hostile[key],
              enumerable: true,
              configurable: true,
              writable: true,
            });
          }
          const text = JSON.stringify(file);
          expect(text).toContain(Object.keys(hostile)[0]);
          const opened = decodeAnswersFile(kb, text);
          if (opened.ok)
            expect(PlannerInputsSchema.safeParse(opened.value.inputs).success).toBe(true);
          readSavedState(JSON.stringify({ version: 2, state: JSON.parse(text) as unknown }));
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        RUNS,
      );
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    },
    TIMEOUT,
  );
});
