/** Reads and opens an organisation profile given with --profile, or says why it cannot. */
import type { KnowledgeBase } from '../../content';
import { decodeProfile, type OpenedProfile } from '../domain/profile';
import { readRegularFile, type CliIo } from './io';

export type OpenProfileResult =
  { ok: true; profile: OpenedProfile } | { ok: false; code: 1 | 2; message: string };

export async function openProfile(
  io: CliIo,
  kb: KnowledgeBase,
  path: string,
): Promise<OpenProfileResult> {
  const read = await readRegularFile(io, path);
  if (!read.ok) {
    return { ok: false, code: 2, message: `Cannot read the profile "${path}": ${read.reason}.\n` };
  }
  const opened = decodeProfile(kb, read.text);
  if (opened.ok) return { ok: true, profile: opened.value };
  const issues = opened.issues.map((i) => `  - ${i.field}: ${i.message}\n`).join('');
  return {
    ok: false,
    code: 1,
    message: `"${path}": ${opened.summary}\n${issues}Fix the fields listed; the README shows an example profile.\n`,
  };
}
