// NumPy functions bound from signature tables by the one binder (src/python/bind). The other
// NumPy functions still use registry.ts's `fn(name, params, required, body)` entries; moving one
// here is: write its Signature (numpy's own defaults, `unsupported` where we fall short), read the
// converted arguments by name in the body, delete the old entry (see docs/ENGINE.md).
import * as np from '../../../numpy/index';
import { entry, TableEntry } from '../../bind';
import type { TensorLike } from '../../../engine';
import { typeError } from '../../exceptions';
import { wrapResult } from './convert';
import { withNumpyErrors } from './errors';

/** The 'axis' converter also lets TF tensors through; NumPy takes ints only. */
function numpyAxis(axis: number | number[] | TensorLike | null): np.Axis {
  if (axis === null || typeof axis === 'number' || Array.isArray(axis)) return axis as np.Axis;
  throw typeError("'Tensor' object cannot be interpreted as an integer");
}

export const NUMPY_TABLE: readonly TableEntry[] = [
  entry({
    name: 'np.zeros', doc: 'Return a new array of given shape and type, filled with zeros.',
    params: [
      { name: 'shape', type: 'npshape' },
      { name: 'dtype', default: { expr: 'float' }, type: 'npdtype' },
      { name: 'order', default: 'C', type: 'str', unsupported: "only 'C' (row-major) order" },
      { name: 'like', default: null, kind: 'keyword', unsupported: true },
    ],
  }, a => wrapResult(np.zeros(a.shape, a.dtype ?? 'float64'))),
  entry({
    name: 'np.sum', doc: 'Sum of array elements over a given axis.',
    params: [
      { name: 'a', type: 'array' },
      { name: 'axis', default: null, type: 'axis' },
      { name: 'dtype', default: null, type: 'npdtype' },
      { name: 'out', default: null, unsupported: true },
      { name: 'keepdims', default: { expr: '<no value>' }, type: 'flag' },
      { name: 'initial', default: { expr: '<no value>' }, unsupported: true },
      { name: 'where', default: { expr: '<no value>' }, unsupported: true },
    ],
  }, a => withNumpyErrors(() => wrapResult(np.sum(a.a, numpyAxis(a.axis), a.keepdims ?? false, a.dtype)))),
];
