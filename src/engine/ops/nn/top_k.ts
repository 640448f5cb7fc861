// TopKV2 (tf.nn.top_k, tf.math.top_k): the k largest entries of each last-axis row, largest
// first, and their indices; equal values keep their index order (lower index first). With
// sorted=False TF leaves the order unspecified; here it is the sorted order too.
import type { Tensor } from '../../graph/tensor';
import { ShapeError } from '../../kernels/registry';
import { invalidArgument } from '../../errors';
import { requireRank, requireRankAtLeast, shapeText } from '../../kernels/nn/util';
import { checkDType } from '../../kernels/math/dtype_rules';
import { defineApi, apiTuple } from '../../api/api_function';
import { constant, convertToTensor, makeOp1, TensorLike } from '../builder';
import { attr } from '../attrs';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { intTensor } from '../array/common';
import { expandDims, reshape } from '../array/reshape';
import { shape, size } from '../array/shape_ops';
import { gather } from '../array/gather';
import { range } from '../array/range';
import { stack } from '../array/pack';
import { valueError } from '../../errors';
import { add, mul } from './math';
import { NAME_PARAM } from './api_args';

/** The static value of a scalar Const, else null. */
function constantScalar(t: Tensor): number | null {
  if (t.op.type !== OpType.Const) return null;
  const v = t.op.attrs.value as { size: number; numeric: ArrayLike<number> };
  return v.size === 1 ? Number(v.numeric[0]) : null;
}

export const TopKV2 = defineOp({
  type: OpType.TopKV2, family: 'nn', inputs: ['input', 'k'], attrs: { sorted: attr.bool(true) },
  infer: ([input, k]) => {
    checkDType(input, 'numeric', 'input');
    const s = requireRankAtLeast(input.shape, 1);
    requireRank(k.shape, 0);
    const kv = constantScalar(k);
    if (kv !== null && kv < 0) throw new ShapeError(`Dimension size, given by scalar input 1, must be non-negative but is ${kv}`);
    if (s === null) return [{ dtype: input.dtype, shape: null }, { dtype: 'int32', shape: null }];
    const last = s[s.length - 1];
    if (kv !== null && last !== null && last < kv) throw new ShapeError(`input must have last dimension >= k = ${kv} but is ${last}`);
    const out = [...s.slice(0, -1), kv];
    return [{ dtype: input.dtype, shape: out }, { dtype: 'int32', shape: out.slice() }];
  },
  compute: ([input, kArr], node, rt) => {
    const k = Number(kArr.numeric[0]);
    if (k < 0) throw invalidArgument(`Need k >= 0, got ${k}`);
    if (input.rank < 1) throw invalidArgument(`input must be >= 1-D, got shape ${shapeText(input.shape)}`);
    const cols = input.shape[input.rank - 1];
    if (cols < k) throw invalidArgument(`input must have at least k columns. Had ${cols}, needed ${k}`);
    const rows = cols === 0 ? 0 : input.size / cols;
    const outShape = [...input.shape.slice(0, -1), k];
    const values = rt.output(node, 0, input.dtype, outShape);
    const indices = rt.output(node, 1, 'int32', outShape);
    const x = input.numeric, v = values.numeric, ix = indices.numeric;
    const order = new Int32Array(cols);
    for (let r = 0; r < rows; r++) {
      const base = r * cols;
      for (let j = 0; j < cols; j++) order[j] = j;
      order.sort((a, b) => (x[base + b] - x[base + a]) || a - b);
      for (let j = 0; j < k; j++) { ix[r * k + j] = order[j]; v[r * k + j] = x[base + order[j]]; }
    }
    return [values, indices];
  },
  // The values' gradient scattered back to the chosen positions of each row.
  gradient: (node, [g]) => {
    if (!g) return [null, null];
    const [x] = node.inputs, indices = node.outputs[1];
    const rank = x.shape?.length;
    if (rank === undefined) throw valueError('the gradient of top_k needs an input of known rank');
    const xShape = shape(x), cols = gather(xShape, rank - 1), kDim = gather(shape(indices), rank - 1);
    const ind2d = reshape(indices, stack([constant(-1, 'int32'), kDim]));
    const rows = gather(shape(ind2d), 0);
    const offsets = expandDims(range(0, mul(rows, cols), cols), -1);
    const flat = reshape(add(ind2d, offsets), [-1]);
    const scattered = makeOp1(OpType.UnsortedSegmentSum, [reshape(g, [-1]), flat, size(x)], {});
    return [reshape(scattered, xShape), null];
  },
  tf: op('TopKV2', 'input: T, k: int32', 'values: T, indices: int32', 'sorted: bool = true; T: type'),
});

/** tf.nn.top_k: [values, indices] of one TopKV2 op named `name ?? 'TopKV2'`. */
export function topK(input: TensorLike, k: TensorLike = 1, sorted = true, name?: string): [Tensor, Tensor] {
  const x = convertToTensor(input, null, 'input');
  const node = TopKV2.make([x, intTensor(k, 'k')], { sorted }, name ?? OpType.TopKV2);
  return [node.outputs[0], node.outputs[1]];
}

export const TOP_K: OpGroup = {
  ops: [TopKV2],
  api: [defineApi({
    name: 'tf.nn.top_k', doc: 'Finds values and indices of the k largest entries for the last dimension.',
    params: [{ name: 'input', type: 'tensor' }, { name: 'k', default: 1, type: 'tensor' },
      { name: 'sorted', default: true, type: 'bool' }, NAME_PARAM],
  }, a => apiTuple(topK(a.input, a.k, a.sorted, a.name ?? undefined), 'TopKV2', ['values', 'indices']), ['tf.math.top_k'])],
};
