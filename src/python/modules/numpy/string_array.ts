// NumPy string arrays: dtype '<U<n>' (np.array(['a', 'bb'])) and 'S<n>' (np.array([b'a'])), what
// text-classification, seq2seq and word2vec programs build from their vocabularies. They are
// object arrays (object_array.ts: indexing, slicing, masks, iteration, printing) whose elements
// are kept as Python str (U) or bytes (S), coerced and cut to the width on the way in as NumPy
// does; the dtype carries kind and width, so repr shows `dtype='<U2'`.
import type { PyValue } from '../../objects/core';
import { PyFloat } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { PyBytes, bytesOf, compareBytes } from '../../runtime/bytes';
import type { BinaryOpName, CompareOpName, MaybeNotImplemented } from '../../host';
import { NotImplemented } from '../../objects/singletons';
import { PyClass } from '../../objects/pyclass';
import { E, pyException, registerExceptionClass, typeError } from '../../exceptions';
import { repr, str } from '../../runtime/repr';
import { PyNDArray } from './ndarray_object';
import type { DType, NDArray } from '../../../engine';
import * as np from '../../../numpy/index';
import { scalarStr } from '../../../numpy/format/array_format';
import { objectArray, PyObjectArray } from './object_array';
import { PyStrDType, strDtype, type StrKind, type StrSpec } from './str_dtype';

export class PyStringArray extends PyObjectArray {
  constructor(items: PyValue[], shape: readonly number[], readonly kind: StrKind, readonly width: number) { super(items, shape); }
  override derive(items: PyValue[], shape: readonly number[]): PyStringArray { return new PyStringArray(items, shape, this.kind, this.width); }
  get dtype(): PyStrDType { return strDtype(this.kind, this.width); }
  override dtypeText(): string { return `'${this.dtype.text}'`; }
  override dtypeObject(): PyValue { return this.dtype; }
  override itemSize(): number { return this.dtype.itemsize; }
  /** Assigned values become this array's kind, cut to its width (a[0] = 'zzz' stores 'zz' in a '<U2' array). */
  override setitem(key: PyValue, value: PyValue): void {
    const fit = (v: PyValue) => truncated(elementOf(v, this.kind), this.width);
    const converted = value instanceof PyObjectArray ? new PyObjectArray(value.items.map(fit), value.shape)
      : value instanceof PyList || value instanceof PyTuple ? new PyList(value.items.map(fit))
        : fit(value);
    super.setitem(key, converted);
  }
  /** Elements compare as text of the same kind; a str never equals a bytes or a number (NumPy 2). */
  override elementTest(op: CompareOpName): ((x: PyValue, y: PyValue) => boolean) | null {
    if (op === '==') return sameText;
    if (op === '!=') return (x, y) => !sameText(x, y);
    const order = ORDERINGS[op];
    return (x, y) => order(textOrder(x, y, op));
  }
  override str(): string { return this.shape.length === 0 ? str(this.items[0]) : super.str(); }
  /**
   * Arithmetic has no loop for string dtypes in NumPy 1.x: `a + 'x'` raises UFuncTypeError
   * (np.char.add concatenates); NumPy 2's string ufuncs came after TF1.
   */
  binop(op: BinaryOpName, other: PyValue, reflected: boolean): MaybeNotImplemented {
    const ufunc = UFUNC_NAMES[op], theirs = dtypeTextOf(other);
    if (ufunc === undefined || theirs === undefined) return NotImplemented;
    const types = reflected ? [theirs, this.dtype.repr()] : [this.dtype.repr(), theirs];
    throw pyException(UFuncNoLoopError, `ufunc '${ufunc}' did not contain a loop with signature matching types (${types.join(', ')}) -> None`);
  }
}

const UFUNC_NAMES: Partial<Record<BinaryOpName, string>> = {
  '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '//': 'floor_divide', '%': 'remainder', '**': 'power',
};

/** The dtype NumPy gives the other operand of an arithmetic operator, as its repr. */
function dtypeTextOf(v: PyValue): string | undefined {
  if (v instanceof PyStringArray) return v.dtype.repr();
  if (typeof v === 'string') return `dtype('<U${Math.max(1, [...v].length)}')`;
  if (v instanceof PyBytes) return `dtype('S${Math.max(1, v.data.length)}')`;
  if (typeof v === 'boolean') return "dtype('bool')";
  if (typeof v === 'number' || typeof v === 'bigint') return "dtype('int64')";
  if (v instanceof PyFloat) return "dtype('float64')";
  if (v instanceof PyNDArray) return `dtype('${v.array.dtype}')`;
  return undefined;
}

/** numpy.core._exceptions.UFuncTypeError (a TypeError) and the no-loop error NumPy 1.26 raises. */
export const UFuncTypeError = new PyClass('UFuncTypeError', [E.TypeError], 'numpy.core._exceptions');
UFuncTypeError.nativeNew = E.BaseException.nativeNew;
registerExceptionClass(UFuncTypeError);
const UFuncNoLoopError = new PyClass('_UFuncNoLoopError', [UFuncTypeError], 'numpy.core._exceptions');
UFuncNoLoopError.nativeNew = E.BaseException.nativeNew;
registerExceptionClass(UFuncNoLoopError);

function sameText(x: PyValue, y: PyValue): boolean {
  if (typeof x === 'string' || typeof y === 'string') return x === y;
  return x instanceof PyBytes && y instanceof PyBytes && compareBytes(x.data, y.data) === 0;
}

const ORDERINGS: Record<string, (c: number) => boolean> = { '<': c => c < 0, '<=': c => c <= 0, '>': c => c > 0, '>=': c => c >= 0 };

export const textCompare = (x: PyValue, y: PyValue): number => textOrder(x, y, '<');

/** Code-point order of two str, or byte order of two bytes; other pairs have no NumPy loop. */
function textOrder(x: PyValue, y: PyValue, op: string): number {
  if (typeof x === 'string' && typeof y === 'string') {
    const a = [...x].map(c => c.codePointAt(0)!), b = [...y].map(c => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  }
  if (x instanceof PyBytes && y instanceof PyBytes) return compareBytes(x.data, y.data);
  throw typeError(`'${op}' not supported between a string array element ${repr(x)} and ${repr(y)}`);
}

/** The width NumPy gives an element when it discovers one: characters (U) or bytes (S); str(int) gets 21, str(float) 32. */
function naturalWidth(v: PyValue): number {
  if (typeof v === 'string') return [...v].length;
  if (v instanceof PyBytes) return v.data.length;
  if (typeof v === 'boolean') return 5;
  if (typeof v === 'number' || typeof v === 'bigint') return Number.isInteger(v) || typeof v === 'bigint' ? 21 : 32;
  if (v instanceof PyFloat) return 32;
  throw notImplemented(`elements of type '${(v as { pyTypeName?: string })?.pyTypeName ?? typeof v}'`);
}

/** One value as an element of kind U (str) or S (bytes), uncut. */
export function elementOf(v: PyValue, kind: StrKind): PyValue {
  if (kind === 'U') {
    if (typeof v === 'string') return v;
    const b = bytesOf(v);
    // NumPy decodes bytes as ASCII; each byte becomes the code point of its value here.
    if (b !== undefined) return String.fromCharCode(...b);
    if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat) return str(v);
    throw notImplemented(`a '<U' element from ${repr(v)}`);
  }
  if (v instanceof PyBytes) return v;
  if (typeof v === 'string') {
    const codes = [...v].map(c => c.codePointAt(0)!);
    const bad = codes.findIndex(c => c > 127);
    if (bad >= 0) throw pyException(E.UnicodeEncodeError, `'ascii' codec can't encode character '\\x${codes[bad].toString(16)}' in position ${bad}: ordinal not in range(128)`);
    return new PyBytes(Uint8Array.from(codes));
  }
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat) {
    return new PyBytes(Uint8Array.from([...str(v)].map(c => c.charCodeAt(0))));
  }
  throw notImplemented(`an 'S' element from ${repr(v)}`);
}

function truncated(v: PyValue, width: number): PyValue {
  if (typeof v === 'string') { const cs = [...v]; return cs.length > width ? cs.slice(0, width).join('') : v; }
  const b = v as PyBytes;
  return b.data.length > width ? new PyBytes(b.data.slice(0, width)) : b;
}

const isText = (v: PyValue) => typeof v === 'string' || v instanceof PyBytes;

/** Whether np.array(v) makes a string array: v is one, or some element of the nested lists is a str or bytes. */
export function holdsText(v: PyValue): boolean {
  if (v instanceof PyStringArray) return true;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.some(holdsText);
  return isText(v);
}

/**
 * np.array(v) / np.array(v, dtype='<U5'|str|bytes|'S3'): a string array of v's shape. Without a
 * width the longest element sets it; the kind is U when any element is a str (bytes decode).
 * Returns null for ragged input, which the caller makes an object array as for numbers.
 */
export function stringArray(v: PyValue, spec: StrSpec | null): PyObjectArray | null {
  const o = objectArray(v);
  if (o.items.some(x => x instanceof PyList || x instanceof PyTuple || x instanceof PyObjectArray || x instanceof PyNDArray)) return null;
  // Text mixed with objects that are neither text nor numbers (None) is an object array, as in NumPy.
  if (spec === null && !o.items.every(isScalarLike)) return o;
  return fromItems(o.items, o.shape, spec);
}

const isScalarLike = (v: PyValue) => isText(v) || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat;

/** Python-side widths NumPy gives each numeric dtype cast to text (astype(str)): enough for its longest value. */
const TEXT_WIDTHS: Partial<Record<DType, number>> = {
  bool: 5, int8: 4, int16: 6, int32: 11, int64: 21, uint8: 3, uint16: 5, float16: 32, float32: 32, float64: 32,
};

/** a.astype(str) / a.astype('S5') of a numeric array: each element as NumPy prints its scalar. */
export function numericToText(a: NDArray, spec: StrSpec): PyStringArray {
  const width = spec.width || TEXT_WIDTHS[a.dtype];
  if (width === undefined) throw notImplemented(`astype of a ${a.dtype} array`);
  const items = Array.from(a.data as ArrayLike<number>, v => scalarStr(np.NumpyScalar.of(a.dtype, Number(v))));
  return fromItems(items, a.shape, { kind: spec.kind, width });
}

export function fromItems(items: readonly PyValue[], shape: readonly number[], spec: StrSpec | null): PyStringArray {
  const kind: StrKind = spec?.kind ?? (items.some(x => !(x instanceof PyBytes)) ? 'U' : 'S');
  const elements = items.map(x => elementOf(x, kind));
  // NumPy's discovered width is at least 1 (np.array(['']) is '<U1').
  // An explicit unsized dtype (dtype=str) sizes by the converted text; discovery by type (int: 21).
  const width = spec && spec.width > 0 ? spec.width : Math.max(1, ...(spec ? elements : items).map(naturalWidth));
  return new PyStringArray(elements.map(x => truncated(x, width)), shape.slice(), kind, width);
}

export function notImplemented(what: string) {
  return pyException(E.NotImplementedError, `Gradbook's NumPy string arrays do not support ${what}`);
}

