// tf.nn.embedding_lookup_sparse: one combined embedding per row of a [batch, n] SparseTensor of
// ids (optionally weighted), composed as TF does: unique ids, one embedding_lookup, each entry's
// row gathered back and weighted, then summed per row (segment = the entry's row index), and for
// 'mean' / 'sqrtn' divided by the row's weight sum / sqrt of its squared weights (the entry count
// when unweighted). Like TF's segment_sum, the result has max(row)+1 rows. Gradients reach params
// through Gather (IndexedSlices, so optimizers update only looked-up rows).
import type { Tensor } from '../../graph/tensor';
import type { SparseTensor } from '../../graph/sparse_tensor';
import { valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { getDefaultGraph } from '../../graph/default_graph';
import { embeddingLookup } from '../rnn/embedding';
import { unique } from '../array/unique';
import { gather } from '../array/gather';
import { unsortedSegmentSum } from '../array/segment';
import { onesLike } from '../array/creation';
import { cast } from '../math/cast';
import { add, maximum, multiply, realdiv } from '../math/binary';
import { sqrt } from '../math/unary';
import { reduceMax } from '../math/reduce';
import { alongRows, stridedSliceColumn } from './columns';

export type Combiner = 'sum' | 'mean' | 'sqrtn';

function checkCombiner(combiner: string | null): Combiner {
  const c = combiner ?? 'mean';
  if (c !== 'sum' && c !== 'mean' && c !== 'sqrtn') throw valueError('combiner must be one of \'mean\', \'sqrtn\' or \'sum\'');
  return c;
}

export interface EmbeddingSparseOptions { partitionStrategy?: string; name?: string | null; combiner?: string | null; maxNorm?: number | null }

export function embeddingLookupSparse(params: TensorLike | TensorLike[], spIds: SparseTensor, spWeights: SparseTensor | null, opts: EmbeddingSparseOptions = {}): Tensor {
  const combiner = checkCombiner(opts.combiner ?? null);
  return getDefaultGraph().withNameScope(opts.name ?? null, 'embedding_lookup_sparse', () => {
    const segments = cast(stridedSliceColumn(spIds.indices, 0), 'int32');
    const numSegments = add(reduceMax(segments), convertToTensor(1, 'int32'));
    const [ids, idx] = unique(spIds.values);
    let rows = gather(embeddingLookup(params, ids, { partitionStrategy: opts.partitionStrategy, maxNorm: opts.maxNorm }), idx);
    let weights: Tensor;
    if (spWeights !== null) {
      weights = spWeights.values;
      if (weights.dtype !== rows.dtype) weights = cast(weights, rows.dtype);
      rows = multiply(rows, alongRows(weights, rows));
    } else {
      weights = onesLike(cast(segments, rows.dtype));
    }
    const total = unsortedSegmentSum(rows, segments, numSegments);
    if (combiner === 'sum') return total;
    const w = combiner === 'mean' ? weights : multiply(weights, weights);
    let denom = unsortedSegmentSum(w, segments, numSegments);
    if (spWeights === null) denom = maximum(denom, convertToTensor(1, rows.dtype));
    if (combiner === 'sqrtn') denom = sqrt(denom);
    return realdiv(total, alongRows(denom, total));
  });
}

export const SPARSE_EMBEDDING: OpGroup = {
  ops: [],
  api: [defineApi({
    name: 'tf.nn.embedding_lookup_sparse', doc: 'Computes embeddings for the given ids and weights (one combined row per sparse row).',
    params: [
      { name: 'params', type: 'shards' }, { name: 'sp_ids', type: 'sparse' }, { name: 'sp_weights', type: 'optional_sparse' },
      { name: 'partition_strategy', default: 'mod', type: 'str' }, { name: 'name', default: null, type: 'name' },
      { name: 'combiner', default: null, type: 'str', doc: "'sum', 'mean' (the default) or 'sqrtn'" }, { name: 'max_norm', default: null, type: 'float' },
    ],
  }, a => embeddingLookupSparse(a.params, a.sp_ids, a.sp_weights, { partitionStrategy: a.partition_strategy, name: a.name, combiner: a.combiner, maxNorm: a.max_norm }))],
};
