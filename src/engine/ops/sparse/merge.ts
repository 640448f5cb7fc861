// tf.sparse.merge / tf.sparse_merge: ids in the last column become an index, so [batch, n] ids and
// their values give a [batch, vocab_size] SparseTensor (reordered unless already_sorted), and
// tf.sparse.to_indicator / tf.sparse_to_indicator: the same with True values, made dense with False
// elsewhere. TF composes both from concat, expand_dims and SparseReorder; so does this.
import type { Tensor } from '../../graph/tensor';
import { SparseTensor } from '../../graph/sparse_tensor';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { getDefaultGraph } from '../../graph/default_graph';
import { concat } from '../array/concat';
import { expandDims, reshape } from '../array/reshape';
import { stridedSlice } from '../array/strided_slice';
import { fill } from '../array/creation';
import { shape as shapeOf } from '../array/shape_ops';
import { sparseToDense } from '../array/sparse_to_dense';
import { cast } from '../math/cast';
import { leadingColumns } from './columns';
import { sparseReorder } from './reorder';

export function sparseMerge(ids: SparseTensor, values: SparseTensor, vocabSize: TensorLike, name?: string, alreadySorted = false): SparseTensor {
  return getDefaultGraph().withNameScope(name ?? null, 'SparseMerge', () => {
    const idColumn = expandDims(cast(ids.values, 'int64'), 1);
    const indices = concat([leadingColumns(ids.indices), idColumn], 1);
    const vocab = reshape(convertToTensor(vocabSize, 'int64', 'vocab_size'), [1]);
    const shape = concat([stridedSlice(ids.denseShape, [0], [-1], [1], { beginMask: 1 }), vocab], 0);
    const merged = new SparseTensor(indices, values.values, shape);
    return alreadySorted ? merged : sparseReorder(merged);
  });
}

export function sparseToIndicator(sp: SparseTensor, vocabSize: TensorLike, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'SparseToIndicator', scope => {
    const n = stridedSlice(shapeOf(sp.indices), [0], [1], [1], { shrinkAxisMask: 1 });
    const trues = new SparseTensor(sp.indices, fill(expandDims(n, 0), convertToTensor(true, 'bool')), sp.denseShape);
    const merged = sparseMerge(sp, trues, vocabSize, scope);
    return sparseToDense(merged.indices, merged.denseShape, merged.values, false, false);
  });
}

export const SPARSE_MERGE: OpGroup = {
  ops: [],
  api: [
    defineApi({
      name: 'tf.sparse.merge', doc: 'Combines a batch of feature ids and values into a single SparseTensor.',
      params: [{ name: 'sp_ids', type: 'sparse' }, { name: 'sp_values', type: 'sparse' }, { name: 'vocab_size', type: 'tensor' },
        { name: 'name', default: null, type: 'name' }, { name: 'already_sorted', default: false, type: 'bool' }],
    }, a => sparseMerge(a.sp_ids, a.sp_values, a.vocab_size, a.name ?? undefined, a.already_sorted), ['tf.sparse_merge']),
    defineApi({
      name: 'tf.sparse.to_indicator', doc: 'Converts a SparseTensor of ids into a dense bool indicator tensor.',
      params: [{ name: 'sp_input', type: 'sparse' }, { name: 'vocab_size', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
    }, a => sparseToIndicator(a.sp_input, a.vocab_size, a.name ?? undefined), ['tf.sparse_to_indicator']),
  ],
};
