/**
 * Base64url without padding (RFC 4648 §5): the alphabet a URL fragment carries without escaping.
 * Built on the platform's `btoa`/`atob` (browsers and Node alike). Decoding is strict, which
 * `atob` alone is not: any other character, an impossible length or non-zero spare bits make it
 * fail, so every byte string has exactly one spelling.
 */
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `bad-length`: no base64 text has this length; `bad-bits`: the spare bits are not zero. */
export type Base64Failure = 'bad-character' | 'bad-length' | 'bad-bits';

/**
 * Decodes base64url text. With `lenient`, non-zero spare bits are ignored (for telling a link
 * cut mid-character from a changed one; never for opening it).
 */
export function decodeBase64Url(
  text: string,
  options: { lenient?: boolean } = {},
): { ok: true; value: Uint8Array } | { ok: false; reason: Base64Failure } {
  if (!BASE64URL.test(text)) return { ok: false, reason: 'bad-character' };
  // One character on its own cannot hold a byte: the text was cut.
  const rest = text.length % 4;
  if (rest === 1) return { ok: false, reason: 'bad-length' };
  // Spare bits must be zero, or two spellings would decode to the same bytes: the last
  // character of a 2- or 3-character group carries 4 or 2 of them.
  if (rest !== 0 && !options.lenient) {
    const last = text.charCodeAt(text.length - 1);
    const value = digitValue(last);
    if ((value & (rest === 2 ? 0b1111 : 0b11)) !== 0) return { ok: false, reason: 'bad-bits' };
  }
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - rest) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { ok: true, value: bytes };
}

/** The 6-bit value of a base64url character (already checked to be one). */
function digitValue(code: number): number {
  if (code >= 65 && code <= 90) return code - 65; // A–Z
  if (code >= 97 && code <= 122) return code - 71; // a–z
  if (code >= 48 && code <= 57) return code + 4; // 0–9
  return code === 45 ? 62 : 63; // - or _
}
