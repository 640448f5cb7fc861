// tf.nn.embedding_lookup_sparse: one combined embedding per row of a [batch, n] SparseTensor of
// ids (optionally weighted), composed as TF does: unique ids, one embedding_lookup, each entry's
// row gathered back and weighted, then summed per row (segment = the entry's row index), and for
// 'mean' / 'sqrtn' divided by the row's weight sum / sqrt of its squared weights (the entry count
// when unweighted). Like TF's segment_sum, the result has max(row)+1 rows. Gradients reach params
// through Gather (IndexedSlices, so optimizers update only looked-up rows).
import type { Tensor } from '../../graph/tensor';
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
import { SparseTensor as SparseTensorClass } from '../../graph/sparse_tensor';
import { size, shape as shapeOf } from '../array/shape_ops';
import { stridedSlice } from '../array/strided_slice';
import { stack } from '../array/pack';
import { reshape } from '../array/reshape';
import { tile } from '../array/tile';
import { concat } from '../array/concat';
import { zerosLike } from '../array/creation';
import { select } from '../math/select';
import { greater, greaterEqual, logicalAnd, subtract } from '../math/binary';
import { reduceProd } from '../math/reduce';
import { sparseReshape } from './reshape';
import { sparseRetain } from './retain';
import { sparseFillEmptyRows } from './fill_empty_rows';

export type Combiner = 'sum' | 'mean' | 'sqrtn';

function checkCombiner(combiner: string | null): Combiner {
  const c = combiner ?? 'mean';
  if (c !== 'sum' && c !== 'mean' && c !== 'sqrtn') throw valueError('combiner must be one of \'mean\', \'sqrtn\' or \'sum\'');
  return c;
}

export interface EmbeddingSparseOptions { partitionStrategy?: string; name?: string | null; combiner?: string | null; maxNorm?: number | null }

export function embeddingLookupSparse(params: TensorLike | TensorLike[], spIds: SparseTensorClass, spWeights: SparseTensorClass | null, opts: EmbeddingSparseOptions = {}): Tensor {
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

export interface SafeEmbeddingOptions { combiner?: string; defaultId?: number | null; name?: string | null; partitionStrategy?: string; maxNorm?: number | null }

/**
 * tf.nn.safe_embedding_lookup_sparse, composed as TF does: ids of any rank ≥ 2 are flattened to
 * [rows, n] with SparseReshape; negative ids (and, unless combining by 'sum', weights ≤ 0) are
 * dropped with sparse_retain; empty rows get default_id (or id 0 and a zero result row) via
 * SparseFillEmptyRows; the result is reshaped back to the ids' leading dimensions.
 */
export function safeEmbeddingLookupSparse(weights: TensorLike[], spIds: SparseTensorClass, spWeights: SparseTensorClass | null, opts: SafeEmbeddingOptions = {}): Tensor {
  const combiner = checkCombiner(opts.combiner ?? 'mean');
  if (!weights.length) throw valueError('Missing embedding_weights [].');
  return getDefaultGraph().withNameScope(opts.name ?? null, 'embedding_lookup', () => {
    const shape = spIds.denseShape;
    const rank = size(shape);
    const leading = stridedSlice(shape, [0], [-1], [1], { beginMask: 1 });
    const flatShape = stack([reduceProd(leading), gather(shape, subtract(rank, convertToTensor(1, 'int32')))]);
    let ids = sparseReshape(spIds, flatShape);
    let w = spWeights === null ? null : new SparseTensorClass(ids.indices, spWeights.values, ids.denseShape);
    // Negative ids, then (for mean / sqrtn) non-positive weights, do not count.
    let keep = greaterEqual(ids.values, convertToTensor(0, ids.values.dtype));
    if (w !== null && combiner !== 'sum') keep = logicalAnd(keep, greater(w.values, convertToTensor(0, w.values.dtype)));
    ids = sparseRetain(ids, keep);
    if (w !== null) w = sparseRetain(w, keep);
    const [filledIds, emptyRows] = sparseFillEmptyRows(ids, opts.defaultId ?? 0);
    const filledWeights = w === null ? null : sparseFillEmptyRows(w, 1)[0];
    let result = embeddingLookupSparse(weights, filledIds, filledWeights, { combiner, partitionStrategy: opts.partitionStrategy ?? 'div', maxNorm: opts.maxNorm });
    if (opts.defaultId === null || opts.defaultId === undefined) {
      // Rows that had no valid id give zeros, not the embedding of id 0.
      const dims = shapeOf(result);
      const mask = tile(reshape(emptyRows, [-1, 1]), stack([convertToTensor(1, 'int32'), reduceProd(stridedSlice(dims, [1], [0], [1], { endMask: 1 }))]));
      result = select(reshape(mask, dims), zerosLike(result), result);
    }
    const outShape = concat([cast(leading, 'int32'), stridedSlice(shapeOf(result), [1], [0], [1], { endMask: 1 })], 0);
    return reshape(result, outShape);
  });
}

export const SAFE_EMBEDDING: OpGroup = {
  ops: [],
  api: [defineApi({
    name: 'tf.nn.safe_embedding_lookup_sparse', doc: 'Lookup embedding results, accounting for invalid IDs and empty features.',
    params: [
      { name: 'embedding_weights', type: 'shards' }, { name: 'sparse_ids', type: 'sparse' }, { name: 'sparse_weights', default: null, type: 'optional_sparse' },
      { name: 'combiner', default: 'mean', type: 'str' }, { name: 'default_id', default: null, type: 'int' }, { name: 'name', default: null, type: 'name' },
      { name: 'partition_strategy', default: 'div', type: 'str' }, { name: 'max_norm', default: null, type: 'float' },
    ],
  }, a => safeEmbeddingLookupSparse(a.embedding_weights, a.sparse_ids, a.sparse_weights,
    { combiner: a.combiner, defaultId: a.default_id, name: a.name, partitionStrategy: a.partition_strategy, maxNorm: a.max_norm }))],
};
