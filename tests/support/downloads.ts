/** Catches the files the app would save, where jsdom cannot download. */
import { vi } from 'vitest';

export interface CaughtFile {
  /** The file name the link offers (`download`). */
  name: string;
  blob: Blob;
}

/**
 * From now on, every download (an object URL clicked through a link) lands in the list returned,
 * with its name and contents. Undone by `vi.restoreAllMocks()`.
 */
export function catchDownloads(): CaughtFile[] {
  const files: CaughtFile[] = [];
  let last: Blob | undefined;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    last = blob;
    return 'blob:download';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) files.push({ name: this.download, blob: last });
  });
  return files;
}
