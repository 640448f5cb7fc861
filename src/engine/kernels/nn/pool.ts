// MaxPool and AvgPool over NHWC windows, and their backprops. Windows only see cells inside
// the input: padding never wins a max and is not counted in an average. Max ties go to the
// first maximum in row-major window order.
import { registerKernel } from '../registry';
import type { NDArray } from '../../ndarray';
import type { Attrs, Operation } from '../../graph/operation';
import type { Dim } from '../../shape';
import type { RuntimeContext } from '../../session/runtime';
import { checkSameDType } from '../../ops/builder';
import { invalidArgument } from '../../errors';
import { requireFloat, requireRank, mergeShapeOrThrow, shapeFromShapeTensor, shapeText } from './util';
import { checkWindowAttrs, geometry, staticWindowedDim, requireNHWC, Geometry, Padding } from './window';

function poolAttrs(attrs: Attrs, type: string) {
  const ksize = checkWindowAttrs('ksize', attrs.ksize, type);
  const strides = checkWindowAttrs('stride', attrs.strides, type);
  return { ksize, strides, padding: attrs.padding as Padding };
}

function staticPoolOutput(input: Dim[] | null, attrs: Attrs, type: string): Dim[] | null {
  const { ksize, strides, padding } = poolAttrs(attrs, type);
  if (!input) return [null, null, null, null];
  return [input[0], staticWindowedDim(input[1], ksize[1], strides[1], padding), staticWindowedDim(input[2], ksize[2], strides[2], padding), input[3]];
}

function poolGeometry(inShape: readonly number[], attrs: Attrs, type: string): Geometry {
  const { ksize, strides, padding } = poolAttrs(attrs, type);
  requireNHWC(attrs, type);
  if (inShape.length !== 4) throw invalidArgument(`tensor_in must be 4-dimensional`);
  for (let i = 0; i < 4; i++) if (!(ksize[i] > 0)) throw invalidArgument(`Sliding window ksize for dimension ${i} was zero.`);
  if (ksize[0] !== 1 || strides[0] !== 1) throw invalidArgument('Pooling is not yet supported on the batch dimension.');
  if (ksize[3] !== 1 || strides[3] !== 1) throw invalidArgument('Depthwise pooling is not supported.');
  return geometry(inShape, ksize[1], ksize[2], strides, padding);
}

/** Window bounds per output row and column, clipped to the input (padding is outside). */
interface Bounds { y0: Int32Array; y1: Int32Array; x0: Int32Array; x1: Int32Array }
function windowBounds(g: Geometry): Bounds {
  const b: Bounds = { y0: new Int32Array(g.outH), y1: new Int32Array(g.outH), x0: new Int32Array(g.outW), x1: new Int32Array(g.outW) };
  for (let oy = 0; oy < g.outH; oy++) { const s = oy * g.sh - g.padTop; b.y0[oy] = Math.max(s, 0); b.y1[oy] = Math.min(s + g.kh, g.inH); }
  for (let ox = 0; ox < g.outW; ox++) { const s = ox * g.sw - g.padLeft; b.x0[ox] = Math.max(s, 0); b.x1[ox] = Math.min(s + g.kw, g.inW); }
  return b;
}

const outShape = (g: Geometry) => [g.batch, g.outH, g.outW, g.channels];

registerKernel({
  type: 'MaxPool', family: 'nn',
  infer: ([x], attrs) => {
    requireFloat('MaxPool', 'input', x);
    return [{ dtype: x.dtype, shape: staticPoolOutput(requireRank(x.shape, 4), attrs, 'MaxPool') }];
  },
  compute: ([input], op, rt) => {
    const g = poolGeometry(input.shape, op.attrs, 'MaxPool');
    const out = rt.output(op, 0, input.dtype, outShape(g));
    const x = input.numeric, o = out.numeric, C = g.channels, rowStride = g.inW * C, { y0, y1, x0, x1 } = windowBounds(g);
    // One channel's whole window at a time, its running max in a local: each output is
    // written once instead of read and rewritten for every window cell.
    for (let bt = 0, oOff = 0; bt < g.batch; bt++) {
      for (let oy = 0; oy < g.outH; oy++) {
        for (let ox = 0; ox < g.outW; ox++, oOff += C) {
          const first = ((bt * g.inH + y0[oy]) * g.inW + x0[ox]) * C;
          const rows = y1[oy] - y0[oy], cols = x1[ox] - x0[ox];
          if (rows === 2 && cols === 2) {
            // The 2x2 window of most nets, unrolled (same order: NaN never wins).
            for (let c = 0, p = first; c < C; c++, p++) {
              let best = -Infinity, v = x[p];
              if (v > best) best = v;
              v = x[p + C]; if (v > best) best = v;
              v = x[p + rowStride]; if (v > best) best = v;
              v = x[p + rowStride + C]; if (v > best) best = v;
              o[oOff + c] = best;
            }
            continue;
          }
          for (let c = 0; c < C; c++) {
            let best = -Infinity;
            for (let r = 0, p = first + c; r < rows; r++, p += rowStride) {
              for (let q = 0, i = p; q < cols; q++, i += C) { const v = x[i]; if (v > best) best = v; }
            }
            o[oOff + c] = best;
          }
        }
      }
    }
    return [out];
  },
});

/** For every output cell and channel, the flat input index of its window's first maximum. */
function argmaxes(input: NDArray, g: Geometry, op: Operation, rt: RuntimeContext): Int32Array {
  const state = rt.opState(op, () => ({ index: new Int32Array(0), best: new Float64Array(0) }));
  const n = g.batch * g.outH * g.outW * g.channels;
  if (state.index.length !== n) { state.index = new Int32Array(n); state.best = new Float64Array(n); }
  const { index, best } = state;
  const x = input.numeric, C = g.channels, { y0, y1, x0, x1 } = windowBounds(g);
  for (let bt = 0, oOff = 0; bt < g.batch; bt++) {
    for (let oy = 0; oy < g.outH; oy++) {
      for (let ox = 0; ox < g.outW; ox++, oOff += C) {
        for (let c = 0; c < C; c++) { best[oOff + c] = -Infinity; index[oOff + c] = -1; }
        for (let iy = y0[oy]; iy < y1[oy]; iy++) {
          for (let ix = x0[ox], iOff = ((bt * g.inH + iy) * g.inW + ix) * C; ix < x1[ox]; ix++) {
            for (let c = 0; c < C; c++, iOff++) {
              const v = x[iOff];
              if (v > best[oOff + c] || index[oOff + c] < 0) { best[oOff + c] = v; index[oOff + c] = iOff; }
            }
          }
        }
      }
    }
  }
  return index;
}

registerKernel({
  type: 'MaxPoolGrad', family: 'nn',
  infer: ([origInput, origOutput, grad], attrs) => {
    checkSameDType('MaxPoolGrad', [origInput, origOutput, grad], ['orig_input', 'orig_output', 'grad']);
    requireRank(origOutput.shape, 4);
    const s = requireRank(origInput.shape, 4);
    mergeShapeOrThrow(staticPoolOutput(s, attrs, 'MaxPoolGrad'), requireRank(grad.shape, 4));
    return [{ dtype: origInput.dtype, shape: origInput.shape }];
  },
  compute: ([origInput, , grad], op, rt) => {
    const g = poolGeometry(origInput.shape, op.attrs, 'MaxPoolGrad');
    checkGradShape(grad, outShape(g), 'MaxPoolGrad');
    const out = rt.output(op, 0, origInput.dtype, origInput.shape);
    const dx = out.numeric, dy = grad.numeric, x = origInput.numeric, C = g.channels, rowStride = g.inW * C;
    const { y0, y1, x0, x1 } = windowBounds(g);
    dx.fill(0);
    // argmaxes' rule (first maximum; the first cell when nothing beats it), found in locals per
    // window and channel, and the gradient routed at once: no index array in between.
    for (let bt = 0, oOff = 0; bt < g.batch; bt++) {
      for (let oy = 0; oy < g.outH; oy++) {
        for (let ox = 0; ox < g.outW; ox++, oOff += C) {
          const first = ((bt * g.inH + y0[oy]) * g.inW + x0[ox]) * C;
          const rows = y1[oy] - y0[oy], cols = x1[ox] - x0[ox];
          if (rows === 2 && cols === 2) {
            for (let c = 0, p = first; c < C; c++, p++) {
              let best = x[p], at = p, v = x[p + C];
              if (v > best) { best = v; at = p + C; }
              v = x[p + rowStride]; if (v > best) { best = v; at = p + rowStride; }
              v = x[p + rowStride + C]; if (v > best) { best = v; at = p + rowStride + C; }
              dx[at] += dy[oOff + c];
            }
            continue;
          }
          for (let c = 0; c < C; c++) {
            let best = x[first + c], at = first + c;
            for (let r = 0, p = first + c; r < rows; r++, p += rowStride) {
              for (let q = 0, i = p; q < cols; q++, i += C) { const v = x[i]; if (v > best) { best = v; at = i; } }
            }
            dx[at] += dy[oOff + c];
          }
        }
      }
    }
    return [out];
  },
});

// The gradient of MaxPoolGrad with respect to its `grad` input: route each window's argmax
// value of the incoming (input-shaped) gradient to the output cell.
registerKernel({
  type: 'MaxPoolGradGrad', family: 'nn',
  infer: ([origInput, origOutput, grad], attrs) => {
    checkSameDType('MaxPoolGradGrad', [origInput, origOutput, grad], ['orig_input', 'orig_output', 'grad']);
    const s = requireRank(origInput.shape, 4);
    mergeShapeOrThrow(s, requireRank(grad.shape, 4));
    return [{ dtype: origInput.dtype, shape: staticPoolOutput(s, attrs, 'MaxPoolGradGrad') }];
  },
  compute: ([origInput, , grad], op, rt) => {
    const g = poolGeometry(origInput.shape, op.attrs, 'MaxPoolGradGrad');
    checkGradShape(grad, origInput.shape, 'MaxPoolGradGrad');
    const index = argmaxes(origInput, g, op, rt);
    const out = rt.output(op, 0, origInput.dtype, outShape(g));
    const o = out.numeric, d = grad.numeric;
    for (let i = 0; i < index.length; i++) o[i] = d[index[i]];
    return [out];
  },
});

registerKernel({
  type: 'AvgPool', family: 'nn',
  infer: ([x], attrs) => {
    requireFloat('AvgPool', 'value', x);
    return [{ dtype: x.dtype, shape: staticPoolOutput(requireRank(x.shape, 4), attrs, 'AvgPool') }];
  },
  compute: ([input], op, rt) => {
    const g = poolGeometry(input.shape, op.attrs, 'AvgPool');
    const out = rt.output(op, 0, input.dtype, outShape(g));
    const x = input.numeric, o = out.numeric, C = g.channels, { y0, y1, x0, x1 } = windowBounds(g);
    for (let bt = 0, oOff = 0; bt < g.batch; bt++) {
      for (let oy = 0; oy < g.outH; oy++) {
        for (let ox = 0; ox < g.outW; ox++, oOff += C) {
          for (let c = 0; c < C; c++) o[oOff + c] = 0;
          for (let iy = y0[oy]; iy < y1[oy]; iy++) {
            for (let ix = x0[ox], iOff = ((bt * g.inH + iy) * g.inW + ix) * C; ix < x1[ox]; ix++) {
              for (let c = 0; c < C; c++, iOff++) o[oOff + c] += x[iOff];
            }
          }
          const count = (y1[oy] - y0[oy]) * (x1[ox] - x0[ox]);
          for (let c = 0; c < C; c++) o[oOff + c] /= count;
        }
      }
    }
    return [out];
  },
});

registerKernel({
  type: 'AvgPoolGrad', family: 'nn',
  infer: ([origShape, grad], attrs) => {
    requireFloat('AvgPoolGrad', 'grad', grad);
    requireRank(origShape.shape, 1);
    const s = shapeFromShapeTensor(origShape, 4);
    mergeShapeOrThrow(staticPoolOutput(s, attrs, 'AvgPoolGrad'), requireRank(grad.shape, 4));
    return [{ dtype: grad.dtype, shape: s }];
  },
  compute: ([origShape, grad], op, rt) => {
    if (origShape.rank !== 1 || origShape.size !== 4) throw invalidArgument(`orig_input_shape must be 1-dimensional and 4 elements`);
    const inShape = Array.from(origShape.numeric);
    const g = poolGeometry(inShape, op.attrs, 'AvgPoolGrad');
    checkGradShape(grad, outShape(g), 'AvgPoolGrad');
    const out = rt.output(op, 0, grad.dtype, inShape);
    const dx = out.numeric, dy = grad.numeric, C = g.channels, { y0, y1, x0, x1 } = windowBounds(g);
    dx.fill(0);
    for (let bt = 0, oOff = 0; bt < g.batch; bt++) {
      for (let oy = 0; oy < g.outH; oy++) {
        for (let ox = 0; ox < g.outW; ox++, oOff += C) {
          const scale = 1 / ((y1[oy] - y0[oy]) * (x1[ox] - x0[ox]));
          for (let iy = y0[oy]; iy < y1[oy]; iy++) {
            for (let ix = x0[ox], iOff = ((bt * g.inH + iy) * g.inW + ix) * C; ix < x1[ox]; ix++) {
              for (let c = 0; c < C; c++, iOff++) dx[iOff] += dy[oOff + c] * scale;
            }
          }
        }
      }
    }
    return [out];
  },
});

function checkGradShape(grad: NDArray, expected: readonly number[], type: string): void {
  if (grad.rank !== 4 || grad.shape.some((d, i) => d !== expected[i])) {
    throw invalidArgument(`${type}: grad has shape ${shapeText(grad.shape)}, expected ${shapeText(expected)}`);
  }
}
