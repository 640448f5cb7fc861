// SparseSoftmax(sp_indices, sp_values, sp_shape): softmax over the last dimension of a
// SparseTensor, among the entries present only (tf.sparse.softmax / tf.sparse_softmax): entries
// sharing all leading coordinates form one group. Gradient (TF's sparse_grad): (g - Σ_group g·y)·y,
// the group sums taken with SparseReduceSum over the last axis and read back at each index.
import type { Tensor } from '../../graph/tensor';
import { SparseTensor } from '../../graph/sparse_tensor';
import { NDArray } from '../../ndarray';
import { checkDType } from '../../kernels/math/dtype_rules';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { convertToTensor } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { mul, sub } from '../../gradients/families/math/graph_ops';
import { inOpScope } from '../array/common';
import { checkTriple, indexRows, inferTriple } from './common';
import { SparseReduceSum, gradAtIndices } from './reduce';

export const SparseSoftmax = defineOp({
  type: OpType.SparseSoftmax, family: 'nn', inputs: ['sp_indices', 'sp_values', 'sp_shape'], attrs: {},
  infer: ([indices, values, shape]) => {
    inferTriple(indices, values, shape, 'sp');
    checkDType(values, 'float', 'sp_values');
    return [{ dtype: values.dtype, shape: values.shape }];
  },
  compute: ([indices, values, shape]) => {
    checkTriple(indices, values, shape, 'sp');
    const groups = new Map<string, number[]>();
    indexRows(indices).forEach((row, n) => {
      const key = row.slice(0, -1).join(',');
      const g = groups.get(key);
      if (g) g.push(n); else groups.set(key, [n]);
    });
    const out = NDArray.zeros(values.dtype, values.shape), v = values.numeric, o = out.numeric;
    for (const members of groups.values()) {
      let max = -Infinity, total = 0;
      for (const n of members) max = Math.max(max, Number(v[n]));
      for (const n of members) { const e = Math.exp(Number(v[n]) - max); o[n] = e; total += e; }
      for (const n of members) o[n] = Number(o[n]) / total;
    }
    return [out];
  },
  gradient: (node, [g]): (Tensor | null)[] => {
    const [indices, , shape] = node.inputs, y = node.outputs[0];
    const last = convertToTensor([-1], 'int32');
    const groupSums = SparseReduceSum.make1([indices, mul(g!, y), shape, last], { keep_dims: true });
    return [null, mul(sub(g!, gradAtIndices(groupSums, indices, shape, last)), y), null];
  },
  tf: op('SparseSoftmax', 'sp_indices: int64, sp_values: T, sp_shape: int64', 'output: T', 'T: type'),
});

export function sparseSoftmax(sp: SparseTensor, name?: string): SparseTensor {
  return inOpScope(name, 'SparseSoftmax', opName =>
    new SparseTensor(sp.indices, SparseSoftmax.make1([sp.indices, sp.values, sp.denseShape], {}, opName), sp.denseShape));
}

export const SPARSE_SOFTMAX: OpGroup = {
  ops: [SparseSoftmax],
  api: [defineApi({
    name: 'tf.sparse.softmax', doc: 'Applies softmax to a batched N-D SparseTensor, over its last dimension among the entries present.',
    params: [{ name: 'sp_input', type: 'sparse' }, { name: 'name', default: null, type: 'name' }],
  }, a => sparseSoftmax(a.sp_input, a.name ?? undefined), ['tf.sparse_softmax'])],
};
