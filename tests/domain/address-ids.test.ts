/** An address means one thing: ids are matched exactly, and an unknown one is shown shortened. */
import { describe, expect, it } from 'vitest';
import { describeAddressId, matchAddressId } from '../../src/domain/address-ids';

const services = [
  { id: 's1', name: 'billing' },
  { id: 's2', name: 'edge' },
  { id: 's10', name: 'tenth' },
];

describe('matching an id from an address', () => {
  it.each(['s1', 's2', 's10'])('finds %s, and only it', (id) => {
    const match = matchAddressId(services, id);
    expect(match.ok && match.item.id).toBe(id);
  });

  it.each([
    ['another letter case', 'S1'],
    ['a leading zero', 's01'],
    ['a number alone', '1'],
    ['spaces around it', ' s1 '],
    ['an inherited key', '__proto__'],
    ['another inherited key', 'constructor'],
    ['a service that is not there', 's99'],
    ['a 5,000-digit id', `s${'9'.repeat(5000)}`],
    ['an empty id', ''],
  ])('finds nothing for %s', (_, id) => {
    expect(matchAddressId(services, id)).toEqual({ ok: false, id });
  });
});

describe('showing an unknown id back', () => {
  it('keeps a short id as it is', () => {
    expect(describeAddressId('s99')).toBe('s99');
    expect(describeAddressId('__proto__')).toBe('__proto__');
  });

  it('shortens a long one to its start and its length', () => {
    expect(describeAddressId('9'.repeat(5000))).toBe(`${'9'.repeat(24)}… (5,000 characters)`);
  });
});
