// Shape manipulation, joining, linear algebra, sorting and logic with NumPy's signatures.
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { typeError } from '../../exceptions';
import { toIndex } from '../../runtime/numbers';
import { toArray } from '../../runtime/iteration';
import * as np from '../../../numpy/index';
import type { NDArray } from '../../../engine/ndarray';
import { flag, numArg, shapeArg, singleAxisArg } from './args';
import { toArrayLike, toNDArray, wrapResult } from './convert';
import { fn, NumpyFunction } from './registry';

const arrays = (v: PyValue): NDArray[] => toArray(v).map(toNDArray);
const axesArg = (v: PyValue | undefined): number[] | null =>
  v === undefined || v === null ? null : v instanceof PyTuple || v instanceof PyList ? v.items.map(toIndex) : [toIndex(v)];
const tuple = (xs: NDArray[]) => new PyTuple(xs.map(wrapResult));
const optional = (v: PyValue | undefined) => (v === undefined || v === null ? null : toArrayLike(v));

export const SHAPES: NumpyFunction[] = [
  fn('reshape', ['a', 'newshape', 'order'], 2, p => wrapResult(np.reshape(toNDArray(p.a!), shapeArg(p.newshape)))),
  fn('ravel', ['a', 'order'], 1, p => wrapResult(np.ravel(toNDArray(p.a!)))),
  fn('transpose', ['a', 'axes'], 1, p => wrapResult(np.transpose(toNDArray(p.a!), axesArg(p.axes)))),
  fn('swapaxes', ['a', 'axis1', 'axis2'], 3, p => wrapResult(np.swapaxes(toNDArray(p.a!), toIndex(p.axis1!), toIndex(p.axis2!)))),
  fn('squeeze', ['a', 'axis'], 1, p => wrapResult(np.squeeze(toNDArray(p.a!), axesArg(p.axis)))),
  fn('expand_dims', ['a', 'axis'], 2, p => wrapResult(np.expand_dims(toNDArray(p.a!), axesArg(p.axis)!))),
  fn('concatenate', ['arrays', 'axis', 'out', 'dtype'], 1, p => wrapResult(np.concatenate(arrays(p.arrays!), singleAxisArg(p.axis, 0)))),
  fn('stack', ['arrays', 'axis', 'out', 'dtype'], 1, p => wrapResult(np.stack(arrays(p.arrays!), singleAxisArg(p.axis, 0) ?? 0))),
  fn('vstack', ['tup', 'dtype'], 1, p => wrapResult(np.vstack(arrays(p.tup!)))),
  fn('hstack', ['tup', 'dtype'], 1, p => wrapResult(np.hstack(arrays(p.tup!)))),
  fn('dot', ['a', 'b', 'out'], 2, p => wrapResult(np.dot(toArrayLike(p.a!), toArrayLike(p.b!)))),
  fn('matmul', ['x1', 'x2'], 2, p => wrapResult(np.matmul(toArrayLike(p.x1!), toArrayLike(p.x2!)))),
  fn('sort', ['a', 'axis', 'kind', 'order'], 1, p => wrapResult(np.sort(toNDArray(p.a!), singleAxisArg(p.axis, -1)))),
  fn('argsort', ['a', 'axis', 'kind', 'order'], 1, p => wrapResult(np.argsort(toNDArray(p.a!), singleAxisArg(p.axis, -1)))),
  fn('unique', ['ar', 'return_index', 'return_inverse', 'return_counts', 'axis'], 1, p => {
    const wantIndex = flag(p.return_index, false), wantInverse = flag(p.return_inverse, false), wantCounts = flag(p.return_counts, false);
    const r = np.unique(toNDArray(p.ar!), wantIndex, wantInverse, wantCounts);
    const parts = [r.values, ...(wantIndex ? [r.index!] : []), ...(wantInverse ? [r.inverse!] : []), ...(wantCounts ? [r.counts!] : [])];
    return parts.length === 1 ? wrapResult(r.values) : tuple(parts);
  }),
  fn('where', ['condition', 'x', 'y'], 1, p => {
    if ((p.x === undefined) !== (p.y === undefined)) throw typeError('either both or neither of x and y should be given');
    if (p.x === undefined) return tuple(np.where(toArrayLike(p.condition!)) as NDArray[]);
    return wrapResult(np.where(toArrayLike(p.condition!), toArrayLike(p.x!), toArrayLike(p.y!)) as NDArray);
  }),
  fn('nonzero', ['a'], 1, p => tuple(np.nonzero(toNDArray(p.a!)))),
  fn('clip', ['a', 'a_min', 'a_max', 'out'], 3, p => wrapResult(np.clip(toArrayLike(p.a!), optional(p.a_min), optional(p.a_max)))),
  fn('isclose', ['a', 'b', 'rtol', 'atol', 'equal_nan'], 2, p =>
    wrapResult(np.isclose(toArrayLike(p.a!), toArrayLike(p.b!), numArg(p.rtol, 1e-5), numArg(p.atol, 1e-8), flag(p.equal_nan, false)))),
  fn('allclose', ['a', 'b', 'rtol', 'atol', 'equal_nan'], 2, p =>
    np.allclose(toArrayLike(p.a!), toArrayLike(p.b!), numArg(p.rtol, 1e-5), numArg(p.atol, 1e-8), flag(p.equal_nan, false))),
  fn('array_equal', ['a1', 'a2', 'equal_nan'], 2, p => np.array_equal(toArrayLike(p.a1!), toArrayLike(p.a2!), flag(p.equal_nan, false))),
  fn('shape', ['a'], 1, p => new PyTuple(toNDArray(p.a!).shape.slice())),
  fn('ndim', ['a'], 1, p => toNDArray(p.a!).rank),
  fn('size', ['a', 'axis'], 1, p => (p.axis === undefined || p.axis === null ? toNDArray(p.a!).size : toNDArray(p.a!).shape[toIndex(p.axis)])),
];

