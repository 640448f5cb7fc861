// Little-endian integers and varints in growable buffers: the bits the table, record and bundle
// formats are made of. Varints carry lengths and offsets; values above 2^53 do not occur in the
// files Gradbook writes, so plain numbers are enough.
export class ByteSink {
  private buf = new Uint8Array(256);
  private len = 0;

  get length(): number { return this.len; }

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  bytes(data: Uint8Array): this {
    this.reserve(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
    return this;
  }
  byte(b: number): this { this.reserve(1); this.buf[this.len++] = b & 0xff; return this; }
  uint32(v: number): this {
    this.reserve(4);
    const b = this.buf, o = this.len;
    b[o] = v & 0xff; b[o + 1] = (v >>> 8) & 0xff; b[o + 2] = (v >>> 16) & 0xff; b[o + 3] = (v >>> 24) & 0xff;
    this.len += 4;
    return this;
  }
  uint64(v: number): this {
    this.uint32(v % 0x100000000);
    return this.uint32(Math.floor(v / 0x100000000));
  }
  varint(v: number): this {
    if (v < 0 || !Number.isInteger(v)) throw new RangeError(`varint of ${v}`);
    while (v >= 0x80) { this.byte((v % 0x80) | 0x80); v = Math.floor(v / 0x80); }
    return this.byte(v);
  }
  /** A view of the written bytes (valid until the next write). */
  view(): Uint8Array { return this.buf.subarray(0, this.len); }
  /** A copy of the written bytes. */
  toBytes(): Uint8Array { return this.buf.slice(0, this.len); }
}

/** Reads from a byte array; running off the end throws `RangeError` (callers turn it into DataLoss). */
export class ByteCursor {
  pos: number;
  constructor(readonly data: Uint8Array, start = 0, readonly end = data.length) { this.pos = start; }

  get remaining(): number { return this.end - this.pos; }
  need(n: number): void { if (this.pos + n > this.end) throw new RangeError('truncated data'); }
  byte(): number { this.need(1); return this.data[this.pos++]; }
  uint32(): number {
    this.need(4);
    const d = this.data, o = this.pos;
    this.pos += 4;
    return (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) + d[o + 3] * 0x1000000;
  }
  uint64(): number { const lo = this.uint32(); return lo + this.uint32() * 0x100000000; }
  varint(): number {
    let result = 0, mul = 1;
    for (let i = 0; i < 10; i++) {
      const b = this.byte();
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 0x80;
    }
    throw new RangeError('bad varint');
  }
  bytes(n: number): Uint8Array { this.need(n); const out = this.data.subarray(this.pos, this.pos + n); this.pos += n; return out; }
}

/** A fresh copy with its own ArrayBuffer (Node Buffers share a pool, so `.buffer` is unsafe). */
export function ownBytes(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  out.set(b);
  return out;
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Unsigned bytewise order (memcmp), the order of LevelDB keys. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
export const utf8 = (s: string): Uint8Array => encoder.encode(s);
export const fromUtf8 = (b: Uint8Array): string => decoder.decode(b);
