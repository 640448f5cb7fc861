// The operations an ndarray object delegates to. Filled in by the numpy module (numpy/index.ts)
// so ndarray_object.ts stays a thin shell and the tf module can wrap fetch results early.
import type { PyValue } from '../../objects/core';
import type { BinaryOpName, CompareOpName, UnaryOpName, MaybeNotImplemented } from '../../host';
import { NotImplemented } from '../../objects/singletons';
import type { NDArray, DType } from '../../../engine';
import type { PyNDArray } from './ndarray_object';
import { typeError } from '../../exceptions';

export interface NumpyOps {
  getitem(a: PyNDArray, key: PyValue): PyValue;
  setitem(a: PyNDArray, key: PyValue, value: PyValue): void;
  binop(a: PyNDArray, op: BinaryOpName, other: PyValue, reflected: boolean): MaybeNotImplemented;
  inplace(a: PyNDArray, op: BinaryOpName, other: PyValue): MaybeNotImplemented;
  compare(a: PyNDArray, op: CompareOpName, other: PyValue): MaybeNotImplemented;
  unary(a: PyNDArray, op: UnaryOpName): MaybeNotImplemented;
  format(a: PyNDArray, spec: string): string;
  dtypeObject(d: DType): PyValue;
  transpose(a: NDArray): NDArray;
  /** `a.<name>` as a bound method object (bound from the ndarray method table). */
  method(a: PyNDArray, name: string): PyValue | undefined;
}

export const numpyOps: NumpyOps = {
  getitem: () => { throw typeError('ndarray indexing is not available'); },
  setitem: () => { throw typeError('ndarray assignment is not available'); },
  binop: () => NotImplemented,
  inplace: () => NotImplemented,
  compare: () => NotImplemented,
  unary: () => NotImplemented,
  format: (a, spec) => (spec ? String(a.number()) : a.str()),
  dtypeObject: d => d,
  transpose: a => a,
  method: () => undefined,
};
