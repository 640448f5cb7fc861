// tf.sparse.expand_dims (a size-1 dimension inserted: a zero index column and a 1 in the dense
// shape) and tf.sparse.eye (a sparse identity of num_rows × num_columns), composed from array ops
// as TF does; expand_dims' values pass through unchanged.
import { SparseTensor } from '../../graph/sparse_tensor';
import type { DType } from '../../dtypes';
import { defineApi } from '../../api/api_function';
import { unsupportedArgument } from '../../api/unsupported';
import { convertToTensor, TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { getDefaultGraph } from '../../graph/default_graph';
import { concat } from '../array/concat';
import { stridedSlice } from '../array/strided_slice';
import { shape as shapeOf } from '../array/shape_ops';
import { fill } from '../array/creation';
import { stack } from '../array/pack';
import { range } from '../array/range';
import { expandDims } from '../array/reshape';
import { minimum } from '../math/binary';
import { valueError } from '../../errors';

export function sparseExpandDims(sp: SparseTensor, axis: number | null = null, name?: string): SparseTensor {
  const rank = sp.shape === null ? null : sp.shape.length;
  let a = axis ?? -1;
  if (a < 0) {
    if (rank === null) throw unsupportedArgument('sparse.expand_dims', 'axis', 'a negative axis on a SparseTensor of unknown rank');
    a += rank + 1;
  }
  if (rank !== null && (a < 0 || a > rank)) throw valueError(`axis ${axis} is out of range for a SparseTensor of rank ${rank}`);
  return getDefaultGraph().withNameScope(name ?? null, 'expand_dims', () => {
    const n = stridedSlice(shapeOf(sp.indices), [0], [1], [1], { shrinkAxisMask: 1 });
    const zeros = fill(stack([n, convertToTensor(1, 'int32')]), convertToTensor(0, 'int64'));
    const before = stridedSlice(sp.indices, [0, 0], [0, a], [1, 1], { beginMask: 1, endMask: 1 });
    const after = stridedSlice(sp.indices, [0, a], [0, 0], [1, 1], { beginMask: 1, endMask: 3 });
    const indices = concat([before, zeros, after], 1);
    const shape = concat([stridedSlice(sp.denseShape, [0], [a], [1]), convertToTensor([1], 'int64'), stridedSlice(sp.denseShape, [a], [0], [1], { endMask: 1 })], 0);
    return new SparseTensor(indices, sp.values, shape);
  });
}

export function sparseEye(numRows: TensorLike, numColumns: TensorLike | null = null, dtype: DType = 'float32', name?: string): SparseTensor {
  return getDefaultGraph().withNameScope(name ?? null, 'eye', () => {
    const rows = convertToTensor(numRows, 'int64', 'num_rows');
    const cols = numColumns === null ? rows : convertToTensor(numColumns, 'int64', 'num_columns');
    const diag = minimum(rows, cols);
    const d = range(convertToTensor(0, 'int64'), diag, convertToTensor(1, 'int64'));
    return new SparseTensor(stack([d, d], 1), fill(expandDims(diag, 0), convertToTensor(1, dtype)), stack([rows, cols]));
  });
}

export const SPARSE_EXPAND_EYE: OpGroup = {
  ops: [],
  api: [
    defineApi({
      name: 'tf.sparse.expand_dims', doc: 'Inserts a dimension of 1 into a SparseTensor\'s shape.',
      params: [{ name: 'sp_input', type: 'sparse' }, { name: 'axis', default: null, type: 'int', doc: 'a Python int (a Tensor axis is not supported)' },
        { name: 'name', default: null, type: 'name' }],
    }, a => sparseExpandDims(a.sp_input, a.axis, a.name ?? undefined)),
    defineApi({
      name: 'tf.sparse.eye', doc: 'Creates a two-dimensional sparse tensor with ones along the diagonal.',
      params: [{ name: 'num_rows', type: 'tensor' }, { name: 'num_columns', default: null, type: 'tensor' }, { name: 'dtype', default: { expr: 'tf.float32' }, type: 'dtype' },
        { name: 'name', default: null, type: 'name' }],
    }, a => sparseEye(a.num_rows, a.num_columns, a.dtype ?? 'float32', a.name ?? undefined)),
  ],
};
