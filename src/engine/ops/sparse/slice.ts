// SparseSlice(indices, values, shape, start, size): the entries inside the box [start, start+size)
// moved to start at 0, in input order; the output shape is the box clipped to the input
// (tf.sparse.slice / tf.sparse_slice). Gradient: SparseSliceGrad gives each input entry the
// gradient of its sliced copy, zero for entries outside the box.
import { SparseTensor } from '../../graph/sparse_tensor';
import { NDArray } from '../../ndarray';
import { invalidArgument } from '../../errors';
import { intsOf } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope } from '../array/common';
import { checkTriple, indexMatrix, indexRows, inferTriple, int64Array, pickValues } from './common';

/** The box's clipped shape and the kept entries (input positions and shifted rows). */
export function sliceBox(rows: number[][], shape: number[], start: number[], size: number[]) {
  if (start.length !== shape.length || size.length !== shape.length) throw invalidArgument(`Expected start and size of length ${shape.length}, got ${start.length} and ${size.length}`);
  const outShape = shape.map((d, i) => Math.max(0, Math.min(start[i] + size[i], d) - start[i]));
  const kept: number[] = [], shifted: number[][] = [];
  rows.forEach((row, n) => {
    if (row.every((v, d) => v >= start[d] && v < start[d] + size[d])) { kept.push(n); shifted.push(row.map((v, d) => v - start[d])); }
  });
  return { outShape, kept, shifted };
}

export const SparseSlice = defineOp({
  type: OpType.SparseSlice, family: 'array', inputs: ['indices', 'values', 'shape', 'start', 'size'], attrs: {},
  infer: ([indices, values, shape]) => {
    inferTriple(indices, values, shape);
    return [{ dtype: 'int64', shape: [null, indices.shape?.[1] ?? null] }, { dtype: values.dtype, shape: [null] }, { dtype: 'int64', shape: shape.shape }];
  },
  compute: ([indices, values, shapeA, startA, sizeA]) => {
    checkTriple(indices, values, shapeA);
    const shape = intsOf(shapeA), { outShape, kept, shifted } = sliceBox(indexRows(indices), shape, intsOf(startA), intsOf(sizeA));
    return [indexMatrix(shifted, shape.length), pickValues(values, kept), int64Array(outShape, [shape.length])];
  },
  gradient: (node, [, g]) => {
    const [indices, , , start] = node.inputs;
    return [null, SparseSliceGrad.make1([g!, indices, start, node.outputs[0]]), null, null, null];
  },
  tf: op('SparseSlice', 'indices: int64, values: T, shape: int64, start: int64, size: int64', 'output_indices: int64, output_values: T, output_shape: int64', 'T: type'),
});

export const SparseSliceGrad = defineOp({
  type: OpType.SparseSliceGrad, family: 'array', inputs: ['backprop_val_grad', 'input_indices', 'input_start', 'output_indices'], attrs: {},
  infer: ([g, inIdx]) => [{ dtype: g.dtype, shape: [inIdx.shape?.[0] ?? null] }],
  compute: ([g, inIdx, startA, outIdx]) => {
    const start = intsOf(startA), at = new Map<string, number>();
    indexRows(outIdx).forEach((row, k) => at.set(row.join(','), k));
    const rows = indexRows(inIdx), out = NDArray.zeros(g.dtype, [rows.length]);
    rows.forEach((row, n) => {
      const k = at.get(row.map((v, d) => v - start[d]).join(','));
      if (k !== undefined) out.numeric[n] = g.numeric[k];
    });
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('SparseSliceGrad', 'backprop_val_grad: T, input_indices: int64, input_start: int64, output_indices: int64', 'val_grad: T', 'T: type'),
});

export function sparseSlice(sp: SparseTensor, start: TensorLike, size: TensorLike, name?: string): SparseTensor {
  return inOpScope(name, 'SparseSlice', opName => {
    const [i, v, s] = SparseSlice.make([sp.indices, sp.values, sp.denseShape, convertToTensor(start, 'int64', 'start'), convertToTensor(size, 'int64', 'size')], {}, opName).outputs;
    return new SparseTensor(i, v, s);
  });
}

export const SPARSE_SLICE: OpGroup = {
  ops: [SparseSlice, SparseSliceGrad],
  api: [defineApi({
    name: 'tf.sparse.slice', doc: 'Slices a SparseTensor based on the start and size.',
    params: [{ name: 'sp_input', type: 'sparse' }, { name: 'start', type: 'tensor' }, { name: 'size', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
  }, a => sparseSlice(a.sp_input, a.start, a.size, a.name ?? undefined), ['tf.sparse_slice'])],
};
