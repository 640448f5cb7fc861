// tf.DType objects: tf.float32 and friends (repr `tf.float32`), with base_dtype / is_floating.
import { HostObject, hostClass, CompareOpName, MaybeNotImplemented } from '../../host';
import type { PyValue } from '../../objects/core';
import { NotImplemented } from '../../objects/singletons';
import { DType, isDType } from '../../../engine/dtypes';
import { typeError } from '../../exceptions';
import { repr } from '../../runtime/repr';

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
    const same = other instanceof PyDType ? other.dtype === this.dtype && other.isRef === this.isRef
      : typeof other === 'string' ? other === this.name : false;
    return op === '==' ? same : !same;
  }
  override hashKey(): unknown { return `dtype:${this.name}`; }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'name': return this.name;
      case 'base_dtype': return PyDType.of(this.dtype);
      case 'is_floating': return this.dtype === 'float32' || this.dtype === 'float64';
      case 'is_integer': return this.dtype === 'int32' || this.dtype === 'int64' || this.dtype === 'uint8';
      case 'is_bool': return this.dtype === 'bool';
      case 'as_numpy_dtype': return this.dtype;
      case 'size': return { float32: 4, float64: 8, int32: 4, int64: 8, uint8: 1, bool: 1, string: 0 }[this.dtype];
    }
    return undefined;
  }
}

/** A Python dtype argument (tf.float32, 'float32', np.float32, None) as an engine dtype. */
export function toDType(v: PyValue, fallback: DType | null = null): DType | null {
  if (v === null || v === undefined) return fallback;
  if (v instanceof PyDType) return v.dtype;
  if (typeof v === 'string') {
    const s = v === 'float' ? 'float32' : v === 'double' ? 'float64' : v.replace(/_ref$/, '');
    if (isDType(s)) return s;
  }
  const named = (v as { dtypeName?: DType }).dtypeName;
  if (named && isDType(named)) return named;
  throw typeError(`Cannot convert value ${repr(v)} to a TensorFlow DType.`);
}
