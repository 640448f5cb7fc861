// A tensor's bytes in a bundle data file (tf1-formats.md §4.6–4.7): numeric tensors are the
// raw little-endian buffer in row-major order; string tensors are varint lengths, a masked CRC
// of the lengths, then the bytes. The entry's crc32c covers what the reader reads back.
import { NDArray, shapeSize } from '../../ndarray';
import { halfBits, halfFromBits } from '../../dtypes';
import type { DType, NumericArray } from '../../dtypes';
import { ByteCursor, ByteSink, fromUtf8, ownBytes, utf8 } from '../binary/bytes';
import { crc32c, crc32cExtend, maskCrc, unmaskCrc } from '../binary/crc32c';
import { dataLoss } from '../errors';
import { elementSize } from './dtype_codes';

export interface EncodedTensor { bytes: Uint8Array; maskedCrc: number }

/** String elements may be text (written as UTF-8) or raw bytes (serialized protos). */
export type StringElement = string | Uint8Array;

export function encodeTensor(arr: NDArray): EncodedTensor {
  if (arr.dtype === 'string') return encodeStrings(arr.data as unknown as StringElement[]);
  const bytes = numericBytes(arr.dtype, arr.data as NumericArray);
  return { bytes, maskedCrc: maskCrc(crc32c(bytes)) };
}

function numericBytes(dtype: DType, data: NumericArray): Uint8Array {
  const n = data.length;
  switch (dtype) {
    case 'float32': return bytesOf(Float32Array.from(data as ArrayLike<number>));
    case 'float64': return bytesOf(Float64Array.from(data as ArrayLike<number>));
    case 'int32': return bytesOf(Int32Array.from(data as ArrayLike<number>));
    case 'uint8': return Uint8Array.from(data as ArrayLike<number>);
    case 'int8': return bytesOf(Int8Array.from(data as ArrayLike<number>));
    case 'int16': return bytesOf(Int16Array.from(data as ArrayLike<number>));
    case 'uint16': return bytesOf(Uint16Array.from(data as ArrayLike<number>));
    case 'float16': return bytesOf(Uint16Array.from(data as ArrayLike<number>, halfBits));
    case 'bool': return Uint8Array.from(data as ArrayLike<number>, v => (v ? 1 : 0));
    case 'int64': {
      const out = new BigInt64Array(n);
      for (let i = 0; i < n; i++) out[i] = BigInt(Math.trunc(data[i]));
      return bytesOf(out);
    }
    default: throw new Error(`not a numeric dtype: ${dtype}`);
  }
}

function bytesOf(view: ArrayBufferView): Uint8Array {
  // Typed arrays use the platform's byte order; every platform VS Code runs on is little-endian,
  // which is what bundles with endianness LITTLE hold.
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
}

function encodeStrings(elements: StringElement[]): EncodedTensor {
  const raw = elements.map(e => (typeof e === 'string' ? utf8(e) : e));
  const sink = new ByteSink();
  let lengthCrc = 0;
  for (const r of raw) {
    sink.varint(r.length);
    lengthCrc = crc32cExtend(lengthCrc, lengthBytes(r.length));
  }
  const storedLengthCrc = maskCrc(lengthCrc);
  sink.uint32(storedLengthCrc);
  let crc = crc32cExtend(lengthCrc, new ByteSink().uint32(storedLengthCrc).view());
  for (const r of raw) { sink.bytes(r); crc = crc32cExtend(crc, r); }
  return { bytes: sink.toBytes(), maskedCrc: maskCrc(crc) };
}

/** TF checksums each length as uint32 LE, or uint64 LE when it does not fit. */
function lengthBytes(n: number): Uint8Array {
  return n > 0xffffffff ? new ByteSink().uint64(n).view() : new ByteSink().uint32(n).view();
}

/** Decode `bytes` (exactly one tensor) and verify its checksum. */
export function decodeTensor(dtype: DType, shape: number[], bytes: Uint8Array, maskedCrc: number, what: string): NDArray {
  if (dtype === 'string') {
    const { elements, crc } = decodeStrings(shapeSize(shape), bytes, what);
    checkCrc(crc, maskedCrc, bytes.length, what);
    return new NDArray('string', shape, elements.map(fromUtf8));
  }
  checkCrc(crc32c(bytes), maskedCrc, bytes.length, what);
  const n = shapeSize(shape);
  if (bytes.length !== n * elementSize(dtype)) {
    throw dataLoss(`${what}: expected ${n * elementSize(dtype)} bytes for shape [${shape}], found ${bytes.length}`);
  }
  return new NDArray(dtype, shape, numericFromBytes(dtype, bytes, n));
}

function numericFromBytes(dtype: DType, bytes: Uint8Array, n: number): NumericArray {
  const buf = ownBytes(bytes).buffer;
  switch (dtype) {
    case 'float32': return new Float32Array(buf);
    case 'float64': return new Float64Array(buf);
    case 'int32': return new Int32Array(buf);
    case 'uint8': return new Uint8Array(buf);
    case 'int8': return new Int8Array(buf);
    case 'int16': return new Int16Array(buf);
    case 'uint16': return new Uint16Array(buf);
    case 'float16': return Float32Array.from(new Uint16Array(buf), halfFromBits);
    case 'bool': return Uint8Array.from(new Uint8Array(buf), v => (v ? 1 : 0));
    case 'int64': {
      const src = new BigInt64Array(buf), out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = Number(src[i]);
      return out;
    }
    default: throw new Error(`not a numeric dtype: ${dtype}`);
  }
}

/** The raw elements of a string tensor, and the checksum of what was read. */
export function decodeStrings(count: number, bytes: Uint8Array, what: string): { elements: Uint8Array[]; crc: number } {
  try {
    const cur = new ByteCursor(bytes);
    const lengths: number[] = [];
    let crc = 0;
    for (let i = 0; i < count; i++) {
      const len = cur.varint();
      lengths.push(len);
      crc = crc32cExtend(crc, lengthBytes(len));
    }
    const storedLengthCrc = cur.uint32();
    if (unmaskCrc(storedLengthCrc) !== crc) throw dataLoss(`${what}: the length checksum does not match`);
    crc = crc32cExtend(crc, new ByteSink().uint32(storedLengthCrc).view());
    const elements = lengths.map(len => { const b = cur.bytes(len); crc = crc32cExtend(crc, b); return b.slice(); });
    return { elements, crc };
  } catch (e) {
    if (e instanceof RangeError) throw dataLoss(`${what}: string tensor data is truncated`);
    throw e;
  }
}

function checkCrc(actual: number, maskedStored: number, size: number, what: string): void {
  const stored = unmaskCrc(maskedStored);
  if (actual !== stored) {
    throw dataLoss(`${what} (${size} bytes): Checksum does not match: stored ${stored} vs. calculated on the restored bytes ${actual}`);
  }
}
