// Conv2D (NHWC cross-correlation) and its two backprops. All three walk the same implicit
// im2col matrix — row m = one output position (b, oy, ox), column k = one filter tap
// (di, dj, c) — without materialising it: the filter [kh, kw, Cin, Cout] is already that
// matrix's [K, Cout] partner in row-major order, so every inner loop runs over Cout
// contiguous floats of a filter row and an output row.
import { registerKernel, ShapeError } from '../registry';
import type { NDArray } from '../../ndarray';
import type { Tensor } from '../../graph/tensor';
import type { Attrs } from '../../graph/operation';
import type { Dim } from '../../shape';
import { checkSameDType } from '../../ops/builder';
import { invalidArgument } from '../../errors';
import { requireFloat, requireRank, mergeDim, shapeFromShapeTensor, shapeText } from './util';
import { checkWindowAttrs, geometry, staticWindowedDim, requireNHWC, Geometry, Padding } from './window';

function convAttrs(attrs: Attrs, type: string) {
  const strides = checkWindowAttrs('stride', attrs.strides, type, true);
  const dilations = (attrs.dilations as number[] | undefined) ?? [1, 1, 1, 1];
  return { strides, dilations, padding: attrs.padding as Padding };
}

/** [N, Ho, Wo, Cout] from static input and filter shapes. */
function staticConvOutput(input: Dim[] | null, filter: Dim[] | null, attrs: Attrs, type: string): Dim[] {
  const { strides, dilations, padding } = convAttrs(attrs, type);
  if (input && filter) mergeDim(input[3], filter[2]);
  const spatial = (axis: 1 | 2) => {
    const n = input ? input[axis] : null, k = filter ? filter[axis - 1] : null;
    return k === null ? null : staticWindowedDim(n, (k - 1) * dilations[axis] + 1, strides[axis], padding);
  };
  return [input ? input[0] : null, spatial(1), spatial(2), filter ? filter[3] : null];
}

function runtimeGeometry(inShape: readonly number[], filterShape: readonly number[], attrs: Attrs, type: string): Geometry {
  const { strides, dilations, padding } = convAttrs(attrs, type);
  requireNHWC(attrs, type);
  if (strides[0] !== 1 || strides[3] !== 1) throw invalidArgument('Current implementation does not yet support strides in the batch and depth dimensions.');
  if (inShape.length !== 4) throw invalidArgument(`input must be 4-dimensional${shapeText(inShape)}`);
  if (filterShape.length !== 4) throw invalidArgument(`filter must be 4-dimensional: ${shapeText(filterShape)}`);
  if (inShape[3] !== filterShape[2]) {
    throw invalidArgument(`input and filter must have the same depth: ${inShape[3]} vs ${filterShape[2]}`);
  }
  return geometry(inShape, filterShape[0], filterShape[1], strides, padding, dilations);
}

/**
 * Visit every (output row m, input offset, filter row) triple that lies inside the input:
 * `visit(m, inputOffset, filterRow)` where inputOffset indexes Cin contiguous input values
 * and filterRow = (di * kw + dj) * Cin, the first of Cin filter rows.
 */
function forEachTap(g: Geometry, visit: (m: number, inputOffset: number, filterRow: number) => void): void {
  const { batch, inH, inW, channels, kh, kw, sh, sw, dh, dw, outH, outW, padTop, padLeft } = g;
  let m = 0;
  for (let b = 0; b < batch; b++) {
    for (let oy = 0; oy < outH; oy++) {
      for (let ox = 0; ox < outW; ox++, m++) {
        for (let di = 0; di < kh; di++) {
          const iy = oy * sh + di * dh - padTop;
          if (iy < 0 || iy >= inH) continue;
          for (let dj = 0; dj < kw; dj++) {
            const ix = ox * sw + dj * dw - padLeft;
            if (ix < 0 || ix >= inW) continue;
            visit(m, ((b * inH + iy) * inW + ix) * channels, (di * kw + dj) * channels);
          }
        }
      }
    }
  }
}

registerKernel({
  type: 'Conv2D', family: 'nn',
  infer: ([input, filter], attrs) => {
    requireFloat('Conv2D', 'input', input);
    checkSameDType('Conv2D', [input, filter], ['input', 'filter']);
    const x = requireRank(input.shape, 4), f = requireRank(filter.shape, 4);
    return [{ dtype: input.dtype, shape: staticConvOutput(x, f, attrs, 'Conv2D') }];
  },
  compute: ([input, filter], op, rt) => {
    const g = runtimeGeometry(input.shape, filter.shape, op.attrs, 'Conv2D');
    const cout = filter.shape[3], cin = g.channels;
    const out = rt.output(op, 0, input.dtype, [g.batch, g.outH, g.outW, cout]);
    const x = input.numeric, f = filter.numeric, o = out.numeric;
    o.fill(0);
    forEachTap(g, (m, inOff, fRow) => {
      const oBase = m * cout;
      for (let c = 0; c < cin; c++) {
        const v = x[inOff + c];
        if (v === 0) continue; // ReLU outputs and padding are mostly zeros
        const fBase = (fRow + c) * cout;
        for (let j = 0; j < cout; j++) o[oBase + j] += v * f[fBase + j];
      }
    });
    return [out];
  },
});

/** The runtime value of an int32 shape input (input_sizes, filter_sizes). */
function shapeInput(t: NDArray, what: string): number[] {
  if (t.rank !== 1 || t.size !== 4) throw invalidArgument(`${what} must be 1-dimensional with 4 elements, got ${shapeText(t.shape)}`);
  return Array.from(t.numeric);
}

function staticShapeInput(t: Tensor): Dim[] {
  const s = requireRank(t.shape, 1);
  if (s && s[0] !== null && s[0] !== 4) throw new ShapeError(`Dimension must be 4 but is ${s[0]}`);
  return shapeFromShapeTensor(t, 4);
}

registerKernel({
  type: 'Conv2DBackpropInput', family: 'nn',
  infer: ([inputSizes, filter, grad], attrs) => {
    requireFloat('Conv2DBackpropInput', 'filter', filter);
    checkSameDType('Conv2DBackpropInput', [filter, grad], ['filter', 'out_backprop']);
    requireRank(filter.shape, 4); requireRank(grad.shape, 4);
    convAttrs(attrs, 'Conv2DBackpropInput');
    const s = staticShapeInput(inputSizes);
    if (filter.shape) s[3] = mergeDim(s[3], filter.shape[2]);
    return [{ dtype: filter.dtype, shape: s }];
  },
  compute: ([inputSizes, filter, grad], op, rt) => {
    const inShape = shapeInput(inputSizes, 'input_sizes');
    const g = runtimeGeometry(inShape, filter.shape, op.attrs, 'Conv2DBackpropInput');
    const cout = filter.shape[3], cin = g.channels;
    checkBackpropShape(grad, [g.batch, g.outH, g.outW, cout]);
    const out = rt.output(op, 0, filter.dtype, inShape);
    const dx = out.numeric, f = filter.numeric, dy = grad.numeric;
    dx.fill(0);
    forEachTap(g, (m, inOff, fRow) => {
      const gBase = m * cout;
      for (let c = 0; c < cin; c++) {
        const fBase = (fRow + c) * cout;
        let s = 0;
        for (let j = 0; j < cout; j++) s += dy[gBase + j] * f[fBase + j];
        dx[inOff + c] += s;
      }
    });
    return [out];
  },
});

registerKernel({
  type: 'Conv2DBackpropFilter', family: 'nn',
  infer: ([input, filterSizes, grad], attrs) => {
    requireFloat('Conv2DBackpropFilter', 'input', input);
    checkSameDType('Conv2DBackpropFilter', [input, grad], ['input', 'out_backprop']);
    requireRank(input.shape, 4); requireRank(grad.shape, 4);
    convAttrs(attrs, 'Conv2DBackpropFilter');
    const s = staticShapeInput(filterSizes);
    if (input.shape) s[2] = mergeDim(s[2], input.shape[3]);
    return [{ dtype: input.dtype, shape: s }];
  },
  compute: ([input, filterSizes, grad], op, rt) => {
    const fShape = shapeInput(filterSizes, 'filter_sizes');
    const g = runtimeGeometry(input.shape, fShape, op.attrs, 'Conv2DBackpropFilter');
    const cout = fShape[3], cin = g.channels;
    checkBackpropShape(grad, [g.batch, g.outH, g.outW, cout]);
    const out = rt.output(op, 0, input.dtype, fShape);
    // Sums run over every output position: accumulate in float64, round once at the end.
    const acc = rt.opState(op, () => ({ buf: new Float64Array(0) }));
    if (acc.buf.length !== out.size) acc.buf = new Float64Array(out.size);
    const df = acc.buf, x = input.numeric, dy = grad.numeric;
    df.fill(0);
    forEachTap(g, (m, inOff, fRow) => {
      const gBase = m * cout;
      for (let c = 0; c < cin; c++) {
        const v = x[inOff + c];
        if (v === 0) continue;
        const fBase = (fRow + c) * cout;
        for (let j = 0; j < cout; j++) df[fBase + j] += v * dy[gBase + j];
      }
    });
    out.numeric.set(df);
    return [out];
  },
});

function checkBackpropShape(grad: NDArray, expected: number[]): void {
  if (grad.rank !== 4 || grad.shape.some((d, i) => d !== expected[i])) {
    throw invalidArgument(`Conv2DBackprop: out_backprop has shape ${shapeText(grad.shape)} but the convolution output is ${shapeText(expected)}`);
  }
}
