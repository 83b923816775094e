/**
 * What an address names: a service (or member, or plan) by the id in it, matched exactly. The
 * one rule every page that reads an id from its address follows, so that an address means one
 * thing — "S1", "s01", "__proto__" or a 5,000-digit id name nothing, and say so, rather than
 * falling back quietly to the first service.
 */

export type AddressMatch<T> =
  | { ok: true; item: T }
  /** No item has this id: the page says so, with the ids that do exist. */
  | { ok: false; id: string };

/**
 * The item whose id is `id`, character for character: no case folding, no number parsing, no
 * trimming, no lookup through an object (so no inherited key can match).
 */
export function matchAddressId<T extends { id: string }>(
  items: readonly T[],
  id: string,
): AddressMatch<T> {
  const item = items.find((candidate) => candidate.id === id);
  return item ? { ok: true, item } : { ok: false, id };
}

/** At most this many characters of an unknown id are shown back to the person. */
const SHOWN_ID_MAX = 24;

/**
 * An id from an address as a page repeats it: as it is when short, else its start and its length
 * ("123456789012345678901234… (5,000 characters)"), so a hostile address cannot flood the page.
 */
export function describeAddressId(id: string): string {
  const chars = [...id];
  return chars.length <= SHOWN_ID_MAX
    ? id
    : `${chars.slice(0, SHOWN_ID_MAX).join('')}… (${chars.length.toLocaleString('en')} characters)`;
}
