/**
 * Making user-typed text inert in Markdown. Names and notes come from users and may contain
 * markup, links, table pipes or newlines; in a decision record they must read as typed and do
 * nothing else.
 */

/**
 * Characters with inline meaning anywhere in CommonMark or GFM; each is backslash-escaped.
 * Parentheses and `!` need no escape: with `[` and `]` escaped they can never form a link or an
 * image. Other characters are escaped only where they could start markup (below), so the raw
 * Markdown stays readable: "~6 weeks" or "p99 < 10 ms" are left as written.
 */
const ALWAYS_SPECIAL = /[\\`*[\]|]/g;

/** Control characters have no business in a decision record, so they are dropped. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Bidirectional marks, embeddings, overrides and isolates (ALM, LRM, RLM, LRE…RLO, LRI…PDI). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes text for use inline in Markdown (a heading, a list item, a table cell): collapses line
 * breaks to spaces, backslash-escapes every character with inline meaning (so `<img onerror>`,
 * `](javascript:…)`, backticks and `|` stay literal), and escapes a leading list or heading marker.
 */
export function escapeInline(text: string): string {
  const oneLine = text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(CONTROL_CHARACTERS, '');
  let escaped = oneLine
    .replace(ALWAYS_SPECIAL, (c) => `\\${c}`)
    // "_" emphasises only at a word's edge; inside snake_case it is plain.
    .replace(/_/g, (c, at: number, all: string) =>
      /[\p{L}\p{N}]/u.test(all[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(all[at + 1] ?? '')
        ? c
        : `\\${c}`,
    )
    // "<" opens raw HTML or an autolink only before a letter, "/", "!" or "?".
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    // "&" starts an entity only in "&name;" or "&#123;".
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // A bidirectional control would reorder what a reader sees ("\u202Egnp.exe" reads "exe.png"):
  // show it as its code point instead.
  escaped = escaped.replace(
    BIDI_CONTROLS,
    (c) => `(U+${c.codePointAt(0)?.toString(16).toUpperCase() ?? ''})`,
  );
  // Strikethrough and maths need a pair of "~" or "$".
  for (const pairing of ['~', '$']) {
    if (escaped.split(pairing).length > 2) escaped = escaped.split(pairing).join(`\\${pairing}`);
  }
  // A heading or quote marker means something only at the start of a line.
  escaped = escaped.replace(/^(\s*)([#>])/, '$1\\$2');
  // A line starting with "-", "+", "=" or "1." could become a list item or a setext underline.
  return escaped.replace(
    /^(\s*)([-+=]|\d+[.)])/,
    (_m, space: string, marker: string) => `${space}${marker.replace(/([-+=.)])/, '\\$1')}`,
  );
}

/**
 * Escapes a multi-line note as a block quote: every line is escaped inline and prefixed with "> ",
 * so nothing the user wrote can open a code block, a list, a heading or raw HTML.
 */
export function quoteBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${escapeInline(line)}`.trimEnd())
    .join('\n');
}

/** A YAML scalar that is always a plain string: JSON string syntax is valid YAML. */
export function yamlString(text: string): string {
  return JSON.stringify(text.replace(/[\r\n]+/g, ' '));
}
