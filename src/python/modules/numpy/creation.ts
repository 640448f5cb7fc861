// Array creation with NumPy's signatures: array, asarray, zeros/ones/empty/full, *_like,
// arange, linspace, eye, identity.
import type { PyValue } from '../../objects/core';
import { PyTuple } from '../../objects/containers';
import { typeError } from '../../exceptions';
import { toNumber } from '../../runtime/numbers';
import * as np from '../../../numpy/index';
import { NDArray } from '../../../engine/ndarray';
import type { DType } from '../../../engine/dtypes';
import { flag, intArg, newShapeArg } from './args';
import { dtypeArg } from './dtype_object';
import { coreScalar, toArrayLike, toNDArray, wrapResult } from './convert';
import { fn, NumpyFunction } from './registry';
import { PyNDArray } from './ndarray_object';

function fillValue(v: PyValue): np.PyScalar | NDArray {
  const s = coreScalar(v);
  if (s !== undefined) return s;
  if (v instanceof PyNDArray) return v.array;
  throw typeError('fill_value must be a number');
}

/** Prepend size-1 dims until the array has `ndmin` dims (np.array(..., ndmin=2)). */
function withMinDims(a: NDArray, ndmin: number): NDArray {
  if (a.rank >= ndmin) return a;
  return a.reshape([...Array(ndmin - a.rank).fill(1), ...a.shape]);
}

const sized = (name: string, make: (shape: number[], dtype: DType) => NDArray): NumpyFunction =>
  fn(name, ['shape', 'dtype', 'order'], 1, p => wrapResult(make(newShapeArg(p.shape), dtypeArg(p.dtype) ?? 'float64')));

const like = (name: string, make: (a: NDArray, dtype: DType | null) => NDArray): NumpyFunction =>
  fn(name, ['a', 'dtype', 'order', 'subok', 'shape'], 1, p => wrapResult(make(toNDArray(p.a!), dtypeArg(p.dtype))));

export const CREATION: NumpyFunction[] = [
  fn('array', ['object', 'dtype', 'copy', 'order', 'subok', 'ndmin'], 1, p =>
    wrapResult(withMinDims(np.array(toArrayLike(p.object!), dtypeArg(p.dtype)), intArg(p.ndmin, 0)))),
  fn('asarray', ['a', 'dtype', 'order'], 1, p =>
    p.a instanceof PyNDArray && !p.a.isScalar && (p.dtype === undefined || p.dtype === null || dtypeArg(p.dtype) === p.a.array.dtype)
      ? p.a : wrapResult(np.asarray(toArrayLike(p.a!), dtypeArg(p.dtype)).clone())),
  sized('ones', (s, d) => np.ones(s, d)),
  sized('empty', (s, d) => np.empty(s, d)),
  fn('full', ['shape', 'fill_value', 'dtype', 'order'], 2, p => wrapResult(np.full(newShapeArg(p.shape), fillValue(p.fill_value!), dtypeArg(p.dtype)))),
  like('zeros_like', np.zeros_like),
  like('ones_like', np.ones_like),
  like('empty_like', np.empty_like),
  fn('full_like', ['a', 'fill_value', 'dtype', 'order', 'subok', 'shape'], 2, p => {
    const fill = fillValue(p.fill_value!);
    return wrapResult(np.full_like(toNDArray(p.a!), fill instanceof NDArray ? Number(fill.data[0]) : fill, dtypeArg(p.dtype)));
  }),
  fn('arange', ['start', 'stop', 'step', 'dtype'], 1, p => {
    const s = (v: PyValue | undefined) => (v === undefined || v === null ? null : coreScalar(v) ?? toNumber(v));
    return wrapResult(np.arange(s(p.start)!, s(p.stop), s(p.step), dtypeArg(p.dtype)));
  }),
  fn('linspace', ['start', 'stop', 'num', 'endpoint', 'retstep', 'dtype', 'axis'], 2, p => {
    const num = intArg(p.num, 50), endpoint = flag(p.endpoint, true);
    const start = toNumber(p.start!), stop = toNumber(p.stop!);
    const out = wrapResult(np.linspace(start, stop, num, endpoint, dtypeArg(p.dtype)));
    if (!flag(p.retstep, false)) return out;
    const div = endpoint ? num - 1 : num;
    return new PyTuple([out, wrapResult(np.NumpyScalar.of('float64', div > 0 ? (stop - start) / div : NaN))]);
  }),
  fn('eye', ['N', 'M', 'k', 'dtype', 'order'], 1, p =>
    wrapResult(np.eye(intArg(p.N, 0), p.M === undefined || p.M === null ? null : intArg(p.M, 0), intArg(p.k, 0), dtypeArg(p.dtype) ?? 'float64'))),
  fn('identity', ['n', 'dtype'], 1, p => wrapResult(np.identity(intArg(p.n, 0), dtypeArg(p.dtype) ?? 'float64'))),
  fn('copy', ['a', 'order'], 1, p => wrapResult(toNDArray(p.a!).clone())),
];
