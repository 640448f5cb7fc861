// np.ndarray as a Python object: wraps an engine NDArray (what sess.run returns and feeds take).
// Rank-0 arrays produced by fetches and reductions behave as NumPy scalars (print `0.9123`).
import { HostObject, BinaryOpName, CompareOpName, UnaryOpName, MaybeNotImplemented, hostClass } from '../../host';
import type { PyValue } from '../../objects/core';
import { PyFloat, pyFloat } from '../../objects/core';
import { PyTuple, PyList } from '../../objects/containers';
import { NotImplemented } from '../../objects/singletons';
import { NDArray, type DType } from '../../../engine';
import { arrayRepr, arrayStr, scalarStr } from '../../../numpy/format/array_format';
import { NumpyScalar } from '../../../numpy/values';
import { typeError, valueError } from '../../exceptions';
import { numpyOps } from './ops_bridge';
import { SCALAR_TYPE_NAMES, scalarClasses } from './scalar_types';

export const ndarrayClass = hostClass('ndarray', 'numpy');
const ITEM_SIZES: Record<DType, number> = { float16: 2, float32: 4, float64: 8, int8: 1, int16: 2, int32: 4, int64: 8, uint8: 1, uint16: 2, bool: 1, string: 0 };


export class PyNDArray extends HostObject {
  constructor(readonly array: NDArray, readonly isScalar = false) { super(); }
  override get pyTypeName(): string { return this.isScalar ? SCALAR_TYPE_NAMES[this.array.dtype] : 'ndarray'; }
  override get type() { return this.isScalar ? scalarClasses[this.array.dtype] : ndarrayClass; }
  /** NumPy scalars hash like the Python number they hold; arrays are unhashable. */
  override hashKey(): unknown {
    if (!this.isScalar) throw typeError("unhashable type: 'numpy.ndarray'");
    return this.array.dtype === 'string' ? this.array.data[0] : Number(this.array.data[0]);
  }
  override repr(): string { return this.isScalar ? scalarStr(this.array) : arrayRepr(this.array); }
  str(): string { return this.isScalar ? scalarStr(this.array) : arrayStr(this.array); }
  number(): number {
    if (this.array.size !== 1) throw typeError('only length-1 arrays can be converted to Python scalars');
    return Number(this.array.data[0]);
  }
  /** operator.index(): only integer scalars have it, so int(np.float64(2.9)) truncates instead. */
  get index(): (() => number) | undefined {
    const d = this.array.dtype;
    if (!this.isScalar || d === 'float32' || d === 'float64' || d === 'string') return undefined;
    return () => Number(this.array.data[0]);
  }
  bool(): boolean {
    if (this.array.size !== 1) throw valueError('The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
    return Number(this.array.data[0]) !== 0;
  }
  len(): number {
    if (this.isScalar) throw typeError(`object of type 'numpy.${this.pyTypeName}' has no len()`);
    if (this.array.rank === 0) throw typeError('len() of unsized object');
    return this.array.shape[0];
  }
  iter(): Iterable<PyValue> {
    if (this.array.rank === 0) throw typeError('iteration over a 0-d array');
    const self = this;
    return (function* () { for (let i = 0; i < self.array.shape[0]; i++) yield numpyOps.getitem(self, i); })();
  }
  contains(item: PyValue): boolean {
    const eq = numpyOps.compare(this, '==', item);
    return eq instanceof PyNDArray && Array.prototype.some.call(eq.array.data, (v: number) => v !== 0);
  }
  getitem(key: PyValue): PyValue { return numpyOps.getitem(this, key); }
  setitem(key: PyValue, value: PyValue): void { numpyOps.setitem(this, key, value); }
  binop(op: BinaryOpName, other: PyValue, reflected: boolean): MaybeNotImplemented {
    return numpyOps.binop(this, op, other, reflected);
  }
  /** a op= b: NumPy updates the array in place, casting back to its dtype. Scalars are immutable. */
  inplace(op: BinaryOpName, other: PyValue): MaybeNotImplemented {
    return this.isScalar ? NotImplemented : numpyOps.inplace(this, op, other);
  }
  compare(op: CompareOpName, other: PyValue): MaybeNotImplemented { return numpyOps.compare(this, op, other); }
  unary(op: UnaryOpName): MaybeNotImplemented { return numpyOps.unary(this, op); }
  format(spec: string): string { return numpyOps.format(this, spec); }
  getattr(name: string): PyValue | undefined {
    const a = this.array;
    switch (name) {
      case 'shape': return new PyTuple(a.shape.slice());
      case 'ndim': return a.rank;
      case 'size': return a.size;
      case 'dtype': return numpyOps.dtypeObject(a.dtype);
      case 'T': return new PyNDArray(numpyOps.transpose(a), this.isScalar);
      case 'itemsize': return ITEM_SIZES[a.dtype];
      case 'nbytes': return a.size * ITEM_SIZES[a.dtype];
    }
    return numpyOps.method(this, name);
  }
}

/** An engine value as the Python object a TF1 user sees: ndarray, or NumPy scalar for rank 0. */
export function wrapArray(a: NDArray): PyNDArray {
  return new PyNDArray(a, a.rank === 0 || a instanceof NumpyScalar);
}

export { NotImplemented, PyFloat, pyFloat, PyList };
