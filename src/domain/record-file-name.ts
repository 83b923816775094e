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

/**
 * "adr-billing-api-go.md": the record's subject (a service name, or "portfolio") and the
 * languages it chooses, each once, in the order given.
 */
export function recordFileName(subject: string, languages: readonly Language[]): string {
  const chosen = [...new Set(languages)].join('-');
  return `adr-${slugify(subject, 'service')}${chosen ? `-${chosen}` : ''}.md`;
}
