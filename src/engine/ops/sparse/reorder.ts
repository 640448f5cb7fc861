// SparseReorder(input_indices, input_values, input_shape): the entries sorted into canonical
// row-major order (tf.sparse.reorder / tf.sparse_reorder). Gradient (TF's sparse_grad): each
// input value gets the gradient of the place it moved to, found by reordering the entry numbers.
import type { Tensor } from '../../graph/tensor';
import { SparseTensor } from '../../graph/sparse_tensor';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope } from '../array/common';
import { unsortedSegmentSum } from '../array/segment';
import { range } from '../array/range';
import { shape as shapeOf } from '../array/shape_ops';
import { stridedSlice } from '../array/strided_slice';
import { canonicalOrder, checkTriple, indexMatrix, indexRows, inferTriple, pickValues } from './common';

export const SparseReorder = defineOp({
  type: OpType.SparseReorder, family: 'array', inputs: ['input_indices', 'input_values', 'input_shape'], attrs: {},
  infer: ([indices, values, shape]) => {
    inferTriple(indices, values, shape);
    return [{ dtype: 'int64', shape: indices.shape }, { dtype: values.dtype, shape: values.shape }];
  },
  compute: ([indices, values, shape]) => {
    checkTriple(indices, values, shape);
    const rows = indexRows(indices), order = canonicalOrder(rows);
    return [indexMatrix(order.map(i => rows[i]), indices.shape[1]), pickValues(values, order)];
  },
  gradient: (node, [, g]): (Tensor | null)[] => {
    const [indices, , shape] = node.inputs;
    const n = stridedSlice(shapeOf(indices), [0], [1], [1], { shrinkAxisMask: 1 });
    const entries = range(0, n, 1);
    const moved: Tensor = SparseReorder.make([indices, entries, shape]).outputs[1];
    return [null, unsortedSegmentSum(g!, moved, n), null];
  },
  tf: op('SparseReorder', 'input_indices: int64, input_values: T, input_shape: int64', 'output_indices: int64, output_values: T', 'T: type'),
});

export function sparseReorder(sp: SparseTensor, name?: string): SparseTensor {
  return inOpScope(name, 'SparseReorder', opName => {
    const [indices, values] = SparseReorder.make([sp.indices, sp.values, sp.denseShape], {}, opName).outputs;
    return new SparseTensor(indices, values, sp.denseShape);
  });
}

export const SPARSE_REORDER: OpGroup = {
  ops: [SparseReorder],
  api: [defineApi({
    name: 'tf.sparse.reorder', doc: 'Reorders a SparseTensor into the canonical, row-major ordering.',
    params: [{ name: 'sp_input', type: 'sparse' }, { name: 'name', default: null, type: 'name' }],
  }, a => sparseReorder(a.sp_input, a.name ?? undefined), ['tf.sparse_reorder'])],
};

