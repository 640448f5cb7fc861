// np.dtype objects (what `a.dtype` returns) and the parsing of every dtype= spelling:
// 'float32', np.float32, float, int, bool, np.dtype('int64'), a.dtype.
import { HostObject, CompareOpName, MaybeNotImplemented, hostClass } from '../../host';
import type { PyValue, Kwargs } from '../../objects/core';
import { PyClass } from '../../objects/pyclass';
import { T } from '../../objects/types';
import { NotImplemented } from '../../objects/singletons';
import { E, pyException, typeError } from '../../exceptions';
import { repr } from '../../runtime/repr';
import type { DType } from '../../../engine';
import { scalarClasses, dtypeOfScalarClass } from './scalar_types';
import { constructorOf } from '../../bind/method';
import { strDtype, strSpecOf } from './str_dtype';

export const dtypeClass = hostClass('dtype', 'numpy');

const ITEM_SIZES: Record<DType, number> = { float16: 2, float32: 4, float64: 8, int8: 1, int16: 2, int32: 4, int64: 8, uint8: 1, uint16: 2, bool: 1, string: 0 };
const KINDS: Record<DType, string> = { float16: 'f', float32: 'f', float64: 'f', int8: 'i', int16: 'i', int32: 'i', int64: 'i', uint8: 'u', uint16: 'u', bool: 'b', string: 'U' };
const CHARS: Record<DType, string> = { float16: 'e', float32: 'f', float64: 'd', int8: 'b', int16: 'h', int32: 'i', int64: 'l', uint8: 'B', uint16: 'H', bool: '?', string: 'U' };

const NAME_ALIASES: Record<string, DType> = {
  float16: 'float16', float32: 'float32', float64: 'float64', int8: 'int8', int16: 'int16', int32: 'int32', int64: 'int64',
  uint8: 'uint8', uint16: 'uint16', bool: 'bool', half: 'float16',
  float: 'float64', double: 'float64', single: 'float32', int: 'int64', bool_: 'bool', str: 'string',
  f2: 'float16', f4: 'float32', f8: 'float64', i1: 'int8', i2: 'int16', i4: 'int32', i8: 'int64', u1: 'uint8', u2: 'uint16', b1: 'bool', '?': 'bool',
  e: 'float16', f: 'float32', d: 'float64', b: 'int8', h: 'int16', i: 'int32', l: 'int64', B: 'uint8', H: 'uint16',
};

export class PyDType extends HostObject {
  constructor(readonly dtype: DType) { super(); }
  override get type() { return dtypeClass; }
  get name(): string { return this.dtype === 'string' ? 'str' : this.dtype; }
  override repr(): string { return `dtype('${this.dtype === 'string' ? '<U' : this.name}')`; }
  str(): string { return this.name; }
  override hashKey(): unknown { return 'numpy.dtype:' + this.dtype; }
  compare(op: CompareOpName, other: PyValue): MaybeNotImplemented {
    if (op !== '==' && op !== '!=') return NotImplemented;
    const d = dtypeOrUndefined(other);
    return (d === this.dtype) === (op === '==');
  }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'name': return this.name;
      case 'itemsize': return ITEM_SIZES[this.dtype];
      case 'kind': return KINDS[this.dtype];
      case 'char': return CHARS[this.dtype];
      case 'type': return scalarClasses[this.dtype];
      case 'str': return (ITEM_SIZES[this.dtype] === 1 ? '|' : '<') + KINDS[this.dtype] + ITEM_SIZES[this.dtype];
    }
    return undefined;
  }
}

const dtypeObjects = new Map<DType, PyDType>();
export function dtypeObject(d: DType): PyDType {
  let o = dtypeObjects.get(d);
  if (!o) { o = new PyDType(d); dtypeObjects.set(d, o); }
  return o;
}

function dtypeOrUndefined(v: PyValue): DType | undefined {
  if (v instanceof PyDType) return v.dtype;
  if (typeof v === 'string') return NAME_ALIASES[v];
  if (v instanceof PyClass) {
    if (v === T.float) return 'float64';
    if (v === T.int) return 'int64';
    if (v === T.bool) return 'bool';
    if (v === T.str) return 'string';
    return dtypeOfScalarClass(v);
  }
  return undefined;
}

/** A dtype= argument: None/omitted → null, anything NumPy accepts → DType, else TypeError. */
export function dtypeArg(v: PyValue | undefined): DType | null {
  if (v === undefined || v === null) return null;
  const text = strSpecOf(v);
  if (text) {
    throw pyException(E.NotImplementedError, `Gradbook's NumPy makes string arrays (dtype '${strDtype(text.kind, text.width).text}') only with np.array, np.asarray, astype and np.full(shape, text)`);
  }
  const d = dtypeOrUndefined(v);
  if (d === undefined) {
    throw typeof v === 'string' ? typeError(`data type '${v}' not understood`) : typeError(`Cannot interpret '${repr(v)}' as a data type`);
  }
  return d;
}

/** dtype('O'). */
export class PyObjectDType extends HostObject {
  override get type() { return dtypeClass; }
  override repr(): string { return "dtype('O')"; }
  str(): string { return 'object'; }
  override hashKey(): unknown { return 'numpy.dtype:object'; }
  compare(op: CompareOpName, other: PyValue): MaybeNotImplemented {
    if (op !== '==' && op !== '!=') return NotImplemented;
    return isObjectDtype(other) === (op === '==');
  }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'name': return 'object';
      case 'itemsize': return 8;
      case 'kind': case 'char': return 'O';
      case 'type': return T.object;
      case 'str': return '|O';
    }
    return undefined;
  }
}
export const OBJECT_DTYPE = new PyObjectDType();

/** True for every spelling of dtype=object: object, np.object_, 'O', 'object', dtype('O'). */
export function isObjectDtype(v: PyValue | undefined): boolean {
  return v === T.object || v === 'O' || v === 'object' || v === '|O' || v instanceof PyObjectDType;
}

export const DTYPE_SIGNATURE = {
  name: 'np.dtype', doc: 'Create a data type object.',
  params: [
    { name: 'dtype' }, { name: 'align', default: false, type: 'flag', unsupported: 'structured dtypes' },
    { name: 'copy', default: false, type: 'flag', doc: 'no effect: dtype objects are immutable' },
  ],
} as const;
// Compiled on first use: the binder's converters import this module.
let construct: ((args: PyValue[], kw: Kwargs) => PyValue) | null = null;
dtypeClass.nativeNew = (_cls, args, kw) => {
  construct ??= constructorOf(DTYPE_SIGNATURE, a => {
    if (isObjectDtype(a.dtype as PyValue)) return OBJECT_DTYPE;
    const text = strSpecOf(a.dtype as PyValue);
    return text ? strDtype(text.kind, text.width) : dtypeObject(dtypeArg(a.dtype as PyValue)!);
  }).construct;
  return construct(args, kw);
};
