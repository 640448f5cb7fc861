// LRN (tf.nn.local_response_normalization, tf.nn.lrn) over the last (depth) axis of a 4-D
// input: y = x / (bias + alpha * sum(x² over depth_radius neighbours each side)) ** beta
// (alpha is not divided by the window size, unlike Caffe), and LRNGrad, its backprop:
// dx_j = g_j N_j^-β - 2αβ x_j Σ_{i: |i-j| <= r} g_i y_i / N_i.
import type { NumericArray } from '../../dtypes';
import type { Tensor } from '../../graph/tensor';
import { invalidArgument } from '../../errors';
import { requireFloat, requireRank, mergeShapeOrThrow, shapeText } from '../../kernels/nn/util';
import { sameShape } from '../../session/runtime';
import { defineApi } from '../../api/api_function';
import { checkSameDType, convertToTensor, TensorLike } from '../builder';
import { attr, AttrsOf } from '../attrs';
import { defineOp, NOT_DIFFERENTIABLE, OpDef, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { NAME_PARAM } from './api_args';

const LRN_ATTRS = {
  depth_radius: attr.int(5), bias: attr.float(1), alpha: attr.float(1), beta: attr.float(0.5),
};
type LrnAttrs = AttrsOf<typeof LRN_ATTRS>;
const TF_LRN_ATTRS = 'depth_radius: int = 5; bias: float = 1; alpha: float = 1; beta: float = 0.5; T: type = float';

/** N = bias + alpha * windowed sum of squares, per element (rows of `depth` values). */
function norms(x: NumericArray, n: NumericArray, depth: number, a: LrnAttrs): void {
  const r = a.depth_radius;
  for (let base = 0; base < x.length; base += depth) {
    for (let d = 0; d < depth; d++) {
      let s = 0;
      for (let j = Math.max(0, d - r), end = Math.min(depth - 1, d + r); j <= end; j++) s += x[base + j] * x[base + j];
      n[base + d] = a.bias + a.alpha * s;
    }
  }
}

function checkImage(shape: readonly number[], what: string): void {
  if (shape.length !== 4) throw invalidArgument(`${what} must be 4-dimensional, got ${shapeText(shape)}`);
}

export const LRNGrad: OpDef<typeof LRN_ATTRS> = defineOp({
  type: OpType.LRNGrad, family: 'nn', inputs: ['input_grads', 'input_image', 'output_image'], attrs: LRN_ATTRS,
  infer: ([g, x, y]) => {
    checkSameDType(OpType.LRNGrad, [g, x, y], ['input_grads', 'input_image', 'output_image']);
    const s = mergeShapeOrThrow(mergeShapeOrThrow(requireRank(g.shape, 4), requireRank(x.shape, 4)), requireRank(y.shape, 4));
    return [{ dtype: x.dtype, shape: s }];
  },
  compute: ([g, x, y], node, rt) => {
    checkImage(x.shape, 'input_image');
    if (!sameShape(g.shape, x.shape) || !sameShape(y.shape, x.shape)) {
      throw invalidArgument(`input_grads, input_image and output_image must have the same shape: ${shapeText(g.shape)}, ${shapeText(x.shape)}, ${shapeText(y.shape)}`);
    }
    const a = node.attrs, depth = x.shape[3], r = a.depth_radius;
    const xv = x.numeric, gv = g.numeric, yv = y.numeric;
    const n = new Float64Array(x.size);
    norms(xv, n, depth, a);
    const out = rt.output(node, 0, x.dtype, x.shape);
    const o = out.numeric;
    for (let base = 0; base < xv.length; base += depth) {
      for (let d = 0; d < depth; d++) {
        let s = 0;
        for (let i = Math.max(0, d - r), end = Math.min(depth - 1, d + r); i <= end; i++) s += gv[base + i] * yv[base + i] / n[base + i];
        o[base + d] = gv[base + d] * Math.pow(n[base + d], -a.beta) - 2 * a.alpha * a.beta * xv[base + d] * s;
      }
    }
    return [out];
  },
  // TF 1.15 registers no gradient for LRNGrad (tf.gradients through it raises LookupError there).
  gradient: NOT_DIFFERENTIABLE,
  tf: op('LRNGrad', 'input_grads: T, input_image: T, output_image: T', 'output: T', TF_LRN_ATTRS),
});

export const LRN: OpDef<typeof LRN_ATTRS> = defineOp({
  type: OpType.LRN, family: 'nn', inputs: ['input'], attrs: LRN_ATTRS,
  infer: ([x]) => {
    requireFloat(OpType.LRN, 'input', x);
    return [{ dtype: x.dtype, shape: requireRank(x.shape, 4) }];
  },
  compute: ([x], node, rt) => {
    checkImage(x.shape, 'input');
    const depth = x.shape[3], xv = x.numeric;
    const out = rt.output(node, 0, x.dtype, x.shape);
    const o = out.numeric;
    norms(xv, o, depth, node.attrs);
    for (let i = 0; i < xv.length; i++) o[i] = xv[i] * Math.pow(o[i], -node.attrs.beta);
    return [out];
  },
  gradient: (node, [g]) => [LRNGrad.make1([g!, node.inputs[0], node.outputs[0]], { ...node.attrs })],
  tf: op('LRN', 'input: T', 'output: T', TF_LRN_ATTRS),
});

export interface LrnOptions { depthRadius?: number; bias?: number; alpha?: number; beta?: number; name?: string }

/** tf.nn.local_response_normalization: one LRN op named `name ?? 'LRN'`. */
export function localResponseNormalization(input: TensorLike, opts: LrnOptions = {}): Tensor {
  const x = convertToTensor(input, null, 'input');
  return LRN.make1([x], { depth_radius: opts.depthRadius ?? 5, bias: opts.bias ?? 1, alpha: opts.alpha ?? 1, beta: opts.beta ?? 0.5 }, opts.name ?? OpType.LRN);
}

export const LRN_GROUP: OpGroup = {
  ops: [LRN, LRNGrad],
  api: [defineApi({
    name: 'tf.nn.local_response_normalization', doc: 'Local response normalization over the depth (last) axis of a 4-D input.',
    params: [{ name: 'input', type: 'tensor' }, { name: 'depth_radius', default: 5, type: 'int' }, { name: 'bias', default: 1, type: 'float' },
      { name: 'alpha', default: 1, type: 'float' }, { name: 'beta', default: 0.5, type: 'float' }, NAME_PARAM],
  }, a => localResponseNormalization(a.input, { depthRadius: a.depth_radius, bias: a.bias, alpha: a.alpha, beta: a.beta, name: a.name ?? undefined }),
  ['tf.nn.lrn'])],
};
