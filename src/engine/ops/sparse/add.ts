// SparseAdd(a_indices, a_values, a_shape, b_indices, b_values, b_shape, thresh): the sum of two
// SparseTensors of one dense shape, entries merged in row-major order, a sum whose magnitude is
// below `thresh` dropped (tf.sparse.add / tf.sparse_add). Its gradient routes the sum's value
// gradient back through SparseAddGrad (each input entry takes the gradient of its merged entry).
// SparseTensorDenseAdd(a_indices, a_values, a_shape, b): a SparseTensor added onto a dense tensor
// (sparse_add with one dense operand), gradient g gathered at the indices for the values, g for b.
import type { Tensor } from '../../graph/tensor';
import { SparseTensor } from '../../graph/sparse_tensor';
import { NDArray } from '../../ndarray';
import { invalidArgument, typeError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { intsOf } from '../../kernels/array/static';
import { checkDType } from '../../kernels/math/dtype_rules';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope } from '../array/common';
import { GatherNd } from '../array/gather_nd';
import { eitherArg } from '../math/reduce_api';
import { checkTriple, indexMatrix, indexRows, inferTriple, linearIndex, stridesOf } from './common';

/** Both inputs' entries keyed by linear index, in row-major order: [key, row, a position, b position]. */
function mergeOrder(aRows: number[][], bRows: number[][], shape: number[]) {
  const strides = stridesOf(shape), byKey = new Map<number, { row: number[]; a: number[]; b: number[] }>();
  const add = (rows: number[][], side: 'a' | 'b') => rows.forEach((row, i) => {
    row.forEach((v, d) => { if (v < 0 || v >= shape[d]) throw invalidArgument(`Index [${row.join(',')}] is out of bounds for dense shape [${shape.join(',')}]`); });
    const k = linearIndex(row, strides);
    const e = byKey.get(k) ?? { row, a: [], b: [] };
    e[side].push(i);
    byKey.set(k, e);
  });
  add(aRows, 'a'); add(bRows, 'b');
  return [...byKey.entries()].sort((x, y) => x[0] - y[0]).map(([, e]) => e);
}

export const SparseAdd = defineOp({
  type: OpType.SparseAdd, family: 'math',
  inputs: ['a_indices', 'a_values', 'a_shape', 'b_indices', 'b_values', 'b_shape', 'thresh'], attrs: {},
  infer: ([ai, av, as, bi, bv, bs, thresh]) => {
    inferTriple(ai, av, as, 'a'); inferTriple(bi, bv, bs, 'b');
    checkDType(av, 'numeric', 'a_values');
    if (bv.dtype !== av.dtype) throw typeError(`Input 'b_values' of 'SparseAdd' Op has type ${bv.dtype} that does not match type ${av.dtype} of argument 'a_values'.`);
    if (thresh.shape !== null && thresh.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${thresh.shape.length}`);
    return [{ dtype: 'int64', shape: [null, ai.shape?.[1] ?? null] }, { dtype: av.dtype, shape: [null] }, { dtype: 'int64', shape: as.shape }];
  },
  compute: ([ai, av, as, bi, bv, bs, thresh]) => {
    checkTriple(ai, av, as, 'a'); checkTriple(bi, bv, bs, 'b');
    const shape = intsOf(as), bShape = intsOf(bs);
    if (shape.join(',') !== bShape.join(',')) throw invalidArgument(`Operands' shapes do not match: A.shape = [${shape.join(',')}] vs. B.shape = [${bShape.join(',')}]`);
    const t = Number(thresh.data[0]), a = av.numeric, b = bv.numeric;
    const kept: { row: number[]; v: number }[] = [];
    for (const e of mergeOrder(indexRows(ai), indexRows(bi), shape)) {
      let v = 0;
      for (const i of e.a) v += Number(a[i]);
      for (const i of e.b) v += Number(b[i]);
      if (!(Math.abs(v) < t)) kept.push({ row: e.row, v });
    }
    const values = NDArray.zeros(av.dtype, [kept.length]);
    kept.forEach((k, i) => { values.numeric[i] = k.v; });
    return [indexMatrix(kept.map(k => k.row), shape.length), values, as];
  },
  gradient: (node, [, g]) => {
    const [ai, , , bi] = node.inputs;
    const [da, db] = SparseAddGrad.make([g!, ai, bi, node.outputs[0]]).outputs;
    return [null, da, null, null, db, null, null];
  },
  tf: op('SparseAdd', 'a_indices: int64, a_values: T, a_shape: int64, b_indices: int64, b_values: T, b_shape: int64, thresh: Treal',
    'sum_indices: int64, sum_values: T, sum_shape: int64', 'T: type; Treal: type'),
});

/** SparseAddGrad(backprop_val_grad, a_indices, b_indices, sum_indices): each input entry's share. */
export const SparseAddGrad = defineOp({
  type: OpType.SparseAddGrad, family: 'math', inputs: ['backprop_val_grad', 'a_indices', 'b_indices', 'sum_indices'], attrs: {},
  infer: ([g, ai, bi]) => [{ dtype: g.dtype, shape: [ai.shape?.[0] ?? null] }, { dtype: g.dtype, shape: [bi.shape?.[0] ?? null] }],
  compute: ([g, ai, bi, si]) => {
    const at = new Map<string, number>();
    indexRows(si).forEach((row, i) => at.set(row.join(','), i));
    const share = (rows: number[][]) => {
      const out = NDArray.zeros(g.dtype, [rows.length]);
      rows.forEach((row, i) => { const j = at.get(row.join(',')); out.numeric[i] = j === undefined ? 0 : g.numeric[j]; });
      return out;
    };
    return [share(indexRows(ai)), share(indexRows(bi))];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('SparseAddGrad', 'backprop_val_grad: T, a_indices: int64, b_indices: int64, sum_indices: int64', 'a_val_grad: T, b_val_grad: T', 'T: type'),
});

export const SparseTensorDenseAdd = defineOp({
  type: OpType.SparseTensorDenseAdd, family: 'math', inputs: ['a_indices', 'a_values', 'a_shape', 'b'], attrs: {},
  infer: ([ai, av, as, b]) => {
    inferTriple(ai, av, as, 'a');
    if (b.dtype !== av.dtype) throw typeError(`Input 'b' of 'SparseTensorDenseAdd' Op has type ${b.dtype} that does not match type ${av.dtype} of argument 'a_values'.`);
    return [{ dtype: b.dtype, shape: b.shape }];
  },
  compute: ([ai, av, as, b], node, rt) => {
    checkTriple(ai, av, as, 'a');
    const shape = intsOf(as);
    if (shape.join(',') !== b.shape.join(',')) throw invalidArgument(`Dimension mismatch: a_shape [${shape.join(',')}] vs. b.shape [${b.shape.join(',')}]`);
    const out = rt.output(node, 0, b.dtype, b.shape), o = out.numeric, strides = stridesOf(shape);
    o.set(b.numeric);
    indexRows(ai).forEach((row, n) => {
      row.forEach((v, d) => { if (v < 0 || v >= shape[d]) throw invalidArgument(`Index [${row.join(',')}] is out of bounds for dense shape [${shape.join(',')}]`); });
      o[linearIndex(row, strides)] += Number(av.numeric[n]);
    });
    return [out];
  },
  gradient: (node, [g]) => [null, GatherNd.make1([g!, node.inputs[0]]), null, g],
  tf: op('SparseTensorDenseAdd', 'a_indices: Tindices, a_values: T, a_shape: Tindices, b: T', 'output: T', 'T: type; Tindices: type'),
});

/** tf.sparse.add: two SparseTensors give one (thresh applies); a sparse and a dense give a dense. */
export function sparseAdd(a: SparseTensor | TensorLike, b: SparseTensor | TensorLike, thresh: TensorLike = 0, name?: string): SparseTensor | Tensor {
  if (a instanceof SparseTensor && b instanceof SparseTensor) {
    return inOpScope(name, 'SparseAdd', opName => {
      const t = convertToTensor(thresh, realOf(a.dtype), 'thresh');
      const [i, v, s] = SparseAdd.make([a.indices, a.values, a.denseShape, b.indices, b.values, b.denseShape, t], {}, opName).outputs;
      return new SparseTensor(i, v, s);
    });
  }
  const [sp, dense] = a instanceof SparseTensor ? [a, b as TensorLike] : b instanceof SparseTensor ? [b, a as TensorLike] : [null, null];
  if (sp === null) throw typeError('At least one input should be SparseTensor; do you mean to use tf.add()?');
  return inOpScope(name, 'SparseTensorDenseAdd', opName =>
    SparseTensorDenseAdd.make1([sp.indices, sp.values, sp.denseShape, convertToTensor(dense, sp.dtype, 'b')], {}, opName));
}

const realOf = (d: Tensor['dtype']) => (d === 'int32' || d === 'int64' || d === 'float32' || d === 'float64' ? d : 'float32');

export const SPARSE_ADD: OpGroup = {
  ops: [SparseAdd, SparseAddGrad, SparseTensorDenseAdd],
  api: [defineApi({
    name: 'tf.sparse.add', doc: 'Adds two tensors, at least one of each is a SparseTensor (sparse + sparse is sparse, sparse + dense is dense).',
    params: [{ name: 'a', type: 'sparse_or_tensor' }, { name: 'b', type: 'sparse_or_tensor' }, { name: 'threshold', default: null, type: 'tensor' },
      { name: 'thresh', default: null, type: 'tensor', doc: 'deprecated name of threshold' }],
  }, a => sparseAdd(a.a, a.b, eitherArg('threshold', a.threshold, 'thresh', a.thresh) ?? 0), ['tf.sparse_add'])],
};
