// Softmax and LogSoftmax over the last axis (tf.nn.softmax, tf.nn.log_softmax; another axis is
// swapped to the end and back with two transposes, as TF's `_softmax` does), and SoftmaxGrad:
// TF builds softmax's gradient from Mul/Sum/Sub in Python; one fused op does the same
// arithmetic in one pass per row (the gradient of every softmax classifier runs it each step).
import type { Tensor } from '../../graph/tensor';
import { invalidArgument, OpError, valueError } from '../../errors';
import { requireFloat, requireRankAtLeast, mergeShapeOrThrow, shapeText } from '../../kernels/nn/util';
import { logSoftmaxRows, softmaxGradRows, softmaxRows } from '../../kernels/nn/softmax';
import { sameShape } from '../../session/runtime';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpDef, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { transpose } from '../array/transpose';
import { exp, mul, reduceSum, sub } from './math';
import { deprecatedLookup } from './api_args';

function lastDim(shape: readonly number[]): number {
  if (shape.length < 1) throw invalidArgument(`logits must have >= 1 dimension, got ${shapeText(shape)}`);
  return shape[shape.length - 1];
}
const rowCount = (size: number, cols: number) => (cols === 0 ? 0 : size / cols);

function logitsRule(type: string) {
  return ([logits]: Tensor[]) => {
    requireFloat(type, 'logits', logits);
    requireRankAtLeast(logits.shape, 1);
    return [{ dtype: logits.dtype, shape: logits.shape }];
  };
}

export const SoftmaxGrad: OpDef<{}> = defineOp({
  type: OpType.SoftmaxGrad, family: 'nn', inputs: ['grad', 'softmax'], attrs: {},
  infer: ([g, y]) => {
    requireRankAtLeast(y.shape, 1);
    return [{ dtype: y.dtype, shape: mergeShapeOrThrow(g.shape, y.shape) }];
  },
  compute: ([g, y], node, rt) => {
    if (!sameShape(g.shape, y.shape)) throw invalidArgument(`SoftmaxGrad inputs must have the same shape: ${shapeText(g.shape)} vs. ${shapeText(y.shape)}`);
    const cols = lastDim(y.shape);
    const out = rt.output(node, 0, y.dtype, y.shape);
    softmaxGradRows(g.numeric, y.numeric, out.numeric, rowCount(y.size, cols), cols);
    return [out];
  },
  // (g - s) * y with s = sum(g * y): linear in g (a SoftmaxGrad again), and
  // d/dy = h * (g - s) - g * sum(h * y).
  gradient: (node, [h]) => {
    const [g, y] = node.inputs;
    const s = reduceSum(mul(g, y), [-1], true);
    const t = reduceSum(mul(h!, y), [-1], true);
    return [SoftmaxGrad.make1([h!, y]), sub(mul(h!, sub(g, s)), mul(g, t))];
  },
  tf: op('SoftmaxGrad', 'grad: T, softmax: T', 'output: T', 'T: type', { gradbookOnly: true }),
});

export const Softmax = defineOp({
  type: OpType.Softmax, family: 'nn', inputs: ['logits'], attrs: {},
  infer: logitsRule(OpType.Softmax),
  compute: ([x], node, rt) => {
    const cols = lastDim(x.shape);
    const out = rt.output(node, 0, x.dtype, x.shape);
    softmaxRows(x.numeric, out.numeric, rowCount(x.size, cols), cols);
    return [out];
  },
  // dx = (g - sum(g * y)) * y, fused into one SoftmaxGrad op.
  gradient: (node, [g]) => [SoftmaxGrad.make1([g!, node.outputs[0]])],
  tf: op('Softmax', 'logits: T', 'softmax: T', 'T: type'),
});

export const LogSoftmax = defineOp({
  type: OpType.LogSoftmax, family: 'nn', inputs: ['logits'], attrs: {},
  infer: logitsRule(OpType.LogSoftmax),
  compute: ([x], node, rt) => {
    const cols = lastDim(x.shape);
    const out = rt.output(node, 0, x.dtype, x.shape);
    logSoftmaxRows(x.numeric, out.numeric, rowCount(x.size, cols), cols);
    return [out];
  },
  gradient: (node, [g]) => [sub(g!, mul(reduceSum(g!, [-1], true), exp(node.outputs[0])))],
  tf: op('LogSoftmax', 'logits: T', 'logsoftmax: T', 'T: type'),
});

/** Softmax-like ops work on the last axis; another axis is swapped to the end and back. */
function alongAxis(def: typeof Softmax, logits: TensorLike, axis: number, name?: string): Tensor {
  const x = convertToTensor(logits, null, 'logits');
  const rank = x.shape?.length;
  if (axis === -1 || (rank !== undefined && axis === rank - 1)) return def.make1([x], {}, name ?? def.type);
  if (rank === undefined) throw valueError(`${def.type} along axis ${axis} needs logits of known rank`);
  if (axis < -rank || axis >= rank) {
    throw new OpError('InvalidArgumentError', `Dimension (${axis}) must be in the range [${-rank}, ${rank}) where ${rank} is the number of dimensions in the input.`, null);
  }
  const a = (axis + rank) % rank;
  const perm = Array.from({ length: rank }, (_, i) => (i === a ? rank - 1 : i === rank - 1 ? a : i));
  const inner = def.make1([transpose(x, perm)]);
  return transpose(inner, perm, name);
}

export function softmax(logits: TensorLike, axis = -1, name?: string): Tensor { return alongAxis(Softmax, logits, axis, name); }
export function logSoftmax(logits: TensorLike, axis = -1, name?: string): Tensor { return alongAxis(LogSoftmax, logits, axis, name); }

const SOFTMAX_PARAMS = [
  { name: 'logits', type: 'tensor' },
  { name: 'axis', default: null, type: 'int', doc: 'the class axis (default -1, the last)' },
  { name: 'name', default: null, type: 'name' },
  { name: 'dim', default: null, type: 'int', doc: 'deprecated alias of axis' },
] as const;

export const SOFTMAX: OpGroup = {
  ops: [Softmax, LogSoftmax, SoftmaxGrad],
  api: [
    defineApi({ name: 'tf.nn.softmax', doc: 'Computes softmax activations: exp(logits) / reduce_sum(exp(logits), axis).', params: SOFTMAX_PARAMS },
      a => softmax(a.logits, deprecatedLookup(a.axis, a.dim) ?? -1, a.name ?? undefined), ['tf.math.softmax']),
    defineApi({ name: 'tf.nn.log_softmax', doc: 'Computes log softmax activations: logits - log(reduce_sum(exp(logits), axis)).', params: SOFTMAX_PARAMS },
      a => logSoftmax(a.logits, deprecatedLookup(a.axis, a.dim) ?? -1, a.name ?? undefined), ['tf.math.log_softmax']),
  ],
};
