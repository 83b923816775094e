/** Reads and opens an organisation profile given with --profile, or says why it cannot. */
import type { KnowledgeBase } from '../../content';
import { decodeProfile, type OpenedProfile } from '../domain/profile';
import { describeReadError, type CliIo } from './io';

export type OpenProfileResult =
  { ok: true; profile: OpenedProfile } | { ok: false; code: 1 | 2; message: string };

export async function openProfile(
  io: CliIo,
  kb: KnowledgeBase,
  path: string,
): Promise<OpenProfileResult> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    return {
      ok: false,
      code: 2,
      message: `Cannot read the profile "${path}": ${describeReadError(error)}.\n`,
    };
  }
  const opened = decodeProfile(kb, text);
  if (opened.ok) return { ok: true, profile: opened.value };
  const issues = opened.issues.map((i) => `  - ${i.field}: ${i.message}\n`).join('');
  return {
    ok: false,
    code: 1,
    message: `"${path}": ${opened.summary}\n${issues}Fix the fields listed; the README shows an example profile.\n`,
  };
}
