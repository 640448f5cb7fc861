// NumPy objects in pickles, as NumPy 1.x writes and reads them:
//   ndarray → numpy.core.multiarray._reconstruct(numpy.ndarray, (0,), b'b') + BUILD
//             (1, shape, dtype, is_fortran, raw little-endian bytes)
//   dtype   → numpy.dtype('f4', False, True) + BUILD (3, '<', None, None, None, -1, -1, 0)
//   scalar  → numpy.core.multiarray.scalar(dtype, raw bytes)
// Loading builds placeholders while the pickle is read and turns them into Gradbook arrays when
// their state arrives. Only the dtypes Gradbook's arrays have load; others raise NotImplementedError.
import { PyValue } from '../../objects/core';
import { PyTuple } from '../../objects/containers';
import { HostObject } from '../../host';
import { E, pyException } from '../../exceptions';
import { NDArray, allocData, type DType, type NumericArray } from '../../../engine';
import { PyBytes, bytesOf } from '../../runtime/bytes';
import { toArray } from '../../runtime/iteration';
import { toIndex } from '../../runtime/numbers';
import { PyNDArray } from '../numpy/ndarray_object';
import { wrapResult } from '../numpy/convert';
import { dtypeObject } from '../numpy/dtype_object';
import { NumpyScalar } from '../../../numpy/values';

/** NumPy's type codes ('<f4', '|u1', ...) for Gradbook's dtypes, and back. */
const CODES: Record<string, DType> = { f4: 'float32', f8: 'float64', i4: 'int32', i8: 'int64', u1: 'uint8', b1: 'bool' };
const CODE_OF: Partial<Record<DType, string>> = { float32: 'f4', float64: 'f8', int32: 'i4', int64: 'i8', uint8: 'u1', bool: 'b1' };
const SIZE: Record<string, number> = { f4: 4, f8: 8, i4: 4, i8: 8, u1: 1, b1: 1 };

const NUMPY_NAMES: Record<string, string> = { f2: 'float16', i1: 'int8', i2: 'int16', u2: 'uint16', u4: 'uint32', u8: 'uint64', c8: 'complex64', c16: 'complex128', O8: 'object', O: 'object' };

function unsupportedDtype(code: string): never {
  const name = NUMPY_NAMES[code] ?? (code.startsWith('U') || code.startsWith('S') ? 'string' : code);
  throw pyException(E.NotImplementedError, `pickle: NumPy arrays of dtype ${name} ('${code}') are not supported by Gradbook (its arrays hold float32, float64, int32, int64, uint8 and bool)`);
}

/** numpy.dtype(...) while unpickling: the type code until BUILD gives the byte order. */
export class PendingDtype extends HostObject {
  byteOrder = '<';
  constructor(readonly code: string) { super(); }
  override get pyTypeName(): string { return 'dtype'; }
  setstate(state: PyValue): void {
    const s = toArray(state);
    if (s[1] !== null && s[1] !== undefined) this.byteOrder = text(s[1]);
    if (s[3] !== null && s[3] !== undefined) throw pyException(E.NotImplementedError, 'pickle: structured NumPy dtypes (with fields) are not supported by Gradbook');
  }
  get dtype(): DType {
    const d = CODES[this.code];
    if (!d) unsupportedDtype(this.code);
    return d;
  }
}

/** numpy.core.multiarray._reconstruct(...) while unpickling: becomes an array at BUILD. */
export class PendingArray extends HostObject {
  override get pyTypeName(): string { return 'ndarray'; }
}

/** A str, or the latin-1 text of bytes (Python 2 strings loaded with encoding='bytes'). */
function text(v: PyValue): string {
  const b = bytesOf(v);
  return b ? String.fromCharCode(...b) : String(v);
}

export function makeDtype(args: PyValue[]): PendingDtype {
  const code = text(args[0] ?? null);
  return new PendingDtype(code.replace(/^[<>|=]/, ''));
}

/** The raw bytes of a state item: bytes, or a str when a Python 2 pickle is loaded with encoding='latin1'. */
function rawBytes(v: PyValue): Uint8Array {
  const b = bytesOf(v);
  if (b) return b;
  if (typeof v === 'string') return Uint8Array.from(v, c => c.charCodeAt(0));
  throw pyException(E.TypeError, 'pickle: NumPy array data must be bytes');
}

function decodeData(dtype: DType, code: string, bigEndian: boolean, raw: Uint8Array, count: number): NumericArray {
  const size = SIZE[code];
  if (raw.length < count * size) throw pyException(E.ValueError, 'pickle: NumPy array data is shorter than its shape');
  const out = allocData(dtype, count) as NumericArray;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const little = !bigEndian;
  for (let i = 0; i < count; i++) {
    const at = i * size;
    switch (code) {
      case 'f4': out[i] = view.getFloat32(at, little); break;
      case 'f8': out[i] = view.getFloat64(at, little); break;
      case 'i4': out[i] = view.getInt32(at, little); break;
      case 'i8': out[i] = Number(view.getBigInt64(at, little)); break;
      default: out[i] = raw[at]; break;
    }
  }
  return out;
}

/** ndarray.__setstate__((version, shape, dtype, is_fortran, rawdata)). */
export function buildArray(state: PyValue): PyNDArray {
  const s = toArray(state);
  const [shapeV, dtypeV, fortranV, dataV] = s.length === 5 ? s.slice(1) : s;
  const shape = toArray(shapeV).map(toIndex);
  const pending = dtypeV instanceof PendingDtype ? dtypeV : null;
  if (!pending) throw pyException(E.NotImplementedError, 'pickle: this NumPy array state is not supported by Gradbook');
  const dtype = pending.dtype;
  const count = shape.reduce((a, b) => a * b, 1);
  const raw = rawBytes(dataV);
  let data = decodeData(dtype, pending.code, pending.byteOrder === '>', raw, count);
  if (fortranV === true && shape.length > 1) data = fromFortran(data, shape, dtype);
  return wrapResult(new NDArray(dtype, shape, data));
}

/** Column-major data in row-major order. */
function fromFortran(data: NumericArray, shape: number[], dtype: DType): NumericArray {
  const out = allocData(dtype, data.length) as NumericArray;
  const rank = shape.length;
  const idx = new Array(rank).fill(0);
  for (let f = 0; f < data.length; f++) {
    let c = 0;
    for (let k = 0; k < rank; k++) c = c * shape[k] + idx[k];
    out[c] = data[f];
    for (let k = 0; k < rank; k++) { if (++idx[k] < shape[k]) break; idx[k] = 0; }
  }
  return out;
}

/** numpy.core.multiarray.scalar(dtype, raw): a NumPy scalar. */
export function makeScalar(args: PyValue[]): PyValue {
  const d = args[0];
  if (!(d instanceof PendingDtype)) throw pyException(E.NotImplementedError, 'pickle: this NumPy scalar is not supported by Gradbook');
  const data = decodeData(d.dtype, d.code, d.byteOrder === '>', rawBytes(args[1] ?? null), 1);
  return wrapResult(NumpyScalar.of(d.dtype, data[0]));
}

/** numpy.core.numeric._frombuffer(buffer, dtype, shape, order). */
export function fromBuffer(args: PyValue[]): PyValue {
  const [buf, dtypeV, shapeV, order] = args;
  return buildArray(new PyTuple([shapeV, dtypeV, order === 'F', buf ?? null]));
}

// ── writing ───────────────────────────────────────────────────────────────────────────────

export function isNumpyValue(v: PyValue): v is PyNDArray { return v instanceof PyNDArray; }

function typeCode(a: NDArray): string {
  const code = CODE_OF[a.dtype];
  if (!code) throw pyException(E.NotImplementedError, `pickle: arrays of dtype ${a.dtype} cannot be pickled by Gradbook`);
  return code;
}

/** The raw little-endian bytes NumPy stores for an array. */
export function arrayBytes(a: NDArray): Uint8Array {
  const code = typeCode(a);
  const size = SIZE[code];
  const data = a.data as NumericArray;
  const out = new Uint8Array(data.length * size);
  const view = new DataView(out.buffer);
  for (let i = 0; i < data.length; i++) {
    const at = i * size;
    switch (code) {
      case 'f4': view.setFloat32(at, data[i], true); break;
      case 'f8': view.setFloat64(at, data[i], true); break;
      case 'i4': view.setInt32(at, data[i], true); break;
      case 'i8': view.setBigInt64(at, BigInt(Math.trunc(data[i])), true); break;
      default: out[at] = data[i]; break;
    }
  }
  return out;
}

/** What pickling a dtype writes: its constructor args and BUILD state. */
export function dtypeReduce(a: NDArray): { args: PyValue[]; state: PyValue[] } {
  const code = typeCode(a);
  return { args: [code, false, true], state: [3, SIZE[code] === 1 ? '|' : '<', null, null, null, -1, -1, 0] };
}

export function arrayBytesValue(a: NDArray): PyBytes { return new PyBytes(arrayBytes(a)); }

/** The dtype object a pickled array refers to (one per dtype, as NumPy's dtypes are singletons). */
export function dtypeOf(a: NDArray): PyValue { return dtypeObject(a.dtype); }
