// SparseSplit(split_dim, indices, values, shape; num_split): a SparseTensor cut into num_split
// pieces along one dimension; the first (size % num_split) pieces are one longer
// (tf.sparse.split / tf.sparse_split, keyword arguments only in TF1). TF registers no gradient.
import { SparseTensor } from '../../graph/sparse_tensor';
import { invalidArgument, valueError } from '../../errors';
import { intsOf } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope } from '../array/common';
import { eitherArg } from '../math/reduce_api';
import type { OutputSpec } from '../../graph/graph';
import type { NDArray } from '../../ndarray';
import { checkTriple, indexMatrix, indexRows, inferTriple, int64Array, pickValues } from './common';
import { sliceBox } from './slice';

export const SparseSplit = defineOp({
  type: OpType.SparseSplit, family: 'array', inputs: ['split_dim', 'indices', 'values', 'shape'], attrs: { num_split: attr.int() },
  infer: ([, indices, values, shape], attrs) => {
    inferTriple(indices, values, shape);
    if (attrs.num_split < 1) throw valueError(`Attr num_split has value ${attrs.num_split} < 1`);
    const k = attrs.num_split, rank = indices.shape?.[1] ?? null;
    const specs: OutputSpec[] = [];
    for (let i = 0; i < k; i++) specs.push({ dtype: 'int64', shape: [null, rank] });
    for (let i = 0; i < k; i++) specs.push({ dtype: values.dtype, shape: [null] });
    for (let i = 0; i < k; i++) specs.push({ dtype: 'int64', shape: shape.shape });
    return specs;
  },
  compute: ([dimA, indices, values, shapeA], node) => {
    checkTriple(indices, values, shapeA);
    const shape = intsOf(shapeA), rank = shape.length, k = node.attrs.num_split;
    let dim = Number(dimA.data[0]);
    if (dim < -rank || dim >= rank) throw invalidArgument(`split_dim should be in [${-rank}, ${rank}), got ${dim}`);
    if (dim < 0) dim += rank;
    if (k > shape[dim]) throw invalidArgument(`Split into ${k} but dimension ${dim} has only ${shape[dim]} entries`);
    const rows = indexRows(indices), base = Math.floor(shape[dim] / k), extra = shape[dim] % k;
    const outIdx: NDArray[] = [], outVals: NDArray[] = [], outShapes: NDArray[] = [];
    let at = 0;
    for (let i = 0; i < k; i++) {
      const len = base + (i < extra ? 1 : 0);
      const start = shape.map((_, d) => (d === dim ? at : 0)), size = shape.map((s, d) => (d === dim ? len : s));
      const { outShape, kept, shifted } = sliceBox(rows, shape, start, size);
      outIdx.push(indexMatrix(shifted, rank)); outVals.push(pickValues(values, kept)); outShapes.push(int64Array(outShape, [rank]));
      at += len;
    }
    return [...outIdx, ...outVals, ...outShapes];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('SparseSplit', 'split_dim: int64, indices: int64, values: T, shape: int64', 'output_indices: num_split * int64, output_values: num_split * T, output_shape: num_split * int64',
    'num_split: int >= 1; T: type'),
});

export function sparseSplit(sp: SparseTensor, numSplit: number, axis: TensorLike, name?: string): SparseTensor[] {
  return inOpScope(name, 'SparseSplit', opName => {
    const outs = SparseSplit.make([convertToTensor(axis, 'int64', 'split_dim'), sp.indices, sp.values, sp.denseShape], { num_split: numSplit }, opName).outputs;
    return Array.from({ length: numSplit }, (_, i) => new SparseTensor(outs[i], outs[numSplit + i], outs[2 * numSplit + i]));
  });
}

export const SPARSE_SPLIT: OpGroup = {
  ops: [SparseSplit],
  api: [defineApi({
    name: 'tf.sparse.split', doc: 'Splits a SparseTensor into num_split tensors along axis (keyword arguments only).',
    params: [{ name: 'sp_input', default: null, type: 'optional_sparse', kind: 'keyword' }, { name: 'num_split', default: null, type: 'int', kind: 'keyword' },
      { name: 'axis', default: null, type: 'tensor', kind: 'keyword' }, { name: 'name', default: null, type: 'name', kind: 'keyword' },
      { name: 'split_dim', default: null, type: 'tensor', kind: 'keyword', doc: 'deprecated name of axis' }],
  }, a => {
    if (a.sp_input === null) throw valueError('sp_input is required');
    if (a.num_split === null) throw valueError('num_split is required');
    const axis = eitherArg('axis', a.axis, 'split_dim', a.split_dim);
    if (axis === null) throw valueError('axis is required');
    return sparseSplit(a.sp_input, a.num_split, axis, a.name ?? undefined);
  }, ['tf.sparse_split'])],
};
