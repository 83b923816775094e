/**
 * Reading a folder of decision files in the browser for the decision log: each file decoded as
 * the command line decodes it (decodeFileBytes, decodeAnswersFile) and turned into the same row
 * (decisionLogRow). Nothing is uploaded. Files are read one at a time, each read a pause for the
 * page, so a few hundred files never hold the main thread for long.
 */
import type { KnowledgeBase } from '../../../content';
import { linkTables } from '../../../content';
import {
  ANSWERS_FILE_MAX_CHARS,
  decodeAnswersFile,
  describeAnswersFileFailure,
} from '../../domain/answers-file';
import { decisionLogRow, numberDecisionLog, type DecisionLogRow } from '../../domain/decision-log';
import { encodePermalink } from '../../domain/permalink/permalink';
import type { ProfileIdentity } from '../../domain/profile';
import { decodeFileBytes } from '../../domain/file-text';
import { routes } from '../../routes';

export interface DecisionLog {
  rows: (DecisionLogRow & { href: string })[];
  unreadable: { fileName: string; reason: string }[];
}

/** Only the .json files, in name order, as a folder lists them. */
export function decisionFiles(files: readonly File[]): File[] {
  return files
    .filter((f) => f.name.toLowerCase().endsWith('.json'))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function readDecisionLog(
  files: readonly File[],
  context: {
    kb: KnowledgeBase;
    scoring: KnowledgeBase;
    today: string;
    profile: ProfileIdentity | undefined;
  },
): Promise<DecisionLog> {
  const rows: (DecisionLogRow & { href: string })[] = [];
  const unreadable: DecisionLog['unreadable'] = [];
  let slice = performance.now();
  for (const file of decisionFiles(files)) {
    // Reading a file in memory need not give the page its turn: give it every 10 ms of work.
    if (performance.now() - slice > 10) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      slice = performance.now();
    }
    if (file.size > ANSWERS_FILE_MAX_CHARS * 4) {
      unreadable.push({ fileName: file.name, reason: 'far larger than an answers file can be.' });
      continue;
    }
    let text: string;
    try {
      text = decodeFileBytes(new Uint8Array(await file.arrayBuffer()));
    } catch {
      unreadable.push({ fileName: file.name, reason: 'it cannot be read.' });
      continue;
    }
    const decoded = decodeAnswersFile(context.kb, text);
    if (!decoded.ok) {
      unreadable.push({
        fileName: file.name,
        reason: describeAnswersFileFailure(decoded.reason).summary,
      });
      continue;
    }
    const row = decisionLogRow(
      context.kb,
      context.scoring,
      decoded.value,
      file.name,
      context.today,
      context.profile ?? null,
    );
    const payload = encodePermalink(
      context.scoring,
      decoded.value.inputs,
      linkTables,
      context.profile,
    );
    rows.push({ ...row, href: `#${routes.link.href(payload)}` });
  }
  const numbered = numberDecisionLog(rows);
  return {
    rows: numbered.map((row) => ({
      ...row,
      href: rows.find((r) => r.fileName === row.fileName)!.href,
    })),
    unreadable,
  };
}

/** The files a drop holds, folders walked (where the browser gives entries). */
export async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items]
    .map((item) => item.webkitGetAsEntry?.() ?? null)
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return [...transfer.files];
  const files: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      files.push(
        await new Promise<File>((resolve, reject) =>
          (entry as FileSystemFileEntry).file(resolve, reject),
        ),
      );
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
          reader.readEntries(resolve, reject),
        );
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return files;
}
