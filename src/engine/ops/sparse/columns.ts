// Small graph helpers the sparse compositions share: a column of the index matrix, and a vector
// reshaped to broadcast along the rows of a higher-rank tensor.
import type { Tensor } from '../../graph/tensor';
import { convertToTensor } from '../builder';
import { stridedSlice } from '../array/strided_slice';
import { reshape } from '../array/reshape';
import { concat } from '../array/concat';
import { fill } from '../array/creation';
import { rank as rankOf, shape as shapeOf } from '../array/shape_ops';
import { subtract } from '../math/binary';

/** indices[:, c] (TF's `sp.indices[:, c]`). */
export function stridedSliceColumn(indices: Tensor, c: number): Tensor {
  return stridedSlice(indices, [0, c], [0, c + 1], [1, 1], { beginMask: 1, endMask: 1, shrinkAxisMask: 2 });
}

/** indices[:, :-1]: every column but the last. */
export function leadingColumns(indices: Tensor): Tensor {
  return stridedSlice(indices, [0, 0], [0, -1], [1, 1], { beginMask: 1, endMask: 1 });
}

/** A vector [N] as [N, 1, ..., 1] so it multiplies each row of `like` ([N, ...]). */
export function alongRows(v: Tensor, like: Tensor): Tensor {
  const r = like.shape === null ? null : like.shape.length;
  if (r !== null) return reshape(v, [-1, ...Array.from({ length: r - 1 }, () => 1)]);
  const ones = fill(reshape(subtract(rankOf(like), convertToTensor(1, 'int32')), [1]), convertToTensor(1, 'int32'));
  return reshape(v, concat([shapeOf(v), ones], 0));
}
