// tf.sparse_placeholder / tf.sparse.placeholder: a SparseTensor of three placeholders (values [?],
// indices [?, rank] int64, dense_shape [rank] int64), fed as one key with a SparseTensorValue or an
// (indices, values, dense_shape) tuple. A fully known `shape` becomes a constant dense_shape, as in
// TF; a partly known one still gives the placeholders their rank.
import type { DType } from '../../dtypes';
import type { StaticShape } from '../../shape';
import { SparseTensor } from '../../graph/sparse_tensor';
import { defineApi } from '../../api/api_function';
import { convertToTensor } from '../builder';
import type { OpGroup } from '../op_def';
import { placeholder } from '../control/placeholder';

export function sparsePlaceholder(dtype: DType, shape: StaticShape = null, name?: string): SparseTensor {
  const part = (suffix: string) => (name === undefined ? undefined : `${name}/${suffix}`);
  const rank = shape === null ? null : shape.length;
  const known = shape !== null && shape.every(d => d !== null);
  const denseShape = known ? convertToTensor(shape as number[], 'int64', part('shape') ?? 'Const') : placeholder('int64', [rank], part('shape'));
  const values = placeholder(dtype, [null], part('values'));
  const indices = placeholder('int64', [null, rank], part('indices'));
  return new SparseTensor(indices, values, denseShape);
}

export const SPARSE_PLACEHOLDER: OpGroup = {
  ops: [],
  api: [defineApi({
    name: 'tf.sparse.placeholder', doc: 'Inserts a placeholder for a sparse tensor that will be always fed.',
    params: [{ name: 'dtype', type: 'dtype' }, { name: 'shape', default: null, type: 'shape' }, { name: 'name', default: null, type: 'name' }],
  }, a => sparsePlaceholder(a.dtype, a.shape, a.name ?? undefined), ['tf.sparse_placeholder'])],
};
