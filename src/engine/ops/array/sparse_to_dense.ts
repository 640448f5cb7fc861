// SparseToDense(sparse_indices, output_shape, sparse_values, default_value): a dense tensor of
// `default_value` with `sparse_values` written at the listed indices (tf.sparse_to_dense, and
// tf.sparse.to_dense of a SparseTensor). Indices are a [N, rank] matrix (a vector for rank 1, a
// scalar for one element); values are [N] or one scalar for all. validate_indices checks TF's
// lexicographic order and repeats. Gradient (TF's array_grad): the values get grad gathered at
// the indices, the default value the sum of everything else.
import type { Tensor } from '../../graph/tensor';
import { NDArray, stridesOf } from '../../ndarray';
import { invalidArgument, typeError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { checkIndexDType, intsOf, shapeFromTensor } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { intConst, op1, reshape, sub, sum } from '../../gradients/families/math/graph_ops';
import { GatherNd } from './gather_nd';
import { inOpScope, intTensor } from './common';

/** The index rows as [rows][rank], from a 0-D, 1-D ([N] of rank-1 indices) or 2-D indices array. */
function indexRows(indices: NDArray, rank: number): number[][] {
  const flat = intsOf(indices);
  if (indices.rank === 2) {
    if (indices.shape[1] !== rank) throw invalidArgument(`sparse_indices should be a scalar, vector, or matrix, got shape ${'[' + indices.shape.join(',') + ']'} for an output of rank ${rank}`);
    const k = indices.shape[1];
    return Array.from({ length: indices.shape[0] }, (_, r) => flat.slice(r * k, r * k + k));
  }
  if (indices.rank > 2) throw invalidArgument(`sparse_indices should be a scalar, vector, or matrix, got shape [${indices.shape.join(',')}]`);
  return indices.rank === 0 ? [flat] : flat.map(i => [i]);
}

function validate(rows: number[][], shape: number[]): void {
  const text = (r: number[]) => `[${r.join(',')}]`;
  rows.forEach((row, n) => {
    if (row.some((v, d) => v < 0 || v >= shape[d])) throw invalidArgument(`indices[${n}] = ${text(row)} is out of bounds: need 0 <= index < ${text(shape)}`);
    if (n === 0) return;
    const prev = rows[n - 1];
    const d = row.findIndex((v, j) => v !== prev[j]);
    if (d === -1) throw invalidArgument(`indices[${n}] = ${text(row)} is repeated`);
    if (row[d] < prev[d]) throw invalidArgument(`indices[${n}] = ${text(row)} is out of order`);
  });
}

export const SparseToDense = defineOp({
  type: OpType.SparseToDense, family: 'array', inputs: ['sparse_indices', 'output_shape', 'sparse_values', 'default_value'],
  attrs: { validate_indices: attr.bool(true) },
  infer: ([indices, outputShape, values, dflt]) => {
    checkIndexDType(indices, 'sparse_indices');
    if (outputShape.dtype !== indices.dtype) throw typeError(`Input 'output_shape' of 'SparseToDense' Op has type ${outputShape.dtype} that does not match type ${indices.dtype} of argument 'sparse_indices'.`);
    if (dflt.dtype !== values.dtype) throw typeError(`Input 'default_value' of 'SparseToDense' Op has type ${dflt.dtype} that does not match type ${values.dtype} of argument 'sparse_values'.`);
    if (indices.shape !== null && indices.shape.length > 2) throw new ShapeError(`Shape must be at most rank 2 but is rank ${indices.shape.length}`);
    if (dflt.shape !== null && dflt.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${dflt.shape.length}`);
    return [{ dtype: values.dtype, shape: shapeFromTensor(outputShape) }];
  },
  compute: ([indices, outputShape, values, dflt], node) => {
    const shape = intsOf(outputShape), rows = indexRows(indices, shape.length);
    if (values.rank > 1 || (values.rank === 1 && values.shape[0] !== rows.length)) {
      throw invalidArgument(`sparse_values has incorrect shape [${values.shape.join(',')}], should be [] or [${rows.length}]`);
    }
    if (node.attrs.validate_indices) validate(rows, shape);
    const out = NDArray.zeros(values.dtype, shape), strides = stridesOf(shape);
    const dst = out.data as unknown as unknown[], src = values.data as unknown as unknown[];
    const fill = (dflt.data as unknown as unknown[])[0];
    for (let i = 0; i < dst.length; i++) dst[i] = fill;
    rows.forEach((row, n) => {
      if (row.some((v, d) => v < 0 || v >= shape[d])) throw invalidArgument(`indices[${n}] = [${row.join(',')}] is out of bounds: need 0 <= index < [${shape.join(',')}]`);
      dst[row.reduce((off, v, d) => off + v * strides[d], 0)] = src[values.rank === 0 ? 0 : n];
    });
    return [out];
  },
  gradient: (node, [g]): (Tensor | null)[] => {
    const [indices, , values] = node.inputs;
    // GatherNd wants index rows: [N, rank]; a vector of rank-1 indices is [N, 1], a scalar [1, rank].
    const rows = indices.shape !== null && indices.shape.length === 2 ? indices : reshape(indices, intConst(indices.shape?.length === 1 ? [-1, 1] : [1, -1]));
    let valuesGrad = GatherNd.make1([g!, rows]);
    const all = (t: Tensor) => sum(t, op1('Range', [scalarInt(0), op1('Rank', [t]), scalarInt(1)], { Tidx: 'int32' }));
    const defaultGrad = sub(all(g!), all(valuesGrad));
    if (values.shape !== null && values.shape.length === 0) valuesGrad = all(valuesGrad);
    return [null, null, valuesGrad, defaultGrad];
  },
  tf: op('SparseToDense', 'sparse_indices: Tindices, output_shape: Tindices, sparse_values: T, default_value: T', 'dense: T',
    'validate_indices: bool = true; T: type; Tindices: type'),
});

const scalarInt = (v: number) => convertToTensor(v, 'int32');

export function sparseToDense(sparseIndices: TensorLike, outputShape: TensorLike, sparseValues: TensorLike, defaultValue: TensorLike = 0, validateIndices = true, name?: string): Tensor {
  return inOpScope(name, 'SparseToDense', opName => {
    const idx = intTensor(sparseIndices, 'sparse_indices');
    const values = convertToTensor(sparseValues, undefined, 'sparse_values');
    return SparseToDense.make1([idx, intTensor(outputShape, 'output_shape', idx.dtype), values,
      convertToTensor(defaultValue, values.dtype, 'default_value')], { validate_indices: validateIndices }, opName);
  });
}

export const SPARSE_TO_DENSE: OpGroup = {
  ops: [SparseToDense],
  api: [
    defineApi({
      name: 'tf.sparse_to_dense', doc: 'Converts a sparse representation (indices, shape, values) into a dense tensor.',
      params: [{ name: 'sparse_indices', type: 'tensor' }, { name: 'output_shape', type: 'tensor' }, { name: 'sparse_values', type: 'tensor' },
        { name: 'default_value', default: 0, type: 'tensor' }, { name: 'validate_indices', default: true, type: 'bool' }, { name: 'name', default: null, type: 'name' }],
    }, a => sparseToDense(a.sparse_indices, a.output_shape, a.sparse_values, a.default_value, a.validate_indices, a.name ?? undefined)),
  ],
};
