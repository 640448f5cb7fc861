// `application/vnd.gradbook.tensor+json`: an array's shape, dtype, statistics over all of its
// elements, a histogram, and the leading elements (base64 of the little-endian typed array, so
// a 100k-element array costs 0.5 MB rather than 2 MB of decimals in the saved notebook).

/** How numeric values travel: the bytes of a little-endian typed array, base64-encoded. */
export type ValueEncoding = 'f32' | 'f64' | 'i32' | 'u8';
export interface EncodedValues { encoding: ValueEncoding; base64: string; length: number }

export interface ArrayStats {
  /** Over the finite elements only; null when there are none. */
  min: number | null;
  max: number | null;
  mean: number | null;
  std: number | null;
  nan: number;
  posInf: number;
  negInf: number;
  zeros: number;
}

/** Equal-width bins over [min, max] of the finite elements. */
export interface Histogram { min: number; max: number; counts: number[] }

export interface TensorPayload {
  kind: 'tensor';
  version: 1;
  /** What the array is (a variable or global name, `sess.run` result); optional. */
  name?: string;
  dtype: string;
  shape: number[];
  size: number;
  stats: ArrayStats | null;
  histogram: Histogram | null;
  /** The first `values.length` elements in row-major order (all of them when size ≤ the limit). */
  values: EncodedValues | null;
  /** For string arrays: the leading elements as text. */
  strings?: string[];
}

// ── base64 of typed arrays, written out so it runs the same in Node, workers and webviews ──
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const lookup = new Uint8Array(128);
for (let i = 0; i < alphabet.length; i++) lookup[alphabet.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    chunk.push(alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63]);
    if (chunk.length === 4096) { parts.push(chunk.join('')); chunk.length = 0; }
  }
  const rest = bytes.length - i;
  if (rest === 1) { const n = bytes[i] << 16; chunk.push(alphabet[n >> 18] + alphabet[(n >> 12) & 63] + '=='); }
  if (rest === 2) { const n = (bytes[i] << 16) | (bytes[i + 1] << 8); chunk.push(alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + '='); }
  parts.push(chunk.join(''));
  return parts.join('');
}

export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = (lookup[clean.charCodeAt(i)] << 18) | (lookup[clean.charCodeAt(i + 1)] << 12)
      | (lookup[clean.charCodeAt(i + 2) || 65] << 6) | lookup[clean.charCodeAt(i + 3) || 65];
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Encodes numbers as the typed array that holds them losslessly (float32 stays 4 bytes). */
export function encodeValues(data: ArrayLike<number>, encoding: ValueEncoding): EncodedValues {
  const Ctor = { f32: Float32Array, f64: Float64Array, i32: Int32Array, u8: Uint8Array }[encoding];
  const typed = Ctor.from(data as ArrayLike<number>);
  const bytes = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
  if (!littleEndian) throw new Error('big-endian hosts are not supported');
  return { encoding, base64: bytesToBase64(bytes), length: typed.length };
}

export function decodeValues(v: EncodedValues): Float32Array | Float64Array | Int32Array | Uint8Array {
  const bytes = base64ToBytes(v.base64);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  switch (v.encoding) {
    case 'f32': return new Float32Array(buffer, 0, v.length);
    case 'f64': return new Float64Array(buffer, 0, v.length);
    case 'i32': return new Int32Array(buffer, 0, v.length);
    case 'u8': return new Uint8Array(buffer, 0, v.length);
  }
}

/** The image side when an axis of this shape holds square images (784 → 28), else null. */
export function imageLayout(shape: readonly number[]): { count: number; side: number; axis: 'rows' | 'columns' | 'trailing' } | null {
  const n = shape.length;
  if (n >= 2 && shape[n - 1] === 28 && shape[n - 2] === 28) {
    return { count: shape.slice(0, n - 2).reduce((a, b) => a * b, 1), side: 28, axis: 'trailing' };
  }
  if (n === 2 && shape[1] === 784) return { count: shape[0], side: 28, axis: 'rows' };
  if (n === 2 && shape[0] === 784) return { count: shape[1], side: 28, axis: 'columns' };
  if (n === 1 && shape[0] === 784) return { count: 1, side: 28, axis: 'rows' };
  return null;
}
