/**
 * Text from an answers file (service names, notes, keys) ends up in a terminal and in CI logs. A
 * terminal acts on control characters instead of showing them — ESC starts sequences that clear
 * the screen, set the window title or hide text; C1 controls do the same in one byte — and
 * bidirectional overrides reorder what is shown ("\u202Egnp.exe" reads "exe.png"). Everything the
 * command line prints goes through `neutralise`, which writes each such character as a visible
 * `\uXXXX` escape. That form is also a JSON string escape, so JSON output stays valid and keeps
 * the same value.
 */

/**
 * C0 controls except tab and newline, DEL, C1 controls, and the bidirectional marks, embeddings,
 * overrides and isolates (ALM, LRM, RLM, LRE…RLO, LRI…PDI).
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every character a terminal would act on written as a visible `\uXXXX`. */
export function neutralise(text: string): string {
  return text.replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
