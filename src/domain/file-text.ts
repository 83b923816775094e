/**
 * A file's bytes as text, read the way a browser's FileReader reads a file the person opens: a
 * byte-order mark says the encoding (UTF-8, UTF-16 little- or big-endian) and is dropped; without
 * one the file is UTF-8. The app and the command line both read files through this, so a file one
 * opens the other opens too.
 */
export function decodeFileBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swapped to little-endian: every runtime's TextDecoder has UTF-16LE.
    const body = bytes.subarray(2);
    const swapped = new Uint8Array(body.length - (body.length % 2));
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1]!;
      swapped[i + 1] = body[i]!;
    }
    return new TextDecoder('utf-16le').decode(swapped);
  }
  return new TextDecoder('utf-8').decode(bytes);
}
