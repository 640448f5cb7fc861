// SparseSparseMaximum / SparseSparseMinimum(a_indices, a_values, a_shape, b_indices, b_values,
// b_shape): the element-wise max / min of two SparseTensors of one shape over the union of their
// entries, a missing side counting as its implicit zero (tf.sparse.maximum / tf.sparse.minimum).
// TF's gradients for both raise NotImplementedError; here they are not differentiable.
import { SparseTensor } from '../../graph/sparse_tensor';
import { NDArray } from '../../ndarray';
import { invalidArgument, typeError } from '../../errors';
import { intsOf } from '../../kernels/array/static';
import { checkDType } from '../../kernels/math/dtype_rules';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { inOpScope } from '../array/common';
import { canonicalOrder, checkTriple, indexMatrix, indexRows, inferTriple } from './common';

function sparseSparse(type: OpTypeName, pick: (a: number, b: number) => number) {
  return defineOp({
    type, family: 'math', inputs: ['a_indices', 'a_values', 'a_shape', 'b_indices', 'b_values', 'b_shape'], attrs: {},
    infer: ([ai, av, as, bi, bv, bs]) => {
      inferTriple(ai, av, as, 'a'); inferTriple(bi, bv, bs, 'b');
      checkDType(av, 'numeric', 'a_values');
      if (bv.dtype !== av.dtype) throw typeError(`Input 'b_values' of '${type}' Op has type ${bv.dtype} that does not match type ${av.dtype} of argument 'a_values'.`);
      return [{ dtype: 'int64', shape: [null, ai.shape?.[1] ?? null] }, { dtype: av.dtype, shape: [null] }];
    },
    compute: ([ai, av, as, bi, bv, bs]) => {
      checkTriple(ai, av, as, 'a'); checkTriple(bi, bv, bs, 'b');
      const shape = intsOf(as);
      if (shape.join(',') !== intsOf(bs).join(',')) throw invalidArgument(`Operands do not have the same ranks or shapes: [${shape.join(',')}] vs. [${intsOf(bs).join(',')}]`);
      const entries = new Map<string, { row: number[]; a: number; b: number }>();
      const put = (rows: number[][], vals: NDArray, side: 'a' | 'b') => rows.forEach((row, i) => {
        const k = row.join(',');
        const e = entries.get(k) ?? { row, a: 0, b: 0 };
        e[side] = Number(vals.numeric[i]);
        entries.set(k, e);
      });
      put(indexRows(ai), av, 'a'); put(indexRows(bi), bv, 'b');
      const all = [...entries.values()], order = canonicalOrder(all.map(e => e.row));
      const values = NDArray.zeros(av.dtype, [all.length]);
      order.forEach((j, k) => { values.numeric[k] = pick(all[j].a, all[j].b); });
      return [indexMatrix(order.map(j => all[j].row), shape.length), values];
    },
    gradient: NOT_DIFFERENTIABLE,
    tf: op(type, 'a_indices: int64, a_values: T, a_shape: int64, b_indices: int64, b_values: T, b_shape: int64', 'output_indices: int64, output_values: T', 'T: type'),
  });
}

export const SparseSparseMaximum = sparseSparse(OpType.SparseSparseMaximum, Math.max);
export const SparseSparseMinimum = sparseSparse(OpType.SparseSparseMinimum, Math.min);

function apply(def: typeof SparseSparseMaximum, defaultName: string) {
  return (a: SparseTensor, b: SparseTensor, name?: string): SparseTensor => inOpScope(name, defaultName, opName => {
    const [i, v] = def.make([a.indices, a.values, a.denseShape, b.indices, b.values, b.denseShape], {}, opName).outputs;
    return new SparseTensor(i, v, a.denseShape);
  });
}

export const sparseMaximum = apply(SparseSparseMaximum, 'SparseSparseMaximum');
export const sparseMinimum = apply(SparseSparseMinimum, 'SparseSparseMinimum');

const params = [{ name: 'sp_a', type: 'sparse' }, { name: 'sp_b', type: 'sparse' }, { name: 'name', default: null, type: 'name' }] as const;

export const SPARSE_MAXIMUM: OpGroup = {
  ops: [SparseSparseMaximum, SparseSparseMinimum],
  api: [
    defineApi({ name: 'tf.sparse.maximum', doc: 'Returns the element-wise max of two SparseTensors (missing entries count as 0).', params },
      a => sparseMaximum(a.sp_a, a.sp_b, a.name ?? undefined), ['tf.sparse_maximum']),
    defineApi({ name: 'tf.sparse.minimum', doc: 'Returns the element-wise min of two SparseTensors (missing entries count as 0).', params },
      a => sparseMinimum(a.sp_a, a.sp_b, a.name ?? undefined), ['tf.sparse_minimum']),
  ],
};
