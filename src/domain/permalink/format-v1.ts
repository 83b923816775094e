/**
 * Link format 1: the inputs packed by position against a link table, as bits.
 *
 *   varint     format version (1)
 *   varint ×3  knowledge-base version: major, minor, patch
 *   1 bit      service ids are s1, s2, … in order (else each id is written out)
 *   1 bit      weights follow
 *   1 bit      notes follow
 *   varint     number of services (1–50)
 *   fields     team answers: one field per team question of the table, in order
 *   weights    if flagged, per criterion: 1 bit "set", then 4 bits: 0–10 = weight × 2,
 *              15 = a 64-bit float follows (any other weight from 0 to 5)
 *   per service:
 *     id       unless sequential: 3 bits digit count, 4 bits per digit ("s" + digits)
 *     varint   name length in bytes, then the name (UTF-8)
 *     notes    if flagged: varint length in bytes, then the notes (UTF-8)
 *     fields   answers: one field per service question of the table, in order
 *     3 bits   the verdict the author saw: 0 none (or not started), 1 Go, 2 Rust, 3 close
 *              call Go, 4 close call Rust, 5 gated Go, 6 gated Rust; gated adds the gate's
 *              position. 7 (from knowledge base 3.0.0, whose links only builds that know it
 *              decode) is followed by 2 bits: 0 Go with Rust ruled out, 1 Rust with Go ruled
 *              out, 2 the constraints conflict
 *   zero bits to the next byte
 *
 * Like every link format, it is followed by 2 bytes of CRC-16/CCITT-FALSE over everything
 * before them (added and checked in permalink.ts).
 *
 * A field is an answer in ⌈log2(options + 1)⌉ bits: 0 is "not answered", k is option k.
 * Varints are LEB128 (7 bits a byte, low first). Numbers are unsigned; bits are most significant
 * first.
 */
import type { LinkTable } from '../../../content';
import { MAX_SERVICES, type PlannerInputs, type Service } from '../inputs';
import type { ProfileIdentity } from '../profile';
import type { VerdictSnapshot } from '../verdict-snapshot';
import { BitReader, BitWriter, bitsFor, OutOfData } from './bits';
import { decodeText, encodeText } from './wtf8';

export const FORMAT_V1 = 1;

/** What a link carries: the inputs (ids as in the table's version) and the author's verdicts. */
export interface LinkContent {
  kbVersion: string;
  inputs: PlannerInputs;
  /** One per service, in order; null where the link records none. */
  verdicts: (VerdictSnapshot | null)[];
  /** The organisation profile the author applied (format 2 and later); absent when none. */
  profile?: ProfileIdentity;
}

export type FormatV1Failure =
  | { kind: 'truncated' }
  | { kind: 'corrupted' }
  | { kind: 'unknown-knowledge-base'; kbVersion: string };

// Limits checked while reading, before anything is allocated: a plan's own limit on services
// (`MAX_SERVICES`, from the inputs' schema), and these.
/** A UTF-16 code unit takes at most 3 bytes, so 500 characters fit in 1,500 bytes. */
const MAX_NAME_BYTES = 1500;
const MAX_NOTES_BYTES = 6000;
const WEIGHT_ESCAPE = 15;
const VERDICT_CODES: readonly Omit<VerdictSnapshot, 'gateId'>[] = [
  { kind: 'clear', language: 'go' },
  { kind: 'clear', language: 'rust' },
  { kind: 'close-call', language: 'go' },
  { kind: 'close-call', language: 'rust' },
  { kind: 'gated', language: 'go' },
  { kind: 'gated', language: 'rust' },
];
/** Code 7 and the 2 bits after it. */
const VERDICT_ESCAPE = 7;
const ESCAPED_VERDICTS: readonly VerdictSnapshot[] = [
  { kind: 'ruled-out', language: 'go' },
  { kind: 'ruled-out', language: 'rust' },
  { kind: 'conflict' },
];

/** Thrown inside the reader for an impossible value; turned into a result at the edge. */
export class Corrupted extends Error {}

const teamQuestions = (table: LinkTable) => table.questions.filter((q) => q.scope === 'team');
const serviceQuestions = (table: LinkTable) => table.questions.filter((q) => q.scope === 'service');

/** Encodes inputs whose ids all come from `table` (others are skipped) into link format 1, without the checksum. */
export function writeFormatV1(table: LinkTable, content: LinkContent): Uint8Array {
  const out = new BitWriter();
  out.writeVarint(FORMAT_V1);
  writeContent(out, table, content);
  return out.finish();
}

/**
 * Writes what follows the format version in format 1 (and, before its own section, in every
 * later format): the knowledge-base version, the inputs and the verdicts.
 */
export function writeContent(out: BitWriter, table: LinkTable, content: LinkContent): void {
  const { inputs, verdicts } = content;
  for (const part of content.kbVersion.split('.')) out.writeVarint(Number(part));

  const sequential = inputs.services.every((s, i) => s.id === `s${i + 1}`);
  const weighted = table.criteria.some((c) => inputs.weights[c] !== undefined);
  const noted = inputs.services.some((s) => s.notes !== '');
  out.write(sequential ? 1 : 0, 1);
  out.write(weighted ? 1 : 0, 1);
  out.write(noted ? 1 : 0, 1);
  out.writeVarint(inputs.services.length);

  writeAnswers(out, teamQuestions(table), inputs.teamAnswers);
  if (weighted) {
    for (const criterionId of table.criteria) {
      const weight = inputs.weights[criterionId];
      out.write(weight === undefined ? 0 : 1, 1);
      if (weight === undefined) continue;
      if (Number.isInteger(weight * 2) && weight >= 0 && weight <= 5) {
        out.write(weight * 2, 4);
      } else {
        out.write(WEIGHT_ESCAPE, 4);
        const view = new DataView(new ArrayBuffer(8));
        view.setFloat64(0, weight);
        out.writeBytes(new Uint8Array(view.buffer));
      }
    }
  }

  inputs.services.forEach((service, i) => {
    if (!sequential) {
      const digits = service.id.slice(1);
      out.write(digits.length, 3);
      for (const digit of digits) out.write(Number(digit), 4);
    }
    writeText(out, service.name);
    if (noted) writeText(out, service.notes);
    writeAnswers(out, serviceQuestions(table), service.answers);
    writeVerdict(out, table, verdicts[i] ?? null);
  });
}

/**
 * Decodes link format 1 (without its checksum). `tables` are the frozen tables of every released
 * knowledge-base version. Never throws: a cut or impossible link comes back as a failure.
 */
export function readFormatV1(body: Uint8Array, tables: readonly LinkTable[]): LinkRead {
  return readLink(body, tables, FORMAT_V1, () => ({}));
}

export type LinkRead = { ok: true; value: LinkContent } | { ok: false; reason: FormatV1Failure };

/**
 * Reads a link body of format `version` (its version included, checksum excluded): the content
 * format 1 defines, then the format's own section (`readSection`, which may throw `Corrupted`),
 * then only the padding. Never throws: a cut or impossible link comes back as a failure.
 */
export function readLink(
  body: Uint8Array,
  tables: readonly LinkTable[],
  version: number,
  readSection: (input: BitReader) => Partial<LinkContent>,
): LinkRead {
  try {
    const input = new BitReader(body);
    if (input.readVarint() !== version) throw new Corrupted();
    const read = readContent(input, tables);
    if (!read.ok) return read;
    const value = { ...read.value, ...readSection(input) };
    if (!input.atPaddedEnd()) throw new Corrupted();
    return { ok: true, value };
  } catch (error) {
    if (error instanceof OutOfData) return { ok: false, reason: { kind: 'truncated' } };
    if (error instanceof Corrupted) return { ok: false, reason: { kind: 'corrupted' } };
    throw error;
  }
}

function readContent(input: BitReader, tables: readonly LinkTable[]): LinkRead {
  const parts = [input.readVarint(), input.readVarint(), input.readVarint()];
  if (parts.some((p) => p === null)) throw new Corrupted();
  const kbVersion = parts.join('.');
  const table = tables.find((t) => t.versions.includes(kbVersion));
  if (!table) return { ok: false, reason: { kind: 'unknown-knowledge-base', kbVersion } };

  const sequential = input.read(1) === 1;
  const weighted = input.read(1) === 1;
  const noted = input.read(1) === 1;
  const count = input.readVarint(1);
  if (count === null || count < 1 || count > MAX_SERVICES) throw new Corrupted();

  const teamAnswers = readAnswers(input, teamQuestions(table));
  const weights: Record<string, number> = {};
  if (weighted) {
    for (const criterionId of table.criteria) {
      if (input.read(1) === 0) continue;
      const code = input.read(4);
      if (code === WEIGHT_ESCAPE) {
        weights[criterionId] = new DataView(input.readBytes(8).buffer).getFloat64(0);
      } else if (code <= 10) {
        weights[criterionId] = code / 2;
      } else {
        throw new Corrupted();
      }
    }
  }

  const services: Service[] = [];
  const verdicts: (VerdictSnapshot | null)[] = [];
  for (let i = 0; i < count; i++) {
    let id = `s${i + 1}`;
    if (!sequential) {
      const length = input.read(3);
      if (length < 1 || length > 6) throw new Corrupted();
      id = 's';
      for (let k = 0; k < length; k++) {
        const digit = input.read(4);
        if (digit > 9) throw new Corrupted();
        id += String(digit);
      }
    }
    const name = readText(input, MAX_NAME_BYTES);
    const notes = noted ? readText(input, MAX_NOTES_BYTES) : '';
    const answers = readAnswers(input, serviceQuestions(table));
    services.push({ id, name, notes, answers });
    verdicts.push(readVerdict(input, table));
  }
  return { ok: true, value: { kbVersion, inputs: { teamAnswers, services, weights }, verdicts } };
}

function writeAnswers(
  out: BitWriter,
  questions: LinkTable['questions'],
  answers: Readonly<Record<string, string>>,
): void {
  for (const question of questions) {
    const answer = answers[question.id];
    const position = answer === undefined ? -1 : question.options.indexOf(answer);
    out.write(position + 1, bitsFor(question.options.length + 1));
  }
}

function readAnswers(input: BitReader, questions: LinkTable['questions']): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const value = input.read(bitsFor(question.options.length + 1));
    if (value === 0) continue;
    const option = question.options[value - 1];
    if (option === undefined) throw new Corrupted();
    answers[question.id] = option;
  }
  return answers;
}

export function writeText(out: BitWriter, text: string): void {
  const bytes = encodeText(text);
  out.writeVarint(bytes.length);
  out.writeBytes(bytes);
}

export function readText(input: BitReader, maxBytes: number): string {
  const length = input.readVarint(2);
  if (length === null || length > maxBytes) throw new Corrupted();
  const text = decodeText(input.readBytes(length));
  if (text === null) throw new Corrupted();
  return text;
}

function writeVerdict(out: BitWriter, table: LinkTable, verdict: VerdictSnapshot | null): void {
  const same = (v: Omit<VerdictSnapshot, 'gateId'>) =>
    verdict !== null && v.kind === verdict.kind && v.language === verdict.language;
  const escaped = ESCAPED_VERDICTS.findIndex(same);
  if (escaped >= 0) {
    out.write(VERDICT_ESCAPE, 3);
    out.write(escaped, 2);
    return;
  }
  out.write(verdict === null ? 0 : VERDICT_CODES.findIndex(same) + 1, 3);
  if (verdict?.kind === 'gated') {
    out.write(Math.max(0, table.gates.indexOf(verdict.gateId ?? '')), bitsFor(table.gates.length));
  }
}

function readVerdict(input: BitReader, table: LinkTable): VerdictSnapshot | null {
  const code = input.read(3);
  if (code === 0) return null;
  if (code === VERDICT_ESCAPE) {
    const escaped = ESCAPED_VERDICTS[input.read(2)];
    if (!escaped) throw new Corrupted();
    return { ...escaped };
  }
  const verdict = VERDICT_CODES[code - 1];
  if (!verdict) throw new Corrupted();
  if (verdict.kind !== 'gated') return { ...verdict };
  const gateId = table.gates[input.read(bitsFor(table.gates.length))];
  if (gateId === undefined) throw new Corrupted();
  return { ...verdict, gateId };
}
