// tf.sparse.to_dense (alias tf.sparse_tensor_to_dense): a SparseTensor made dense with the engine's
// SparseToDense, `default_value` (zero, or b'' for strings) where no value is given.
import type { PyValue } from '../../../objects/core';
import * as tf from '../../../../engine';
import { entry, TableEntry } from '../../../bind';
import { typeError } from '../../../exceptions';
import { wrap } from '../wrappers';
import { isSparse, toSparse } from '../../../bind/converters';

export const SPARSE_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.sparse.to_dense', doc: 'Converts a SparseTensor into a dense tensor, `default_value` (0 or b"") elsewhere.',
    params: [{ name: 'sp_input' }, { name: 'default_value', default: null, type: 'tensor' }, { name: 'validate_indices', default: true, type: 'bool' },
      { name: 'name', default: null, type: 'name' }],
  }, a => {
    if (!isSparse(a.sp_input as PyValue)) throw typeError('Input must be a SparseTensor.');
    const s = toSparse(a.sp_input as PyValue, { fn: 'to_dense', param: 'sp_input' });
    const dflt = a.default_value ?? tf.zeros([], s.dtype);
    return wrap(tf.sparseToDense(s.indices, s.denseShape, s.values, dflt, a.validate_indices, a.name ?? undefined));
  }, { aliases: ['tf.sparse_tensor_to_dense'] }),
];
