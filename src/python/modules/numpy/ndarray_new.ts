// np.ndarray(shape, dtype=float) called as a constructor, as word2vec-style batch generators do
// (`batch = np.ndarray(shape=(batch_size), dtype=np.int32)` then fill every element). NumPy leaves
// the memory uninitialized; Gradbook gives zeros, which no correct program can tell apart. Arrays
// over an existing buffer (buffer, offset, strides) are not supported.
import type { PyValue } from '../../objects/core';
import * as np from '../../../numpy/index';
import type { DType } from '../../../engine';
import { constructorOf } from '../../bind';
import { checkedShape } from './args';
import { wrapResult } from './convert';
import { ndarrayClass } from './ndarray_object';

const NDARRAY_CONSTRUCTOR = constructorOf({
  name: 'np.ndarray', doc: 'An array object of the given shape and dtype (zero-filled here).',
  params: [
    { name: 'shape', type: 'npshape' },
    { name: 'dtype', default: { expr: 'float' }, type: 'npdtype' },
    { name: 'buffer', default: null, unsupported: 'arrays over an existing buffer' },
    { name: 'offset', default: 0, unsupported: 'arrays over an existing buffer' },
    { name: 'strides', default: null, unsupported: 'arrays over an existing buffer' },
    { name: 'order', default: null, unsupported: "only 'C' (row-major) order" },
  ],
}, a => wrapResult(np.empty(checkedShape(a.shape as number[]), (a.dtype as DType | null | undefined) ?? 'float64')) as PyValue);

export function installNdarrayConstructor(): void {
  ndarrayClass.nativeNew = (_cls, args, kw) => NDARRAY_CONSTRUCTOR.construct(args, kw);
}
