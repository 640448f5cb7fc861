// tf.sparse.transpose / tf.sparse_transpose: the index columns permuted (reversed by default), the
// dense shape with them, then SparseReorder back to canonical order (TF's composition; the values'
// gradient comes through SparseReorder's).
import { SparseTensor } from '../../graph/sparse_tensor';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { getDefaultGraph } from '../../graph/default_graph';
import { gather } from '../array/gather';
import { transpose } from '../array/transpose';
import { range } from '../array/range';
import { size } from '../array/shape_ops';
import { subtract } from '../math/binary';
import { sparseReorder } from './reorder';

export function sparseTranspose(sp: SparseTensor, perm: TensorLike | null = null, name?: string): SparseTensor {
  return getDefaultGraph().withNameScope(name ?? null, 'SparseTranspose', () => {
    let p = perm === null ? null : convertToTensor(perm, 'int32', 'perm');
    if (p === null) {
      const rank = sp.shape === null ? null : sp.shape.length;
      p = rank !== null ? convertToTensor(Array.from({ length: rank }, (_, i) => rank - 1 - i), 'int32', 'perm')
        : subtract(subtract(size(sp.denseShape), convertToTensor(1, 'int32')), range(0, size(sp.denseShape), 1));
    }
    const indices = transpose(gather(transpose(sp.indices), p));
    return sparseReorder(new SparseTensor(indices, sp.values, gather(sp.denseShape, p)));
  });
}

export const SPARSE_TRANSPOSE: OpGroup = {
  ops: [],
  api: [defineApi({
    name: 'tf.sparse.transpose', doc: 'Transposes a SparseTensor (the dimensions reversed unless perm is given).',
    params: [{ name: 'sp_input', type: 'sparse' }, { name: 'perm', default: null, type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
  }, a => sparseTranspose(a.sp_input, a.perm, a.name ?? undefined), ['tf.sparse_transpose'])],
};
