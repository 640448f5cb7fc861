// Reductions with NumPy's signatures: sum(a, axis=None, dtype=None, out=None, keepdims=False)...
// dtype= converts the input first (so mean(int_array, dtype=np.float32) accumulates in float32).
import { typeError } from '../../exceptions';
import * as np from '../../../numpy/index';
import type { NDArray } from '../../../engine/ndarray';
import { axisArg, flag, intArg, singleAxisArg } from './args';
import { dtypeArg } from './dtype_object';
import { toNDArray, wrapResult } from './convert';
import { fn, NumpyFunction, Params } from './registry';

function noOut(p: Params): void {
  if (p.out !== undefined && p.out !== null) throw typeError('out= is not supported by Gradbook');
}

function input(p: Params): NDArray {
  const a = toNDArray(p.a!);
  const d = dtypeArg(p.dtype);
  return d && d !== a.dtype ? a.astype(d) : a;
}

type Reduce = (a: NDArray, axis: np.Axis, keepdims: boolean) => NDArray;
const plain = (name: string, r: Reduce, withDtype: boolean): NumpyFunction =>
  fn(name, withDtype ? ['a', 'axis', 'dtype', 'out', 'keepdims'] : ['a', 'axis', 'out', 'keepdims'], 1, p => {
    noOut(p);
    return wrapResult(r(input(p), axisArg(p.axis), flag(p.keepdims, false)));
  });

const spread = (name: string, r: (a: NDArray, axis: np.Axis, keepdims: boolean, ddof: number) => NDArray): NumpyFunction =>
  fn(name, ['a', 'axis', 'dtype', 'out', 'ddof', 'keepdims'], 1, p => {
    noOut(p);
    return wrapResult(r(input(p), axisArg(p.axis), flag(p.keepdims, false), intArg(p.ddof, 0)));
  });

const argExtreme = (name: string, r: (a: NDArray, axis: number | null, keepdims: boolean) => NDArray): NumpyFunction =>
  fn(name, ['a', 'axis', 'out', 'keepdims'], 1, p => {
    noOut(p);
    return wrapResult(r(toNDArray(p.a!), singleAxisArg(p.axis, null), flag(p.keepdims, false)));
  });

export const REDUCTIONS: NumpyFunction[] = [
  plain('prod', (a, ax, k) => np.prod(a, ax, k), true),
  plain('mean', (a, ax, k) => np.mean(a, ax, k), true),
  spread('std', np.std),
  spread('var', np.variance),
  plain('max', np.max, false),
  plain('amax', np.max, false),
  plain('min', np.min, false),
  plain('amin', np.min, false),
  plain('any', np.any, false),
  plain('all', np.all, false),
  argExtreme('argmax', np.argmax),
  argExtreme('argmin', np.argmin),
  fn('count_nonzero', ['a', 'axis', 'keepdims'], 1, p => {
    return wrapResult(np.count_nonzero(toNDArray(p.a!), axisArg(p.axis), flag(p.keepdims, false)));
  }),
  fn('cumsum', ['a', 'axis', 'dtype', 'out'], 1, p => {
    noOut(p);
    return wrapResult(np.cumsum(toNDArray(p.a!), singleAxisArg(p.axis, null), dtypeArg(p.dtype)));
  }),
];
