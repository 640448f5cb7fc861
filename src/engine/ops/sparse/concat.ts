// SparseConcat(indices × N, values × N, shapes × N; concat_dim): SparseTensors joined along one
// dimension, each input's indices there offset by the sizes before it; the other dimensions must
// agree. The result is in canonical row-major order, as TF's documented example shows
// (tf.sparse.concat / tf.sparse_concat). TF registers no gradient for it.
import { SparseTensor } from '../../graph/sparse_tensor';
import { NDArray } from '../../ndarray';
import { invalidArgument, typeError, valueError } from '../../errors';
import { elementsOf, intsOf } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { unsupportedArgument } from '../../api/unsupported';
import { attr } from '../attrs';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope } from '../array/common';
import { eitherArg } from '../math/reduce_api';
import { canonicalOrder, checkTriple, indexMatrix, indexRows, int64Array, inferTriple } from './common';

export const SparseConcat = defineOp({
  type: OpType.SparseConcat, family: 'array', inputs: ['*indices', '*values', '*shapes'], attrs: { concat_dim: attr.int(), N: attr.int() },
  infer: (inputs, attrs) => {
    const n = attrs.N;
    if (n < 2) throw valueError(`Attr N has value ${n} < 2`);
    const dtype = inputs[n].dtype;
    for (let i = 0; i < n; i++) {
      inferTriple(inputs[i], inputs[n + i], inputs[2 * n + i]);
      if (inputs[n + i].dtype !== dtype) throw typeError(`Input 'values' of 'SparseConcat' Op has types mixing ${dtype} and ${inputs[n + i].dtype}`);
    }
    return [{ dtype: 'int64', shape: [null, inputs[0].shape?.[1] ?? null] }, { dtype, shape: [null] }, { dtype: 'int64', shape: inputs[2 * n].shape }];
  },
  compute: (inputs, node) => {
    const n = node.attrs.N;
    const shapes = inputs.slice(2 * n).map(intsOf), rank = shapes[0].length;
    const dim = node.attrs.concat_dim < 0 ? node.attrs.concat_dim + rank : node.attrs.concat_dim;
    if (dim < 0 || dim >= rank) throw invalidArgument(`Concat dimension must be in range [${-rank}, ${rank}), got ${node.attrs.concat_dim}`);
    const rows: number[][] = [], from: [number, number][] = [];
    let offset = 0;
    for (let i = 0; i < n; i++) {
      checkTriple(inputs[i], inputs[n + i], inputs[2 * n + i]);
      const s = shapes[i];
      if (s.length !== rank) throw invalidArgument(`Ranks of all input tensors must match: expected ${rank} but got ${s.length} at position ${i}`);
      s.forEach((d, j) => {
        if (j !== dim && d !== shapes[0][j]) throw invalidArgument(`Input shapes must match: expected ${shapes[0][j]} for dimension ${j} but got ${d} at position ${i}`);
      });
      indexRows(inputs[i]).forEach((r, k) => { const row = r.slice(); row[dim] += offset; rows.push(row); from.push([i, k]); });
      offset += s[dim];
    }
    const order = canonicalOrder(rows);
    const values = NDArray.zeros(inputs[n].dtype, [rows.length]), dst = elementsOf(values);
    order.forEach((j, k) => { const [i, at] = from[j]; dst[k] = elementsOf(inputs[n + i])[at]; });
    const outShape = shapes[0].slice();
    outShape[dim] = offset;
    return [indexMatrix(order.map(j => rows[j]), rank), values, int64Array(outShape, [rank])];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('SparseConcat', 'indices: N * int64, values: N * T, shapes: N * int64', 'output_indices: int64, output_values: T, output_shape: int64',
    'concat_dim: int; N: int >= 2; T: type'),
});

export function sparseConcat(axis: number, inputs: SparseTensor[], name?: string): SparseTensor {
  if (inputs.length === 1) return inputs[0];
  return inOpScope(name, 'SparseConcat', opName => {
    const [i, v, s] = SparseConcat.make([...inputs.map(x => x.indices), ...inputs.map(x => x.values), ...inputs.map(x => x.denseShape)],
      { concat_dim: axis, N: inputs.length }, opName).outputs;
    return new SparseTensor(i, v, s);
  });
}

export const SPARSE_CONCAT: OpGroup = {
  ops: [SparseConcat],
  api: [defineApi({
    name: 'tf.sparse.concat', doc: 'Concatenates a list of SparseTensors along the specified dimension.',
    params: [{ name: 'axis', type: 'int' }, { name: 'sp_inputs', type: 'sparses' }, { name: 'name', default: null, type: 'name' },
      { name: 'expand_nonconcat_dim', default: false, type: 'bool' }, { name: 'concat_dim', default: null, type: 'int', doc: 'deprecated name of axis' }],
  }, a => {
    if (a.expand_nonconcat_dim) throw unsupportedArgument('sparse_concat', 'expand_nonconcat_dim', 'inputs whose other dimensions differ');
    return sparseConcat(eitherArg('axis', a.axis, 'concat_dim', a.concat_dim) ?? 0, a.sp_inputs, a.name ?? undefined);
  }, ['tf.sparse_concat'])],
};
