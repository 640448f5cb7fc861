// tf.sparse.retain / tf.sparse_retain: keep the entries where a bool vector is True (TF composes it
// from Where and two Gathers, so the kept values' gradient is Gather's).
import { SparseTensor } from '../../graph/sparse_tensor';
import { valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { getDefaultGraph } from '../../graph/default_graph';
import { whereIndices } from '../array/where';
import { reshape } from '../array/reshape';
import { gather } from '../array/gather';
import { identity } from '../control/identity';

export function sparseRetain(sp: SparseTensor, toRetain: TensorLike): SparseTensor {
  const keep = convertToTensor(toRetain, 'bool', 'to_retain');
  if (keep.shape !== null && keep.shape.length !== 1) throw valueError(`Shape (${keep.shape.map(d => d ?? '?').join(', ')}) must have rank 1`);
  const n = sp.values.shape?.[0] ?? null, k = keep.shape?.[0] ?? null;
  if (n !== null && k !== null && n !== k) throw valueError(`Dimension 0 in both shapes must be equal, but are ${n} and ${k}`);
  return getDefaultGraph().withNameScope(null, 'SparseRetain', () => {
    const where = reshape(whereIndices(keep), [-1]);
    return new SparseTensor(gather(sp.indices, where), gather(sp.values, where), identity(sp.denseShape));
  });
}

export const SPARSE_RETAIN: OpGroup = {
  ops: [],
  api: [defineApi({
    name: 'tf.sparse.retain', doc: 'Retains specified non-empty values within a SparseTensor.',
    params: [{ name: 'sp_input', type: 'sparse' }, { name: 'to_retain', type: 'tensor' }],
  }, a => sparseRetain(a.sp_input, a.to_retain), ['tf.sparse_retain'])],
};
