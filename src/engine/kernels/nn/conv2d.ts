// Conv2D (NHWC cross-correlation) and its two backprops, as matrix products over the im2col
// matrix — row m = one output position (b, oy, ox), column k = one filter tap (di, dj, c).
// The filter [kh, kw, Cin, Cout] already is that matrix's [K, Cout] partner in row-major
// order. float32 runs on the WebAssembly SIMD gemm (conv_wasm.ts) when it is available; float64,
// and float32 without it (GRADBOOK_WASM=0, no SIMD, full arena), build im2col a tile of rows at
// a time into a buffer reused across runs, and each tile goes through the math family's
// register-blocked gemm.
import { registerKernel, ShapeError } from '../registry';
import type { NDArray } from '../../ndarray';
import type { Tensor } from '../../graph/tensor';
import type { Attrs, Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import type { NumericArray } from '../../dtypes';
import { gemm } from '../math/gemm';
import type { Dim } from '../../shape';
import { checkSameDType } from '../../ops/builder';
import { invalidArgument } from '../../errors';
import { requireFloat, requireRank, mergeDim, shapeFromShapeTensor, shapeText } from './util';
import { checkWindowAttrs, geometry, staticWindowedDim, requireNHWC, Geometry, Padding } from './window';
import { im2col, col2imAdd } from './conv_im2col';
import { conv2dWasm, conv2dBackpropInputWasm, conv2dBackpropFilterWasm } from './conv_wasm';

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

/** Rows of the im2col matrix per tile: a tile of about 64K values stays in cache. */
function tileRows(k: number): number { return Math.max(4, Math.floor(65536 / Math.max(k, 1) / 4) * 4); }

/** The tile buffer of one op, reused across runs (same typed-array class as the data). */
function colBuffer(op: Operation, rt: RuntimeContext, like: NumericArray, size: number): NumericArray {
  const state = rt.opState(op, () => ({ buf: null as NumericArray | null }));
  if (!state.buf || state.buf.length < size || state.buf.constructor !== like.constructor) {
    state.buf = like instanceof Float32Array ? new Float32Array(size) : new Float64Array(size);
  }
  return state.buf;
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
    const cout = filter.shape[3], K = g.kh * g.kw * g.channels, M = g.batch * g.outH * g.outW;
    const out = rt.output(op, 0, input.dtype, [g.batch, g.outH, g.outW, cout]);
    if (K === 0 || M === 0) { out.numeric.fill(0); return [out]; }
    if (input.numeric instanceof Float32Array && filter.numeric instanceof Float32Array
      && conv2dWasm(input.numeric, filter.numeric, out.numeric as Float32Array, g, cout)) return [out];
    const rows = tileRows(K);
    const col = colBuffer(op, rt, input.numeric, Math.min(rows, M) * K);
    // out[m0:m1, :] = col[m0:m1, :] · filter[K, Cout]
    for (let m0 = 0; m0 < M; m0 += rows) {
      const m1 = Math.min(m0 + rows, M);
      im2col(input.numeric, g, m0, m1, col, 0);
      gemm(col, 0, filter.numeric, 0, out.numeric, m0 * cout, m1 - m0, cout, K, false, false);
    }
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
    const cout = filter.shape[3], K = g.kh * g.kw * g.channels, M = g.batch * g.outH * g.outW;
    checkBackpropShape(grad, [g.batch, g.outH, g.outW, cout]);
    const out = rt.output(op, 0, filter.dtype, inShape);
    if (K === 0 || M === 0) { out.numeric.fill(0); return [out]; }
    if (filter.numeric instanceof Float32Array && grad.numeric instanceof Float32Array
      && conv2dBackpropInputWasm(filter.numeric, grad.numeric, out.numeric as Float32Array, g, cout)) return [out];
    out.numeric.fill(0);
    const rows = tileRows(K);
    const dcol = colBuffer(op, rt, filter.numeric, Math.min(rows, M) * K);
    // dcol[m0:m1, :] = dy[m0:m1, :] · filterᵀ, then scattered back onto the input positions.
    for (let m0 = 0; m0 < M; m0 += rows) {
      const m1 = Math.min(m0 + rows, M);
      gemm(grad.numeric, m0 * cout, filter.numeric, 0, dcol, 0, m1 - m0, K, cout, false, true);
      col2imAdd(dcol, 0, g, m0, m1, out.numeric);
    }
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
    const cout = fShape[3], K = g.kh * g.kw * g.channels, M = g.batch * g.outH * g.outW;
    checkBackpropShape(grad, [g.batch, g.outH, g.outW, cout]);
    const out = rt.output(op, 0, input.dtype, fShape);
    if (K === 0 || M === 0 || cout === 0) { out.numeric.fill(0); return [out]; }
    if (input.numeric instanceof Float32Array && grad.numeric instanceof Float32Array
      && conv2dBackpropFilterWasm(input.numeric, grad.numeric, out.numeric as Float32Array, g, cout)) return [out];
    const rows = tileRows(K);
    const state = rt.opState(op, () => ({ acc: new Float64Array(0), part: new Float64Array(0) }));
    if (state.acc.length !== K * cout) { state.acc = new Float64Array(K * cout); state.part = new Float64Array(K * cout); }
    const { acc, part } = state;
    acc.fill(0);
    const col = colBuffer(op, rt, input.numeric, Math.max(Math.min(rows, M) * K, 1));
    // dfilter[K, Cout] = Σ over tiles of col[m0:m1, :]ᵀ · dy[m0:m1, :], summed in float64.
    for (let m0 = 0; m0 < M; m0 += rows) {
      const m1 = Math.min(m0 + rows, M);
      im2col(input.numeric, g, m0, m1, col, 0);
      gemm(col, 0, grad.numeric, m0 * cout, part, 0, K, cout, m1 - m0, true, false);
      for (let i = 0; i < acc.length; i++) acc[i] += part[i];
    }
    out.numeric.set(acc);
    return [out];
  },
});

function checkBackpropShape(grad: NDArray, expected: number[]): void {
  if (grad.rank !== 4 || grad.shape.some((d, i) => d !== expected[i])) {
    throw invalidArgument(`Conv2DBackprop: out_backprop has shape ${shapeText(grad.shape)} but the convolution output is ${shapeText(expected)}`);
  }
}
