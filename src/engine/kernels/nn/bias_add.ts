// BiasAdd adds a per-channel bias; BiasAddGrad sums its gradient over everything but the
// channel axis. A tensor is seen as [outer, channels, inner]: NHWC has inner = 1.
import { registerKernel } from '../registry';
import type { Operation } from '../../graph/operation';
import { checkSameDType } from '../../ops/builder';
import { invalidArgument } from '../../errors';
import { requireRank, requireRankAtLeast, mergeDim, shapeText } from './util';
import type { Dim } from '../../shape';

function channelAxis(op: { attrs: Operation['attrs'] }, rank: number): number {
  return op.attrs.data_format === 'NCHW' ? Math.max(rank - 3, 1) : rank - 1;
}
function layout(shape: readonly number[], axis: number): [number, number, number] {
  let outer = 1, inner = 1;
  for (let i = 0; i < axis; i++) outer *= shape[i];
  for (let i = axis + 1; i < shape.length; i++) inner *= shape[i];
  return [outer, shape[axis], inner];
}

registerKernel({
  type: 'BiasAdd', family: 'nn',
  infer: ([value, bias], attrs) => {
    checkSameDType('BiasAdd', [value, bias], ['value', 'bias']);
    const v = requireRankAtLeast(value.shape, 2);
    const b = requireRank(bias.shape, 1);
    if (!v) return [{ dtype: value.dtype, shape: null }];
    const out: Dim[] = v.slice();
    const axis = channelAxis({ attrs }, v.length);
    out[axis] = mergeDim(v[axis], b ? b[0] : null);
    return [{ dtype: value.dtype, shape: out }];
  },
  compute: ([value, bias], op, rt) => {
    if (value.rank < 2) throw invalidArgument(`Input tensor must be at least 2D: ${shapeText(value.shape)}`);
    if (bias.rank !== 1) throw invalidArgument(`Biases must be 1D: ${shapeText(bias.shape)}`);
    const axis = channelAxis(op, value.rank);
    const [outer, channels, inner] = layout(value.shape, axis);
    if (bias.shape[0] !== channels) {
      throw invalidArgument(`Must provide as many biases as the last dimension of the input tensor: ${shapeText(bias.shape)} vs. ${shapeText(value.shape)}`);
    }
    const out = rt.output(op, 0, value.dtype, value.shape);
    const x = value.numeric, b = bias.numeric, o = out.numeric;
    if (inner === 1) {
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
});

registerKernel({
  type: 'BiasAddGrad', family: 'nn',
  infer: ([g], attrs) => {
    const s = requireRankAtLeast(g.shape, 2);
    return [{ dtype: g.dtype, shape: [s ? s[channelAxis({ attrs }, s.length)] : null] }];
  },
  compute: ([g], op, rt) => {
    if (g.rank < 2) throw invalidArgument(`Input tensor must be at least 2D: ${shapeText(g.shape)}`);
    const axis = channelAxis(op, g.rank);
    const [outer, channels, inner] = layout(g.shape, axis);
    const out = rt.output(op, 0, g.dtype, [channels]);
    const o = out.numeric, x = g.numeric;
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
});
