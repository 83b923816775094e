/** Reads and opens one answers file, or says in words why it cannot be opened. */
import type { KnowledgeBase } from '../../content';
import {
  decodeAnswersFile,
  describeAnswersFileFailure,
  type AnswersFileFailure,
  type AnswersFileResult,
} from '../domain/answers-file';
import { readRegularFile, type CliIo } from './io';

export type OpenedAnswersFile = Extract<AnswersFileResult, { ok: true }>['value'];

export type OpenAnswersResult =
  | { ok: true; file: OpenedAnswersFile }
  /** Exit code 2: the path cannot be read at all. */
  | { ok: false; code: 2; message: string }
  /** Exit code 1: the file was read but is not a valid answers file. */
  | { ok: false; code: 1; message: string; reason: AnswersFileFailure };

export async function openAnswersFile(
  io: CliIo,
  kb: KnowledgeBase,
  path: string,
): Promise<OpenAnswersResult> {
  const read = await readRegularFile(io, path);
  if (!read.ok) return { ok: false, code: 2, message: `Cannot read "${path}": ${read.reason}.\n` };
  const opened = decodeAnswersFile(kb, read.text);
  if (opened.ok) return { ok: true, file: opened.value };
  const words = describeAnswersFileFailure(opened.reason);
  const issues =
    opened.reason.kind === 'invalid'
      ? opened.reason.issues.map((i) => `  - ${i.field}: ${i.message}\n`).join('')
      : '';
  return {
    ok: false,
    code: 1,
    message: `"${path}": ${words.summary}\n${issues}${words.advice}\n`,
    reason: opened.reason,
  };
}
