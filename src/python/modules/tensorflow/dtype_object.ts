// tf.DType objects: tf.float32 and friends (repr `tf.float32`), with base_dtype / is_floating.
import { HostObject, hostClass, CompareOpName, MaybeNotImplemented } from '../../host';
import type { PyValue } from '../../objects/core';
import { NotImplemented } from '../../objects/singletons';
import { PyClass } from '../../objects/pyclass';
import { T } from '../../objects/types';
import { repr } from '../../runtime/repr';
import { PyDType as NumpyDType } from '../numpy/dtype_object';
import { dtypeOfScalarClass } from '../numpy/scalar_types';
import { DType, dtypeRange, isDType, isFloat, isInteger } from '../../../engine';
import { PyFloat } from '../../objects/core';
import { typeError } from '../../exceptions';

export const dtypeClass = hostClass('DType', 'tensorflow');

export class PyDType extends HostObject {
  private constructor(readonly dtype: DType, readonly isRef: boolean) { super(); }
  private static cache = new Map<string, PyDType>();
  static of(dtype: DType, isRef = false): PyDType {
    const key = dtype + (isRef ? '_ref' : '');
    let d = PyDType.cache.get(key);
    if (!d) { d = new PyDType(dtype, isRef); PyDType.cache.set(key, d); }
    return d;
  }
  override get pyTypeName() { return 'DType'; }
  override get type() { return dtypeClass; }
  get name(): string { return this.dtype + (this.isRef ? '_ref' : ''); }
  override repr(): string { return `tf.${this.name}`; }
  str(): string { return `<dtype: '${this.name}'>`; }
  compare(op: CompareOpName, other: PyValue): MaybeNotImplemented {
    if (op !== '==' && op !== '!=') return NotImplemented;
    // TF's DType.__eq__ converts the other side with as_dtype (tf.int32 == np.int32 is True).
    let same: boolean;
    if (other instanceof PyDType) same = other.dtype === this.dtype && other.isRef === this.isRef;
    else if (typeof other === 'string') same = other === this.name;
    else {
      try { same = !this.isRef && toDType(other) === this.dtype; } catch { same = false; }
    }
    return op === '==' ? same : !same;
  }
  override hashKey(): unknown { return `dtype:${this.name}`; }
  /** DType.min / DType.max: Python ints for integer types, floats for floating ones (TF raises for the rest). */
  private limit(which: 'min' | 'max'): PyValue {
    if (this.dtype === 'bool' || this.dtype === 'string') throw typeError(`Cannot find ${which === 'min' ? 'minimum' : 'maximum'} value of ${this.str()}.`);
    const [lo, hi] = dtypeRange(this.dtype);
    const v = which === 'min' ? lo : hi;
    if (isFloat(this.dtype)) return new PyFloat(v);
    return this.dtype === 'int64' ? (which === 'min' ? -(2n ** 63n) : 2n ** 63n - 1n) as unknown as PyValue : v;
  }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'name': return this.name;
      case 'base_dtype': return PyDType.of(this.dtype);
      case 'is_floating': return isFloat(this.dtype);
      case 'is_integer': return isInteger(this.dtype);
      case 'is_unsigned': return this.dtype === 'uint8' || this.dtype === 'uint16' || this.dtype === 'bool';
      case 'min': case 'max': return this.limit(name);
      case 'is_bool': return this.dtype === 'bool';
      case 'as_numpy_dtype': return this.dtype;
      case 'size': return { float16: 2, float32: 4, float64: 8, int8: 1, int16: 2, int32: 4, int64: 8, uint8: 1, uint16: 2, bool: 1, string: 0 }[this.dtype];
    }
    return undefined;
  }
}

/** A Python dtype argument (tf.float32, 'float32', np.float32, None) as an engine dtype. */
export function toDType(v: PyValue, fallback: DType | null = null): DType | null {
  if (v === null || v === undefined) return fallback;
  if (v instanceof PyDType) return v.dtype;
  if (typeof v === 'string') {
    const base = v.replace(/_ref$/, '');
    const s = base === 'float' ? 'float32' : base === 'double' ? 'float64' : base === 'half' ? 'float16' : base;
    if (isDType(s)) return s;
  }
  const named = (v as { dtypeName?: DType }).dtypeName;
  if (named && isDType(named)) return named;
  // NumPy dtypes and scalar types (np.float32, np.dtype('int8')); Python's float and bool.
  if (v instanceof NumpyDType) return v.dtype;
  if (v instanceof PyClass) {
    if (v === T.float) return 'float32';
    if (v === T.bool) return 'bool';
    const d = dtypeOfScalarClass(v);
    if (d) return d;
  }
  throw typeError(`Cannot convert value ${repr(v)} to a TensorFlow DType.`);
}
