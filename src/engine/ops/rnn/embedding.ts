// tf.nn.embedding_lookup (tf1-layers-rnn-data §2.7): a Gather named `embedding_lookup` and an
// Identity after it. Gather's gradient for params is IndexedSlices, so a Variable's gradient
// names only the looked-up rows and optimizers update those (training/optimizer.ts applySparse).
import type { Tensor } from '../../graph/tensor';
import { valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { unsupportedArgument } from '../../api/unsupported';
import { convertToTensor, makeOp1, TensorLike } from '../builder';
import { OpType } from '../op_types';
import { getDefaultGraph } from '../../graph/default_graph';
import { clipByNorm } from '../nn/clip';
import type { OpGroup } from '../op_def';

export interface EmbeddingLookupOptions { partitionStrategy?: string; name?: string | null; maxNorm?: number | null }

/** Rows `ids` of params (one shard), clipped to max_norm over the embedding axes when given. */
export function embeddingLookup(params: TensorLike | TensorLike[], ids: TensorLike, opts: EmbeddingLookupOptions = {}): Tensor {
  const shards = Array.isArray(params) ? params : [params];
  if (!shards.length) throw valueError('Need at least one param');
  const strategy = opts.partitionStrategy ?? 'mod';
  if (strategy !== 'mod' && strategy !== 'div') throw valueError(`Unrecognized partition strategy: ${strategy}`);
  if (shards.length > 1) throw unsupportedArgument('embedding_lookup', 'params', 'partitioned embeddings (a list of more than one params tensor)');
  const p = convertToTensor(shards[0]);
  return getDefaultGraph().withNameScope(opts.name ?? null, 'embedding_lookup', scope => {
    const idsT = convertToTensor(ids, null, 'ids');
    const axis = convertToTensor(0, 'int32', 'axis');
    let result = makeOp1(OpType.GatherV2, [p, idsT, axis], { Tparams: p.dtype }, scope);
    if (opts.maxNorm !== null && opts.maxNorm !== undefined) {
      const idsRank = idsT.shape?.length, rank = result.shape?.length;
      if (idsRank === undefined || rank === undefined) throw valueError('embedding_lookup with max_norm needs ids and params of known rank');
      result = clipByNorm(result, opts.maxNorm, Array.from({ length: rank - idsRank }, (_, i) => idsRank + i));
    }
    return makeOp1(OpType.Identity, [result], {}, 'Identity');
  });
}

export const EMBEDDING_API: OpGroup = {
  ops: [],
  api: [defineApi({
    name: 'tf.nn.embedding_lookup', doc: 'Looks up ids in a list of embedding tensors.',
    params: [
      { name: 'params', type: 'shards', doc: 'the embedding matrix (a Variable), or a one-element list of it' },
      { name: 'ids', type: 'tensor' },
      { name: 'partition_strategy', default: 'mod', type: 'str', doc: "'mod' or 'div' (one shard: the same)" },
      { name: 'name', default: null, type: 'name' },
      { name: 'validate_indices', default: true, type: 'flag', doc: 'ignored by TF too: ids are always checked' },
      { name: 'max_norm', default: null, type: 'float' },
    ],
  }, a => embeddingLookup(a.params, a.ids, { partitionStrategy: a.partition_strategy, name: a.name, maxNorm: a.max_norm }))],
};
