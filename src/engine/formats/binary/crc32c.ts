// CRC-32C (Castagnoli) as TF and LevelDB use it, and the "mask" TF applies to every CRC it
// stores next to the bytes it covers (tf1-formats.md §1): a CRC of data that itself contains
// CRCs would otherwise be weak, so stored values are rotated and offset.
const POLY = 0x82f63b78; // reflected Castagnoli polynomial
const MASK_DELTA = 0xa282ead8;

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Continue a CRC-32C (the public, un-XORed value) over more bytes; `crc32cExtend(0, d)` = `crc32c(d)`. */
export function crc32cExtend(crc: number, data: Uint8Array): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function crc32c(data: Uint8Array): number { return crc32cExtend(0, data); }

/** Rotate right by 15 bits and add a constant (crc32c.h `Mask`). */
export function maskCrc(crc: number): number {
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + MASK_DELTA) >>> 0;
}

export function unmaskCrc(masked: number): number {
  const rot = (masked - MASK_DELTA) >>> 0;
  return ((rot >>> 17) | (rot << 15)) >>> 0;
}

export function maskedCrc32c(data: Uint8Array): number { return maskCrc(crc32c(data)); }
