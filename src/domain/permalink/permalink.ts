/**
 * Permalinks: the inputs (services, names, notes, answers, weights) and the verdict each service
 * had, packed into a short string for the URL fragment — which browsers never send to a server.
 *
 * The string is base64url (no padding) of the bytes of a link format (see format-v1.ts) followed
 * by a CRC-16 of them. Every format starts with its version (format 1 then gives the
 * knowledge-base version), so a link from an older release opens through that release's frozen
 * link table, and a link from a newer one is recognised as such; the checksum catches links that
 * were cut or changed on the way. Decoding is bounded and total: it reads at most `PERMALINK_LIMITS.maxLength`
 * characters (3,072 bytes; there is no decompression step, so nothing can expand), validates
 * with the same strict schema as saved state, and returns a typed failure instead of throwing.
 */
import type { KnowledgeBase, LinkTable } from '../../../content';
import { issuesFromZod, type Issue } from '../issues';
import { normalizeInputs, PlannerInputsSchema, type PlannerInputs } from '../inputs';
import type { OpenedPlan } from '../opened-plan';
import { snapshotVerdicts } from '../verdict-snapshot';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { crc16 } from './crc16';
import { BitReader } from './bits';
import type { ProfileIdentity } from '../profile';
import {
  FORMAT_V1,
  readFormatV1,
  writeFormatV1,
  type LinkContent,
  type LinkRead,
} from './format-v1';
import { FORMAT_V2, readFormatV2, writeFormatV2 } from './format-v2';
import { compareVersions, findLinkTable } from './link-table';

export const PERMALINK_LIMITS = {
  /** Longer payloads are refused before any decoding. */
  maxLength: 4096,
  /** Links longer than this may be cut by mail and chat tools; the app suggests a file instead. */
  warnLength: 2000,
} as const;

/**
 * Every link format this build reads and writes, by the version each link starts with. A new
 * format is a new entry here, its reader beside its writer: decoding dispatches on the version,
 * and encoding writes the oldest format that can carry the content — so a link stays readable by
 * as many releases as possible — and neither needs another edit.
 */
const LINK_FORMATS: Readonly<Record<number, LinkFormat>> = {
  /** No organisation profile: what every release reads. */
  [FORMAT_V1]: {
    read: readFormatV1,
    write: (table, content) => (content.profile ? null : writeFormatV1(table, content)),
  },
  /** Names the organisation profile the verdicts were scored with. */
  [FORMAT_V2]: {
    read: readFormatV2,
    write: (table, { profile, ...content }) =>
      profile ? writeFormatV2(table, { ...content, profile }) : null,
  },
};

interface LinkFormat {
  /** Reads a link body of this format (its version included, checksum excluded). Never throws. */
  read: (body: Uint8Array, tables: readonly LinkTable[]) => LinkRead;
  /** Writes `content` in this format (without the checksum), or null when it cannot carry it. */
  write: (table: LinkTable, content: LinkContent) => Uint8Array | null;
}

/** The format versions, oldest first: the order in which a writer is looked for. */
const WRITE_ORDER = Object.keys(LINK_FORMATS)
  .map(Number)
  .sort((a, b) => a - b);

/**
 * The newest link format this build writes; every older one stays readable. A link made without
 * an organisation profile is still written in format 1, which every release reads.
 */
export const CURRENT_LINK_FORMAT = FORMAT_V2;

export type PermalinkFailure =
  | { kind: 'empty' }
  | { kind: 'too-long'; length: number }
  | { kind: 'not-a-link' }
  | { kind: 'truncated' }
  /** `checksum`: the checksum was checked and does not match; else the bits themselves are impossible. */
  | { kind: 'corrupted'; checksum?: boolean }
  | { kind: 'newer-format'; formatVersion: number }
  | { kind: 'unknown-knowledge-base'; kbVersion: string; newer: boolean }
  | { kind: 'invalid'; issues: Issue[] };

export type PermalinkResult =
  { ok: true; value: OpenedPlan } | { ok: false; reason: PermalinkFailure };

/**
 * Encodes the inputs, with each service's verdict under `kb`, as a link payload (base64url).
 * Answers this knowledge base cannot use are left out (they would not count anyway). With
 * `profile`, the link also names the organisation profile applied (format 2), and `kb` is the
 * knowledge base that profile makes (`withProfile`), so the verdicts are those the result page
 * shows. Throws only when `tables` lacks a table for `kb.version` — a content bug the tests catch.
 */
export function encodePermalink(
  kb: KnowledgeBase,
  inputs: PlannerInputs,
  tables: readonly LinkTable[],
  profile?: ProfileIdentity,
): string {
  const table = findLinkTable(tables, kb.version);
  if (!table) throw new Error(`No link table for knowledge base ${kb.version}`);
  const normalized = normalizeInputs(kb, inputs).inputs;
  const content: LinkContent = {
    kbVersion: kb.version,
    inputs: normalized,
    verdicts: snapshotVerdicts(kb, normalized),
    ...(profile ? { profile } : {}),
  };
  for (const version of WRITE_ORDER) {
    const body = LINK_FORMATS[version]?.write(table, content);
    if (body) return encodeBase64Url(withChecksum(body));
  }
  throw new Error('No link format carries this content');
}

/**
 * Decodes a link payload made by any released version into inputs for today's knowledge base.
 * Never throws; at most `PERMALINK_LIMITS.maxLength` characters are looked at.
 */
export function decodePermalink(
  kb: KnowledgeBase,
  payload: string,
  tables: readonly LinkTable[],
): PermalinkResult {
  if (payload.length === 0) return fail({ kind: 'empty' });
  if (payload.length > PERMALINK_LIMITS.maxLength) {
    return fail({ kind: 'too-long', length: payload.length });
  }
  const decoded = decodeBase64Url(payload);
  if (!decoded.ok) {
    if (decoded.reason === 'bad-character') return fail({ kind: 'not-a-link' });
    if (decoded.reason === 'bad-length') return fail({ kind: 'truncated' });
    // Spare bits that are not zero: how a link cut in the middle of a character ends.
    const lenient = decodeBase64Url(payload, { lenient: true });
    const cut = lenient.ok && looksCut(lenient.value, tables);
    return fail(cut ? { kind: 'truncated' } : { kind: 'corrupted' });
  }
  const bytes = decoded.value;
  if (bytes.length < 3) return fail({ kind: 'truncated' });
  const body = bytes.subarray(0, bytes.length - 2);
  const stored = ((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0);
  if (crc16(body) !== stored) {
    const cut = looksCut(bytes, tables);
    return fail(cut ? { kind: 'truncated' } : { kind: 'corrupted', checksum: true });
  }
  // Every format starts with its version (a varint) and ends with this checksum, so a newer
  // link is known as such.
  const formatVersion = readFormatVersion(body);
  if (formatVersion === null) return fail({ kind: 'corrupted' });
  if (formatVersion > CURRENT_LINK_FORMAT) return fail({ kind: 'newer-format', formatVersion });
  const format = LINK_FORMATS[formatVersion];
  if (!format) return fail({ kind: 'corrupted' });

  const read = format.read(body, tables);
  if (!read.ok) {
    return read.reason.kind === 'unknown-knowledge-base'
      ? fail({
          kind: 'unknown-knowledge-base',
          kbVersion: read.reason.kbVersion,
          newer: compareVersions(read.reason.kbVersion, kb.version) > 0,
        })
      : fail(read.reason);
  }
  const parsed = PlannerInputsSchema.safeParse(read.value.inputs);
  if (!parsed.success)
    return fail({ kind: 'invalid', issues: issuesFromZod(parsed.error, 'Link') });
  const { inputs, dropped } = normalizeInputs(kb, parsed.data);
  return {
    ok: true,
    value: {
      inputs,
      authorVerdicts: read.value.verdicts,
      kbVersion: read.value.kbVersion,
      formatVersion,
      dropped,
      ...(read.value.profile ? { authorProfile: read.value.profile } : {}),
    },
  };
}

/** The format version a link body starts with, or null when it is not a varint. */
function readFormatVersion(body: Uint8Array): number | null {
  try {
    return new BitReader(body).readVarint();
  } catch {
    return null;
  }
}

/**
 * Whether `bytes`, which fail as a link, are the start of one: cut in its body (reading runs out
 * of data), or in its checksum (the body reads whole, followed by nothing or by the checksum's
 * first byte). A link changed on the way is none of these.
 */
function looksCut(bytes: Uint8Array, tables: readonly LinkTable[]): boolean {
  const withoutChecksum = readBody(bytes.subarray(0, Math.max(0, bytes.length - 2)), tables);
  if (withoutChecksum && !withoutChecksum.ok && withoutChecksum.reason.kind === 'truncated') {
    return true;
  }
  const whole = readBody(bytes, tables);
  if (whole && (whole.ok || whole.reason.kind === 'truncated')) return true;
  const head = bytes.subarray(0, bytes.length - 1);
  const halfChecksum = readBody(head, tables);
  return halfChecksum?.ok === true && crc16(head) >> 8 === bytes[bytes.length - 1];
}

/** Reads `body` with the format it names; undefined when no known format. */
function readBody(body: Uint8Array, tables: readonly LinkTable[]) {
  return LINK_FORMATS[readFormatVersion(body) ?? -1]?.read(body, tables);
}

/** The bytes followed by their CRC-16, big-endian: the envelope of every link format. */
export function withChecksum(body: Uint8Array): Uint8Array {
  const check = crc16(body);
  const bytes = new Uint8Array(body.length + 2);
  bytes.set(body);
  bytes[body.length] = check >> 8;
  bytes[body.length + 1] = check & 0xff;
  return bytes;
}

function fail(reason: PermalinkFailure): PermalinkResult {
  return { ok: false, reason };
}
