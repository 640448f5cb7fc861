// BiasAdd adds a per-channel bias; BiasAddGrad sums its gradient over everything but the
// channel axis (tf.nn.bias_add, tf.nn.xw_plus_b, tf.nn.relu_layer). A tensor is seen as
// [outer, channels, inner]: NHWC has inner = 1; NCHW's channel axis is the third from last
// (rank 3 and up) as in TF's kernel.
import type { Tensor } from '../../graph/tensor';
import type { Dim } from '../../shape';
import { invalidArgument } from '../../errors';
import { requireRank, requireRankAtLeast, mergeDim, shapeText } from '../../kernels/nn/util';
import { defineApi } from '../../api/api_function';
import { checkSameDType, convertToTensor, TensorLike } from '../builder';
import { attr } from '../attrs';
import { defineOp, OpDef, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { zerosLike } from '../../gradients/families/math/graph_ops';
import { getDefaultGraph } from '../../graph/default_graph';
import { matmul } from '../math/matmul';
import { relu } from './activations';
import { NAME_PARAM } from './api_args';
import { wasmBiasAddF32, wasmColumnSumsF32 } from '../../kernels/wasm/bias';

const BIAS_ATTRS = { data_format: attr.oneOf(['NHWC', 'NCHW'] as const, 'NHWC') };
type BiasFormat = 'NHWC' | 'NCHW';

function channelAxis(format: BiasFormat, rank: number): number {
  return format === 'NCHW' ? Math.max(rank - 3, 1) : rank - 1;
}
function layout(shape: readonly number[], axis: number): [number, number, number] {
  let outer = 1, inner = 1;
  for (let i = 0; i < axis; i++) outer *= shape[i];
  for (let i = axis + 1; i < shape.length; i++) inner *= shape[i];
  return [outer, shape[axis], inner];
}

/**
 * The float32 channels-last forms (LSTM's gates, [32,512], 28 of each a training step) in
 * functions of their own, so their loops only ever meet Float32Arrays. `float32Columns` off runs
 * the general loops (benches and tests compare the two).
 */
export const biasAddTuning = { float32Columns: true };

/**
 * o[c] = x[0,c] + x[1,c] + ... in row order, each partial sum rounded to float32: the bits of the
 * general loop's `o[c] += x[i]` into a zeroed Float32Array, four columns at a time in locals
 * instead of a load and a store of o[c] per element (10-12 µs against 24-30 for [32,512]).
 */
function columnSumsF32(x: Float32Array, o: Float32Array, outer: number, channels: number): void {
  const end = outer * channels;
  let c = 0;
  for (; c + 4 <= channels; c += 4) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let i = c; i < end; i += channels) {
      s0 = Math.fround(s0 + x[i]); s1 = Math.fround(s1 + x[i + 1]); s2 = Math.fround(s2 + x[i + 2]); s3 = Math.fround(s3 + x[i + 3]);
    }
    o[c] = s0; o[c + 1] = s1; o[c + 2] = s2; o[c + 3] = s3;
  }
  for (; c < channels; c++) {
    let s = 0;
    for (let i = c; i < end; i += channels) s = Math.fround(s + x[i]);
    o[c] = s;
  }
}

/** o[r,c] = x[r,c] + b[c] for float32 arrays, one running index. */
function addRowsF32(x: Float32Array, b: Float32Array, o: Float32Array, outer: number, channels: number): void {
  for (let base = 0, end = outer * channels; base < end; base += channels) {
    for (let c = 0, i = base; c < channels; c++, i++) o[i] = x[i] + b[c];
  }
}

export const BiasAddGrad: OpDef<typeof BIAS_ATTRS> = defineOp({
  type: OpType.BiasAddGrad, family: 'nn', inputs: ['out_backprop'], attrs: BIAS_ATTRS,
  infer: ([g], attrs) => {
    const s = requireRankAtLeast(g.shape, 2);
    return [{ dtype: g.dtype, shape: [s ? s[channelAxis(attrs.data_format, s.length)] : null] }];
  },
  compute: ([g], node, rt) => {
    if (g.rank < 2) throw invalidArgument(`Input tensor must be at least 2D: ${shapeText(g.shape)}`);
    const [outer, channels, inner] = layout(g.shape, channelAxis(node.attrs.data_format, g.rank));
    const out = rt.output(node, 0, g.dtype, [channels]);
    const o = out.numeric, x = g.numeric;
    if (inner === 1 && x instanceof Float32Array && o instanceof Float32Array && biasAddTuning.float32Columns) {
      if (!wasmColumnSumsF32(x, o, outer, channels)) columnSumsF32(x, o, outer, channels);
      return [out];
    }
    o.fill(0);
    for (let r = 0, i = 0; r < outer; r++) {
      for (let c = 0; c < channels; c++) {
        let s = 0;
        for (let k = 0; k < inner; k++, i++) s += x[i];
        o[c] += s;
      }
    }
    return [out];
  },
  // Its transpose broadcasts a channel vector back over the shape: BiasAdd onto zeros.
  gradient: (node, [h]) => [BiasAdd.make1([zerosLike(node.inputs[0]), h!], { data_format: node.attrs.data_format })],
  tf: op('BiasAddGrad', 'out_backprop: T', 'output: T', 'T: type; data_format: string = "NHWC"'),
});

export const BiasAdd: OpDef<typeof BIAS_ATTRS> = defineOp({
  type: OpType.BiasAdd, family: 'nn', inputs: ['value', 'bias'], attrs: BIAS_ATTRS,
  infer: ([value, bias], attrs) => {
    checkSameDType(OpType.BiasAdd, [value, bias], ['value', 'bias']);
    const v = requireRankAtLeast(value.shape, 2);
    const b = requireRank(bias.shape, 1);
    if (!v) return [{ dtype: value.dtype, shape: null }];
    const out: Dim[] = v.slice();
    const axis = channelAxis(attrs.data_format, v.length);
    out[axis] = mergeDim(v[axis], b ? b[0] : null);
    return [{ dtype: value.dtype, shape: out }];
  },
  compute: ([value, bias], node, rt) => {
    if (value.rank < 2) throw invalidArgument(`Input tensor must be at least 2D: ${shapeText(value.shape)}`);
    if (bias.rank !== 1) throw invalidArgument(`Biases must be 1D: ${shapeText(bias.shape)}`);
    const [outer, channels, inner] = layout(value.shape, channelAxis(node.attrs.data_format, value.rank));
    if (bias.shape[0] !== channels) {
      throw invalidArgument(`Must provide as many biases as the last dimension of the input tensor: ${shapeText(bias.shape)} vs. ${shapeText(value.shape)}`);
    }
    const out = rt.output(node, 0, value.dtype, value.shape);
    const x = value.numeric, b = bias.numeric, o = out.numeric;
    if (inner === 1 && x instanceof Float32Array && b instanceof Float32Array && o instanceof Float32Array && biasAddTuning.float32Columns) {
      if (!wasmBiasAddF32(x, b, o, outer, channels)) addRowsF32(x, b, o, outer, channels);
    } else if (inner === 1) {
      for (let r = 0, base = 0; r < outer; r++, base += channels) {
        for (let c = 0; c < channels; c++) o[base + c] = x[base + c] + b[c];
      }
    } else {
      for (let r = 0, i = 0; r < outer; r++) {
        for (let c = 0; c < channels; c++) {
          const bc = b[c];
          for (let k = 0; k < inner; k++, i++) o[i] = x[i] + bc;
        }
      }
    }
    return [out];
  },
  gradient: (node, [g]) => [g, BiasAddGrad.make1([g!], { data_format: node.attrs.data_format })],
  tf: op('BiasAdd', 'value: T, bias: T', 'output: T', 'T: type; data_format: string = "NHWC"'),
});

/** tf.nn.bias_add: scope `BiasAdd`, the bias converted to the value's dtype. */
export function biasAdd(value: TensorLike, bias: TensorLike, dataFormat?: BiasFormat | null, name?: string): Tensor {
  const x = convertToTensor(value, null, 'input');
  return x.graph.withNameScope(name ?? null, OpType.BiasAdd, scope => {
    const b = convertToTensor(bias, x.dtype, 'bias');
    return BiasAdd.make1([x, b], dataFormat ? { data_format: dataFormat } : {}, scope);
  });
}

/** tf.nn.xw_plus_b: matmul(x, weights) + biases in scope `xw_plus_b`. */
export function xwPlusB(x: TensorLike, weights: TensorLike, biases: TensorLike, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'xw_plus_b', scope => {
    const xt = convertToTensor(x, null, 'x');
    const w = convertToTensor(weights, null, 'weights');
    const b = convertToTensor(biases, null, 'biases');
    return biasAdd(matmul(xt, w), b, null, scope);
  });
}

/** tf.nn.relu_layer: relu(matmul(x, weights) + biases) in scope `relu_layer`. */
export function reluLayer(x: TensorLike, weights: TensorLike, biases: TensorLike, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'relu_layer', scope => {
    const xt = convertToTensor(x, null, 'x');
    const w = convertToTensor(weights, null, 'weights');
    const b = convertToTensor(biases, null, 'biases');
    return relu(biasAdd(matmul(xt, w), b), scope);
  });
}

const LAYER_PARAMS = [{ name: 'x', type: 'tensor' }, { name: 'weights', type: 'tensor' }, { name: 'biases', type: 'tensor' }, NAME_PARAM] as const;

export const BIAS_ADD: OpGroup = {
  ops: [BiasAdd, BiasAddGrad],
  api: [
    defineApi({
      name: 'tf.nn.bias_add', doc: 'Adds bias to value: a 1-D bias along the channel axis (last for NHWC, 1 for NCHW).',
      params: [{ name: 'value', type: 'tensor' }, { name: 'bias', type: 'tensor' },
        { name: 'data_format', default: null, type: 'str', doc: "'NHWC' (default) or 'NCHW'" }, NAME_PARAM],
    }, a => biasAdd(a.value, a.bias, a.data_format as BiasFormat | null, a.name ?? undefined)),
    defineApi({ name: 'tf.nn.xw_plus_b', doc: 'Computes matmul(x, weights) + biases.', params: LAYER_PARAMS },
      a => xwPlusB(a.x, a.weights, a.biases, a.name ?? undefined)),
    defineApi({ name: 'tf.nn.relu_layer', doc: 'Computes relu(matmul(x, weights) + biases).', params: LAYER_PARAMS },
      a => reluLayer(a.x, a.weights, a.biases, a.name ?? undefined)),
  ],
};
