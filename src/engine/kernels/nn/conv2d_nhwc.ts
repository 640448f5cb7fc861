// The numeric core of Conv2D (NHWC cross-correlation, any strides and dilations) and its two
// backprops, as matrix products over the im2col matrix — row m = one output position
// (b, oy, ox), column k = one filter tap (di, dj, c). The filter [kh, kw, Cin, Cout] already is
// that matrix's [K, Cout] partner in row-major order. float32 runs on the WebAssembly SIMD gemm
// (conv_wasm.ts) when it is available; float64, and float32 without it (GRADBOOK_WASM=0, no
// SIMD, full arena), build im2col a tile of rows at a time into a buffer reused across runs,
// and each tile goes through the math family's register-blocked gemm.
// The op definitions (ops/nn/conv2d.ts) check shapes and handle layouts; these only compute.
import type { NumericArray } from '../../dtypes';
import { gemm } from '../math/gemm';
import type { Geometry } from './window';
import { im2col, col2imAdd } from './conv_im2col';
import { conv2dWasm, conv2dBackpropInputWasm, conv2dBackpropFilterWasm } from './conv_wasm';

/** Buffers one op keeps across runs (rt.opState), so a training step allocates nothing. */
export class ConvScratch {
  col: NumericArray | null = null;
  acc = new Float64Array(0);
  part = new Float64Array(0);

  /** The im2col tile buffer, of the same typed-array class as the data. */
  colBuffer(like: NumericArray, size: number): NumericArray {
    if (!this.col || this.col.length < size || this.col.constructor !== like.constructor) {
      this.col = like instanceof Float32Array ? new Float32Array(size) : new Float64Array(size);
    }
    return this.col;
  }
}

/** Rows of the im2col matrix per tile: a tile of about 64K values stays in cache. */
function tileRows(k: number): number { return Math.max(4, Math.floor(65536 / Math.max(k, 1) / 4) * 4); }

/** out[N, Ho, Wo, Cout] = conv(x[N, H, W, Cin], filter[kh, kw, Cin, Cout]). */
export function conv2dForward(x: NumericArray, filter: NumericArray, out: NumericArray, g: Geometry, cout: number, scratch: ConvScratch): void {
  const K = g.kh * g.kw * g.channels, M = g.batch * g.outH * g.outW;
  if (K === 0 || M === 0) { out.fill(0); return; }
  if (x instanceof Float32Array && filter instanceof Float32Array && conv2dWasm(x, filter, out as Float32Array, g, cout)) return;
  const rows = tileRows(K);
  const col = scratch.colBuffer(x, Math.min(rows, M) * K);
  // out[m0:m1, :] = col[m0:m1, :] · filter[K, Cout]
  for (let m0 = 0; m0 < M; m0 += rows) {
    const m1 = Math.min(m0 + rows, M);
    im2col(x, g, m0, m1, col, 0);
    gemm(col, 0, filter, 0, out, m0 * cout, m1 - m0, cout, K, false, false);
  }
}

/** dx[N, H, W, Cin] from dy[N, Ho, Wo, Cout] and the filter. */
export function conv2dInputGrad(filter: NumericArray, dy: NumericArray, dx: NumericArray, g: Geometry, cout: number, scratch: ConvScratch): void {
  const K = g.kh * g.kw * g.channels, M = g.batch * g.outH * g.outW;
  if (K === 0 || M === 0) { dx.fill(0); return; }
  if (filter instanceof Float32Array && dy instanceof Float32Array && conv2dBackpropInputWasm(filter, dy, dx as Float32Array, g, cout)) return;
  dx.fill(0);
  const rows = tileRows(K);
  const dcol = scratch.colBuffer(filter, Math.min(rows, M) * K);
  // dcol[m0:m1, :] = dy[m0:m1, :] · filterᵀ, then scattered back onto the input positions.
  for (let m0 = 0; m0 < M; m0 += rows) {
    const m1 = Math.min(m0 + rows, M);
    gemm(dy, m0 * cout, filter, 0, dcol, 0, m1 - m0, K, cout, false, true);
    col2imAdd(dcol, 0, g, m0, m1, dx);
  }
}

/** dfilter[kh, kw, Cin, Cout] from x and dy, summed over the batch in float64. */
export function conv2dFilterGrad(x: NumericArray, dy: NumericArray, dfilter: NumericArray, g: Geometry, cout: number, scratch: ConvScratch): void {
  const K = g.kh * g.kw * g.channels, M = g.batch * g.outH * g.outW;
  if (K === 0 || M === 0 || cout === 0) { dfilter.fill(0); return; }
  if (x instanceof Float32Array && dy instanceof Float32Array && conv2dBackpropFilterWasm(x, dy, dfilter as Float32Array, g, cout)) return;
  const rows = tileRows(K);
  if (scratch.acc.length !== K * cout) { scratch.acc = new Float64Array(K * cout); scratch.part = new Float64Array(K * cout); }
  const { acc, part } = scratch;
  acc.fill(0);
  const col = scratch.colBuffer(x, Math.max(Math.min(rows, M) * K, 1));
  // dfilter[K, Cout] = Σ over tiles of col[m0:m1, :]ᵀ · dy[m0:m1, :]
  for (let m0 = 0; m0 < M; m0 += rows) {
    const m1 = Math.min(m0 + rows, M);
    im2col(x, g, m0, m1, col, 0);
    gemm(col, 0, dy, m0 * cout, part, 0, K, cout, m1 - m0, true, false);
    for (let i = 0; i < acc.length; i++) acc[i] += part[i];
  }
  dfilter.set(acc);
}
