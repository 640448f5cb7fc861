// np.ndarray(shape, dtype=float) called as a constructor, as word2vec-style batch generators do
// (`batch = np.ndarray(shape=(batch_size), dtype=np.int32)` then fill every element). NumPy leaves
// the memory uninitialized; Gradbook gives zeros, which no correct program can tell apart. Arrays
// over an existing buffer (buffer, offset, strides) are not supported.
import { E, pyException } from '../../exceptions';
import * as np from '../../../numpy/index';
import { named, newShapeArg } from './args';
import { dtypeArg } from './dtype_object';
import { wrapResult } from './convert';
import { ndarrayClass } from './ndarray_object';

export function installNdarrayConstructor(): void {
  ndarrayClass.nativeNew = (_cls, args, kw) => {
    const p = named('ndarray', args, kw ?? new Map(), ['shape', 'dtype', 'buffer', 'offset', 'strides', 'order'], 1);
    for (const unsupported of ['buffer', 'strides'] as const) {
      if (p[unsupported] !== undefined && p[unsupported] !== null) {
        throw pyException(E.NotImplementedError, `ndarray() argument '${unsupported}' is not supported by Gradbook`);
      }
    }
    if (p.offset !== undefined && p.offset !== 0) {
      throw pyException(E.NotImplementedError, "ndarray() argument 'offset' is not supported by Gradbook");
    }
    return wrapResult(np.empty(newShapeArg(p.shape), dtypeArg(p.dtype) ?? 'float64'));
  };
}
