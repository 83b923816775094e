/** Saving text as a file the person keeps: built in the browser, nothing uploaded. */

/** Starts a download of `text` as `fileName`, through a Blob URL and a hidden `<a download>`. */
export function downloadFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers read the URL after the click returns; give them a moment before freeing it.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
