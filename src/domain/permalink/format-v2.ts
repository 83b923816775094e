/**
 * Link format 2: format 1 followed by the organisation profile the author applied, so whoever
 * opens the link can be told when the profile applied there is another one (or none).
 *
 *   varint     format version (2)
 *   …          everything format 1 writes after its version, as format 1 writes it
 *   32 bits    the profile's hash (its eight hex digits as a number)
 *   varint     length in bytes of the profile's name (1–240), then the name (UTF-8)
 *   zero bits to the next byte
 *
 * Written only when a profile applies: a link made without one stays format 1 byte for byte, so
 * every release opens it as before. A release that knows only format 1 recognises a format 2
 * link as made by a newer version. Followed, like every format, by the CRC-16 (permalink.ts).
 */
import type { LinkTable } from '../../../content';
import type { ProfileIdentity } from '../profile';
import { BitReader, BitWriter } from './bits';
import {
  Corrupted,
  readLink,
  readText,
  writeContent,
  writeText,
  type LinkContent,
  type LinkRead,
} from './format-v1';

export const FORMAT_V2 = 2;

/** A profile's name is at most 80 UTF-16 code units, so at most 240 bytes of UTF-8. */
const MAX_PROFILE_NAME_BYTES = 240;
const MAX_PROFILE_NAME_LENGTH = 80;

/** Encodes the content and its profile into link format 2, without the checksum. */
export function writeFormatV2(
  table: LinkTable,
  content: LinkContent & { profile: ProfileIdentity },
): Uint8Array {
  const out = new BitWriter();
  out.writeVarint(FORMAT_V2);
  writeContent(out, table, content);
  out.write(Number.parseInt(content.profile.hash, 16), 32);
  writeText(out, content.profile.name);
  return out.finish();
}

/** Decodes link format 2 (without its checksum). Never throws. */
export function readFormatV2(body: Uint8Array, tables: readonly LinkTable[]): LinkRead {
  return readLink(body, tables, FORMAT_V2, readProfile);
}

function readProfile(input: BitReader): { profile: ProfileIdentity } {
  const hash = input.read(32).toString(16).padStart(8, '0');
  const name = readText(input, MAX_PROFILE_NAME_BYTES);
  if (name.length === 0 || name.length > MAX_PROFILE_NAME_LENGTH) throw new Corrupted();
  return { profile: { name, hash } };
}
