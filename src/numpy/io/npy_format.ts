// The .npy format (NumPy's numpy/lib/format.py, versions 1.0-3.0): the magic "\x93NUMPY", a
// version, a little-endian header length, then an ASCII Python dict literal
// {'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), } padded with spaces (and room to
// grow the first axis) so the data starts on a 64-byte boundary, then the raw elements.
// We write version 1.0 (2.0 only for giant headers) exactly as NumPy does, byte for byte.
import { NDArray, shapeSize } from '../../engine/ndarray';
import { DType, NumericArray } from '../../engine/dtypes';
import { PyLikeError } from '../../engine/errors';
import { pyError } from '../values';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const ALIGN = 64;
/** NumPy leaves room for the first axis to grow to this many digits when writing. */
const GROWTH_DIGITS = 21;

interface Descr { dtype: DType; size: number; kind: 'f' | 'i' | 'u' | 'b' }
const DESCRS: Partial<Record<DType, Descr & { text: string }>> = {
  float16: { dtype: 'float16', size: 2, kind: 'f', text: '<f2' }, float32: { dtype: 'float32', size: 4, kind: 'f', text: '<f4' },
  float64: { dtype: 'float64', size: 8, kind: 'f', text: '<f8' }, int8: { dtype: 'int8', size: 1, kind: 'i', text: '|i1' },
  int16: { dtype: 'int16', size: 2, kind: 'i', text: '<i2' }, int32: { dtype: 'int32', size: 4, kind: 'i', text: '<i4' },
  int64: { dtype: 'int64', size: 8, kind: 'i', text: '<i8' }, uint8: { dtype: 'uint8', size: 1, kind: 'u', text: '|u1' },
  uint16: { dtype: 'uint16', size: 2, kind: 'u', text: '<u2' }, bool: { dtype: 'bool', size: 1, kind: 'b', text: '|b1' },
};

export function isNpy(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && MAGIC.every((b, i) => bytes[i] === b);
}

/** The header dict exactly as NumPy writes it (keys sorted, trailing ", "). */
function headerText(descr: string, shape: readonly number[]): string {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  if (shape.length > 0) header += ' '.repeat(Math.max(0, GROWTH_DIGITS - String(shape[0]).length));
  return header;
}

/** np.save's bytes for `a`. */
export function encodeNpy(a: NDArray): Uint8Array {
  const d = DESCRS[a.dtype];
  if (!d) throw new PyLikeError('NotImplementedError', `np.save of a ${a.dtype} array is not supported by Gradbook`);
  return npyWithPayload(d.text, a.shape, shapeSize(a.shape) * d.size, (view, at) => writeElements(view, at, a.data as NumericArray, d));
}

/** An .npy file of `descr` and `shape` whose `size` data bytes `write` fills (string arrays use it too). */
export function npyWithPayload(descr: string, shape: readonly number[], size: number, write: (view: DataView, at: number) => void): Uint8Array {
  const header = headerText(descr, shape);
  let version = 1, lenBytes = 2;
  let pad = ALIGN - ((MAGIC.length + 2 + lenBytes + header.length + 1) % ALIGN);
  if (header.length + pad + 1 >= 65536) {
    version = 2; lenBytes = 4;
    pad = ALIGN - ((MAGIC.length + 2 + lenBytes + header.length + 1) % ALIGN);
  }
  const full = header + ' '.repeat(pad) + '\n';
  const headStart = MAGIC.length + 2 + lenBytes;
  const out = new Uint8Array(headStart + full.length + size);
  out.set(MAGIC, 0);
  out[6] = version; out[7] = 0;
  const view = new DataView(out.buffer);
  if (lenBytes === 2) view.setUint16(8, full.length, true); else view.setUint32(8, full.length, true);
  for (let i = 0; i < full.length; i++) out[headStart + i] = full.charCodeAt(i);
  write(view, headStart + full.length);
  return out;
}

function writeElements(view: DataView, at: number, src: NumericArray, d: Descr): void {
  for (let i = 0; i < src.length; i++, at += d.size) {
    const v = src[i];
    switch (d.kind + d.size) {
      case 'f2': view.setUint16(at, toHalfBits(v), true); break;
      case 'f4': view.setFloat32(at, v, true); break;
      case 'f8': view.setFloat64(at, v, true); break;
      case 'i1': view.setInt8(at, v); break;
      case 'i2': view.setInt16(at, v, true); break;
      case 'i4': view.setInt32(at, v, true); break;
      case 'i8': view.setBigInt64(at, BigInt(v), true); break;
      case 'u1': case 'b1': view.setUint8(at, v); break;
      case 'u2': view.setUint16(at, v, true); break;
    }
  }
}

export interface NpyHeader { descr: string; fortranOrder: boolean; shape: number[]; dataStart: number }

/** Reads the magic, version and header dict; `maxHeaderSize` as np.load's max_header_size. */
export function readNpyHeader(bytes: Uint8Array, maxHeaderSize = 10000): NpyHeader {
  if (!isNpy(bytes)) throw pyError('ValueError', `the magic string is not correct; expected b'\\x93NUMPY', got ${bytesRepr(bytes.slice(0, 6))}`);
  const major = bytes[6], minor = bytes[7];
  if (!((major === 1 || major === 2 || major === 3) && minor === 0)) throw pyError('ValueError', `we only support format version (1,0), (2,0), and (3,0), not (${major}, ${minor})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lenBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lenBytes) throw pyError('ValueError', 'EOF: reading array header length, expected 2 bytes got 0');
  const length = lenBytes === 2 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = 8 + lenBytes;
  if (length > maxHeaderSize) throw pyError('ValueError', `Header info length (${length}) is large and may not be safe to load securely.\nTo allow loading, adjust \`max_header_size\` or fully trust the \`.npy\` file using \`allow_pickle=True\`.\nFor safety against large resource use or crashes, sandboxing may be necessary.`);
  if (bytes.length < start + length) throw pyError('ValueError', `EOF: reading array header, expected ${length} bytes got ${bytes.length - start}`);
  let text = '';
  for (let i = start; i < start + length; i++) text += String.fromCharCode(bytes[i]);
  if (major === 3) text = new TextDecoder().decode(bytes.subarray(start, start + length));
  const dict = parseHeaderDict(text);
  return { ...dict, dataStart: start + length };
}

/** The header's dict literal: only the three keys, a string, a bool and a tuple of ints. */
function parseHeaderDict(text: string): Omit<NpyHeader, 'dataStart'> {
  const bad = () => pyError('ValueError', `Cannot parse header: ${pyRepr(text)}`);
  const descr = /'descr'\s*:\s*(['"])(.*?)\1/.exec(text);
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text);
  const shape = /'shape'\s*:\s*\(([^)]*)\)/.exec(text);
  if (!/^\s*\{.*\}\s*$/s.test(text)) throw bad();
  if (!descr && /'descr'\s*:\s*\[/.test(text)) throw new PyLikeError('NotImplementedError', 'np.load of a structured (record) array is not supported by Gradbook');
  if (!descr || !fortran || !shape) throw pyError('ValueError', `Header does not contain the correct keys: ${pyRepr(text)}`);
  const dims = shape[1].split(',').map(s => s.trim()).filter(s => s !== '');
  if (dims.some(s => !/^\d+L?$/.test(s))) throw pyError('ValueError', `shape is not valid: (${shape[1]})`);
  return { descr: descr[2], fortranOrder: fortran[1] === 'True', shape: dims.map(s => parseInt(s, 10)) };
}

export interface DescrInfo { dtype: DType; size: number; kind: string; bigEndian: boolean }

/** '<f8', '>i4', '|b1', '=u2' → our dtype, or null for objects ('|O'), strings and the rest. */
export function parseDescr(descr: string): DescrInfo | { unsupported: string } {
  const m = /^([<>|=]?)([a-zA-Z?])(\d*)$/.exec(descr);
  if (!m) return { unsupported: descr };
  const kind = m[2] === '?' ? 'b' : m[2], size = m[3] ? parseInt(m[3], 10) : 1;
  const found = Object.values(DESCRS).find(d => d!.kind === kind && d!.size === size);
  if (!found) return { unsupported: descr };
  return { dtype: found.dtype, size, kind, bigEndian: m[1] === '>' };
}

/** The array an .npy file holds (after its header; object arrays are the caller's business). */
export function decodeNpyData(bytes: Uint8Array, h: NpyHeader, info: DescrInfo): NDArray {
  const n = shapeSize(h.shape);
  const need = n * info.size;
  if (bytes.length - h.dataStart < need) {
    throw pyError('ValueError', `cannot reshape array of size ${Math.floor((bytes.length - h.dataStart) / info.size)} into shape ${h.shape.length === 1 ? `(${h.shape[0]},)` : `(${h.shape.join(', ')})`}`);
  }
  const out = NDArray.zeros(info.dtype, h.shape);
  const dst = out.data as NumericArray;
  const view = new DataView(bytes.buffer, bytes.byteOffset + h.dataStart, need);
  const le = !info.bigEndian;
  for (let i = 0, at = 0; i < n; i++, at += info.size) {
    switch (info.kind + info.size) {
      case 'f2': dst[i] = fromHalfBits(view.getUint16(at, le)); break;
      case 'f4': dst[i] = view.getFloat32(at, le); break;
      case 'f8': dst[i] = view.getFloat64(at, le); break;
      case 'i1': dst[i] = view.getInt8(at); break;
      case 'i2': dst[i] = view.getInt16(at, le); break;
      case 'i4': dst[i] = view.getInt32(at, le); break;
      case 'i8': dst[i] = Number(view.getBigInt64(at, le)); break;
      case 'u1': dst[i] = view.getUint8(at); break;
      case 'b1': dst[i] = view.getUint8(at) !== 0 ? 1 : 0; break;
      case 'u2': dst[i] = view.getUint16(at, le); break;
    }
  }
  // Fortran order stores the reversed shape's C order: transpose back.
  return h.fortranOrder && h.shape.length > 1 ? fromFortran(out) : out;
}

function fromFortran(a: NDArray): NDArray {
  const shape = a.shape, rank = shape.length;
  const out = NDArray.zeros(a.dtype, shape);
  const src = a.data as NumericArray, dst = out.data as NumericArray;
  const idx = new Array<number>(rank).fill(0);
  for (let i = 0; i < src.length; i++) {
    // i counts in Fortran order (first axis fastest); place it at its C-order position.
    let c = 0;
    for (let k = 0; k < rank; k++) c = c * shape[k] + idx[k];
    dst[c] = src[i];
    for (let k = 0; k < rank; k++) { if (++idx[k] < shape[k]) break; idx[k] = 0; }
  }
  return out;
}

function toHalfBits(v: number): number {
  const f = new Float32Array([v]), u = new Uint32Array(f.buffer)[0];
  const sign = (u >>> 16) & 0x8000, exp = (u >>> 23) & 0xff, mant = u & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    const m = (mant | 0x800000) >> (1 - e);
    return sign | ((m + 0x1000 + ((m >> 13) & 1) - 1) >> 13);
  }
  const h = sign | (e << 10) | (mant >> 13);
  const rest = mant & 0x1fff;
  return rest > 0x1000 || (rest === 0x1000 && (h & 1)) ? h + 1 : h;
}

function fromHalfBits(h: number): number {
  const sign = h & 0x8000 ? -1 : 1, exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

function bytesRepr(b: Uint8Array): string {
  let s = "b'";
  for (const c of b) s += c >= 0x20 && c < 0x7f && c !== 0x27 && c !== 0x5c ? String.fromCharCode(c) : `\\x${c.toString(16).padStart(2, '0')}`;
  return s + "'";
}

function pyRepr(s: string): string { return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`; }

/** The raw little-endian element bytes of an array in C order (ndarray.tobytes()). */
export function rawBytesOf(a: NDArray): Uint8Array {
  const d = DESCRS[a.dtype];
  if (!d) throw new PyLikeError('NotImplementedError', `tobytes() of a ${a.dtype} array is not supported by Gradbook`);
  const out = new Uint8Array(shapeSize(a.shape) * d.size);
  writeElements(new DataView(out.buffer), 0, a.data as NumericArray, d);
  return out;
}

/** np.frombuffer: `count` elements of `dtype` (-1: all) from `offset`, a 1-D array. */
export function fromRawBytes(bytes: Uint8Array, dtype: DType, count: number, offset: number): NDArray {
  const d = DESCRS[dtype];
  if (!d) throw new PyLikeError('NotImplementedError', `np.frombuffer() of dtype ${dtype} is not supported by Gradbook`);
  if (offset < 0 || offset > bytes.length) throw pyError('ValueError', 'offset must be non-negative and no greater than buffer length (' + bytes.length + ')');
  const avail = bytes.length - offset;
  if (count < 0) {
    if (avail % d.size !== 0) throw pyError('ValueError', 'buffer size must be a multiple of element size');
    count = avail / d.size;
  } else if (count * d.size > avail) throw pyError('ValueError', 'buffer is smaller than requested size');
  return decodeNpyData(bytes, { descr: d.text, fortranOrder: false, shape: [count], dataStart: offset }, { dtype, size: d.size, kind: d.kind, bigEndian: false });
}
