/** File names for decision records: short, predictable, and safe on every file system. */
import type { Language } from '../../content';

/** Longest slug kept from a service name, so file names stay readable in a repository. */
const MAX_SLUG = 60;

/**
 * A name's safe part: letters without accents, digits and single hyphens, lower case
 * ("Billing API (v2)" → "billing-api-v2"); `fallback` when nothing is left.
 */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Highest record number the ADR convention's four digits allow. */
export const MAX_RECORD_NUMBER = 9999;

/**
 * "0007-build-billing-api-in-go.md": the ADR convention, the record's number in four digits and
 * its title as a slug. `number` is clamped to 1–9999.
 */
export function recordFileName(title: string, number: number): string {
  const n = Math.min(MAX_RECORD_NUMBER, Math.max(1, Math.trunc(number) || 1));
  return `${String(n).padStart(4, '0')}-${slugify(title, 'decision')}.md`;
}

/** The title a record's file is named after: "build billing-api in go", "portfolio go rust". */
export function recordTitle(subject: string, languages: readonly Language[], service: boolean) {
  const chosen = [...new Set(languages)];
  return service
    ? `build ${subject.trim() || 'service'} in ${chosen.join(' and ')}`
    : `${subject} ${chosen.join(' ')}`;
}
