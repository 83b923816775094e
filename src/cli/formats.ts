/**
 * The output formats, as a table: each renders the same report model. A new format is an entry
 * here (and its file), nothing else.
 */
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatText } from './format-text';
import type { CliReport } from './report-data';

export const FORMATS = {
  text: formatText,
  markdown: formatMarkdown,
  json: formatJson,
} as const satisfies Record<string, (report: CliReport) => string>;

export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
