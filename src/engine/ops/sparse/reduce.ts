// SparseReduceSum / SparseReduceMax(input_indices, input_values, input_shape, reduction_axes):
// a dense reduction of a SparseTensor (tf.sparse.reduce_sum / reduce_max). Only the listed values
// take part: Max of [-7, ?] is -7, and a group with no values gives 0 (TF's kernel zero-fills).
// Sum's gradient (TF's sparse_grad): each value gets the output gradient at its index with the
// reduced axes dropped. Max has none in TF.
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import type { SparseTensor } from '../../graph/sparse_tensor';
import { invalidArgument } from '../../errors';
import { constantInts, intsOf } from '../../kernels/array/static';
import { checkDType } from '../../kernels/math/dtype_rules';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpDef, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { op1, reshape } from '../../gradients/families/math/graph_ops';
import { inOpScope } from '../array/common';
import { GatherNd } from '../array/gather_nd';
import { ReducedShape } from '../math/shape_helpers';
import { eitherArg } from '../math/reduce_api';
import { checkTriple, inferTriple, linearIndex, stridesOf } from './common';

const ATTRS = { keep_dims: attr.bool(false) };

/** The reduced axes, normalized, and the output's shape (with or without the kept 1s). */
function reducedLayout(shape: number[], axesArr: NDArray, keep: boolean) {
  const rank = shape.length, axes = new Set<number>();
  for (const a of intsOf(axesArr)) {
    if (a < -rank || a >= rank) throw invalidArgument(`Invalid reduction dimension ${a}, for input with ${rank} dimensions.`);
    axes.add(a < 0 ? a + rank : a);
  }
  const kept = shape.map((d, i) => (axes.has(i) ? 1 : d));
  const out = keep ? kept : shape.filter((_, i) => !axes.has(i));
  return { kept, out };
}

function staticOutShape(shapeT: Tensor, axesT: Tensor, keep: boolean): (number | null)[] | null {
  const shape = constantInts(shapeT), axes = constantInts(axesT);
  if (shape === null) return null;
  if (axes === null) return keep ? shape.map(() => null) : null;
  const rank = shape.length, set = new Set(axes.map(a => (a < 0 ? a + rank : a)));
  return keep ? shape.map((d, i) => (set.has(i) ? 1 : d)) : shape.filter((_, i) => !set.has(i));
}

function sparseReduction(type: OpTypeName, combine: (acc: number, v: number) => number, start: number, tfName: string, gradient: OpDef['gradient']) {
  return defineOp({
    type, family: 'math', inputs: ['input_indices', 'input_values', 'input_shape', 'reduction_axes'], attrs: ATTRS,
    infer: ([indices, values, shape, axes], attrs) => {
      inferTriple(indices, values, shape);
      checkDType(values, 'numeric', 'input_values');
      return [{ dtype: values.dtype, shape: staticOutShape(shape, axes, attrs.keep_dims) }];
    },
    compute: ([indices, values, shapeA, axesA], node, rt) => {
      checkTriple(indices, values, shapeA);
      const shape = intsOf(shapeA), { kept, out: outShape } = reducedLayout(shape, axesA, node.attrs.keep_dims);
      const out = rt.output(node, 0, values.dtype, outShape), o = out.numeric;
      const acc = new Float64Array(o.length).fill(start), seen = new Uint8Array(o.length);
      const strides = stridesOf(kept), idx = intsOf(indices), rank = shape.length, v = values.numeric;
      const row = new Array<number>(rank);
      for (let n = 0; n < values.shape[0]; n++) {
        for (let d = 0; d < rank; d++) {
          const i = idx[n * rank + d];
          if (i < 0 || i >= shape[d]) throw invalidArgument(`Invalid index ${i} in dimension ${d} of the sparse input with dense shape [${shape.join(',')}]`);
          row[d] = kept[d] === 1 ? 0 : i;
        }
        const at = linearIndex(row, strides);
        acc[at] = combine(acc[at], Number(v[n]));
        seen[at] = 1;
      }
      for (let i = 0; i < o.length; i++) o[i] = seen[i] ? acc[i] : 0;
      return [out];
    },
    gradient,
    tf: op(tfName, 'input_indices: int64, input_values: T, input_shape: int64, reduction_axes: int32', 'output: T', 'keep_dims: bool = false; T: type'),
  });
}

export const SparseReduceSum = sparseReduction(OpType.SparseReduceSum, (a, v) => a + v, 0, 'SparseReduceSum', (node, [g]) => {
  const [indices, , shape, axes] = node.inputs;
  return [null, gradAtIndices(g!, indices, shape, axes), null, null];
});

export const SparseReduceMax = sparseReduction(OpType.SparseReduceMax, (a, v) => (v > a || Number.isNaN(v) ? v : a), -Infinity, 'SparseReduceMax', NOT_DIFFERENTIABLE);

/**
 * The gradient of a reduction over `axes` read back at each sparse index: g reshaped to the kept
 * shape, gathered at the indices modulo that shape (a reduced axis of size 1 maps every index to 0).
 */
export function gradAtIndices(g: Tensor, indices: Tensor, shape: Tensor, axes: Tensor): Tensor {
  const kept = ReducedShape.make1([shape, axes]);
  return GatherNd.make1([reshape(g, kept), op1(OpType.FloorMod, [indices, kept])]);
}

export type AxisArg = number | number[] | TensorLike | null;

/** The reduction's axes as an int32 tensor: every axis (range(rank)) when none are given. */
function axesTensor(sp: SparseTensor, axis: AxisArg): Tensor {
  if (axis !== null && axis !== undefined) return convertToTensor(axis as TensorLike, 'int32', 'reduction_axes');
  const rank = sp.shape === null ? null : sp.shape.length;
  if (rank !== null) return convertToTensor(Array.from({ length: rank }, (_, i) => i), 'int32', 'reduction_axes');
  const size = op1(OpType.Size, [sp.denseShape], { out_type: 'int32' });
  return op1(OpType.Range, [convertToTensor(0, 'int32'), size, convertToTensor(1, 'int32')], { Tidx: 'int32' });
}

function reducer(def: typeof SparseReduceSum, defaultName: string) {
  return (sp: SparseTensor, axis: AxisArg = null, keepdims = false, name?: string): Tensor =>
    inOpScope(name, defaultName, opName => def.make1([sp.indices, sp.values, sp.denseShape, axesTensor(sp, axis)], { keep_dims: keepdims }, opName));
}

export const sparseReduceSum = reducer(SparseReduceSum, 'SparseReduceSum');
export const sparseReduceMax = reducer(SparseReduceMax, 'SparseReduceMax');

function api(pyName: string, fn: typeof sparseReduceSum, doc: string) {
  return [
    defineApi({
      name: `tf.sparse.${pyName}`, doc,
      params: [{ name: 'sp_input', type: 'sparse' }, { name: 'axis', default: null, type: 'axis' }, { name: 'keepdims', default: null, type: 'bool' },
        { name: 'output_is_sparse', default: false, type: 'bool', unsupported: 'the dense result only' }, { name: 'name', default: null, type: 'name' }],
    }, a => fn(a.sp_input, a.axis, a.keepdims ?? false, a.name ?? undefined)),
    defineApi({
      name: `tf.sparse_${pyName}`, doc: `${doc} (TF1 name, deprecated argument names kept)`,
      params: [{ name: 'sp_input', type: 'sparse' }, { name: 'axis', default: null, type: 'axis' }, { name: 'keepdims', default: null, type: 'bool' },
        { name: 'reduction_axes', default: null, type: 'axis' }, { name: 'keep_dims', default: null, type: 'bool' }],
    }, a => fn(a.sp_input, eitherArg('axis', a.axis, 'reduction_axes', a.reduction_axes), eitherArg('keepdims', a.keepdims, 'keep_dims', a.keep_dims) ?? false)),
  ];
}

export const SPARSE_REDUCE: OpGroup = {
  ops: [SparseReduceSum, SparseReduceMax],
  api: [
    ...api('reduce_sum', sparseReduceSum, 'Computes the sum of elements across dimensions of a SparseTensor (a dense result).'),
    ...api('reduce_max', sparseReduceMax, 'Computes the max of the values given across dimensions of a SparseTensor (a dense result; 0 where none).'),
  ],
};
