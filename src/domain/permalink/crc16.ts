/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF). A link ends with this checksum of
 * everything before it, so a mistyped, cut or edited link is caught instead of quietly opening
 * different answers. It guards against accidents, not forgery: a link is not signed.
 */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}
