/**
 * Base64url without padding (RFC 4648 §5): the alphabet a URL fragment carries without escaping.
 * Written out here rather than with `btoa`, so the command line shares the exact code. Decoding is
 * strict: any other character, an impossible length or non-zero spare bits make it fail, so every
 * byte string has exactly one spelling.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((char, i) => [char, i]));

export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(triple >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** `bad-length`: no base64 text has this length; `bad-bits`: the spare bits are not zero. */
export type Base64Failure = 'bad-character' | 'bad-length' | 'bad-bits';

export function decodeBase64Url(
  text: string,
): { ok: true; value: Uint8Array } | { ok: false; reason: Base64Failure } {
  const digits: number[] = [];
  for (const char of text) {
    const value = VALUES.get(char);
    if (value === undefined) return { ok: false, reason: 'bad-character' };
    digits.push(value);
  }
  // One character on its own cannot hold a byte: the text was cut.
  if (digits.length % 4 === 1) return { ok: false, reason: 'bad-length' };
  const bytes = new Uint8Array(Math.floor((digits.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (const digit of digits) {
    buffer = ((buffer << 6) | digit) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  // Spare bits must be zero, or two spellings would decode to the same bytes.
  if ((buffer & ((1 << bits) - 1)) !== 0) return { ok: false, reason: 'bad-bits' };
  return { ok: true, value: bytes };
}
