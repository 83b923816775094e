/**
 * A bit stream: fields of any width, most significant bit first, packed without gaps. Reading
 * past the end throws `OutOfData`, which the link decoder turns into a "truncated" result; no
 * read can allocate more than the bytes it was given.
 */

/** Thrown by `BitReader` when a field runs past the end of the data. */
export class OutOfData extends Error {
  constructor() {
    super('The data ends in the middle of a field');
  }
}

/** The bits needed to store the numbers 0 … count − 1 (0 bits when there is only one). */
export function bitsFor(count: number): number {
  return count <= 1 ? 0 : Math.ceil(Math.log2(count));
}

export class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  /** Writes `value` (0 ≤ value < 2^width, width ≤ 32) in `width` bits. */
  write(value: number, width: number): void {
    if (!Number.isInteger(value) || value < 0 || (width < 32 && value >= 2 ** width)) {
      throw new RangeError(`${value} does not fit in ${width} bits`);
    }
    for (let bit = width - 1; bit >= 0; bit--) {
      this.current = (this.current << 1) | (Math.floor(value / 2 ** bit) & 1);
      this.used++;
      if (this.used === 8) {
        this.bytes.push(this.current);
        this.current = 0;
        this.used = 0;
      }
    }
  }

  /** An unsigned integer in groups of 7 bits, low group first, each with a "more" bit (LEB128). */
  writeVarint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Bad varint ${value}`);
    let rest = value;
    do {
      const group = rest % 128;
      rest = Math.floor(rest / 128);
      this.write(rest > 0 ? group | 128 : group, 8);
    } while (rest > 0);
  }

  writeBytes(bytes: Uint8Array): void {
    for (const byte of bytes) this.write(byte, 8);
  }

  /** The bytes written, the last one padded with zero bits. */
  finish(): Uint8Array {
    const out = [...this.bytes];
    if (this.used > 0) out.push(this.current << (8 - this.used));
    return Uint8Array.from(out);
  }
}

export class BitReader {
  private position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  read(width: number): number {
    if (this.position + width > this.bytes.length * 8) throw new OutOfData();
    let value = 0;
    for (let i = 0; i < width; i++) {
      const byte = this.bytes[this.position >> 3] ?? 0;
      value = value * 2 + ((byte >> (7 - (this.position & 7))) & 1);
      this.position++;
    }
    return value;
  }

  /** Reads a varint of at most `maxGroups` groups of 7 bits (so it can never grow unbounded). */
  readVarint(maxGroups = 4): number | null {
    let value = 0;
    for (let group = 0; group < maxGroups; group++) {
      const byte = this.read(8);
      value += (byte & 127) * 128 ** group;
      if ((byte & 128) === 0) {
        // A final group of 0 after the first is a non-canonical encoding.
        return group > 0 && byte === 0 ? null : value;
      }
    }
    return null;
  }

  readBytes(count: number): Uint8Array {
    if (this.position + count * 8 > this.bytes.length * 8) throw new OutOfData();
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = this.read(8);
    return out;
  }

  /** Whether what is left is only the zero bits that pad the last byte. */
  atPaddedEnd(): boolean {
    const left = this.bytes.length * 8 - this.position;
    if (left >= 8) return false;
    return left === 0 || this.read(left) === 0;
  }
}
