// Shape arithmetic the gradients build into the graph (tf1-semantics §4.4, §4.5), no Python API.
// BroadcastGradientArgs(s0, s1) → (r0, r1): the output axes each input's gradient is summed
// over. ReducedShape(shape, axes) is TF's math_ops.reduced_shape as one small op: the shape with
// the reduced dims set to 1 (what keep_dims would give).
import type { NumericArray } from '../../dtypes';
import { broadcastGradientArgs } from '../../kernels/math/broadcast';
import { checkDType } from '../../kernels/math/dtype_rules';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';

export const BroadcastGradientArgs = defineOp({
  type: OpType.BroadcastGradientArgs, family: 'math', inputs: ['s0', 's1'], attrs: {},
  infer: ([sx, sy]) => {
    checkDType(sx, 'int', 's0'); checkDType(sy, 'int', 's1');
    return [{ dtype: sx.dtype, shape: [null] }, { dtype: sx.dtype, shape: [null] }];
  },
  compute: ([sx, sy], node, rt) => {
    const [rx, ry] = broadcastGradientArgs(sx.data as NumericArray, sy.data as NumericArray);
    const ox = rt.output(node, 0, sx.dtype, [rx.length]), oy = rt.output(node, 1, sx.dtype, [ry.length]);
    (ox.data as NumericArray).set(rx);
    (oy.data as NumericArray).set(ry);
    return [ox, oy];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('BroadcastGradientArgs', 's0: T, s1: T', 'r0: T, r1: T', 'T: type = int32'),
});

export const ReducedShape = defineOp({
  type: OpType.ReducedShape, family: 'math', inputs: ['input_shape', 'axes'], attrs: {},
  infer: ([shape]) => { checkDType(shape, 'int', 'input_shape'); return [{ dtype: shape.dtype, shape: shape.shape }]; },
  compute: ([shape, axes], node, rt) => {
    const out = rt.output(node, 0, shape.dtype, shape.shape);
    const od = out.data as NumericArray, rank = shape.size;
    od.set(shape.data as NumericArray);
    const ad = axes.data as NumericArray;
    for (let i = 0; i < ad.length; i++) od[ad[i] < 0 ? ad[i] + rank : ad[i]] = 1;
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  // TF computes math_ops.reduced_shape from several ops; Gradbook folds it into one.
  tf: op('ReducedShape', 'input_shape: T, axes: Taxes', 'output: T', 'T: type; Taxes: type', { gradbookOnly: true }),
});

export const SHAPE_HELPERS: OpGroup = { ops: [BroadcastGradientArgs, ReducedShape], api: [] };
