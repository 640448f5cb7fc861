// float32 Conv2D and its two backprops on the WebAssembly SIMD kernels (wasm/gemm.wat). Each call
// lays its operands out in one scratch block of the kernel memory and walks the batch a tile of
// output positions at a time: the images a tile reads are copied in, its im2col rows are built
// there by the module's im2col (or, for the input gradient, added back by col2im_add), and the
// tile's gemm runs in place. The block stays about a megabyte whatever the batch (a whole-batch
// im2col of the 28x28x32 layer over 4,500 test images would be 1.4 GB).
// Each function returns false, having written nothing, when the kernels are unavailable, the
// shape does not suit gemm_outer (it needs N >= 4) or the arena is full: the JS path then runs.
import { wasmKernels, WasmKernels } from '../wasm/module';
import { ScratchBlock, heapF32, layout, layoutBytes } from '../wasm/scratch';
import type { Geometry } from './window';

const scratch = new ScratchBlock();

/** Floats per tile (im2col rows plus their gemm partner rows): about 1 MB, within the L2 cache. */
const TILE_FLOATS = 256 * 1024;

interface Tiling {
  K: number; M: number;
  /** Output positions per tile: whole images when one fits, so tiles never share an image. */
  rows: number;
  perImage: number; imageFloats: number;
  /** Images a tile can touch (one more when tiles start mid-image). */
  maxImages: number;
  /** The geometry arguments of the module's im2col and col2im_add. */
  walk: number[];
}

function tiling(g: Geometry, cout: number): Tiling {
  const K = g.kh * g.kw * g.channels, M = g.batch * g.outH * g.outW;
  const perImage = g.outH * g.outW;
  const budget = Math.max(4, Math.floor(TILE_FLOATS / (K + cout)));
  const rows = Math.max(1, Math.min(M, perImage <= budget ? Math.floor(budget / perImage) * perImage : budget));
  const maxImages = Math.ceil(rows / perImage) + (rows % perImage === 0 ? 0 : 1);
  const walk = [g.inH, g.inW, g.channels, g.kh, g.kw, g.sh, g.sw, g.dh, g.dw, g.outH, g.outW, g.padTop, g.padLeft];
  return { K, M, rows, perImage, imageFloats: g.inH * g.inW * g.channels, maxImages, walk };
}

/** Copies the images rows [m0, m1) read into the x region; returns the first image's index. */
function loadImages(h: Float32Array, xPtr: number, x: Float32Array, t: Tiling, m0: number, m1: number): number {
  const b0 = Math.floor(m0 / t.perImage), b1 = Math.ceil(m1 / t.perImage);
  h.set(x.subarray(b0 * t.imageFloats, b1 * t.imageFloats), xPtr >> 2);
  return b0;
}

function reserve(k: WasmKernels, sizes: number[]): number[] | null {
  const base = scratch.reserve(k, layoutBytes(...sizes));
  return base < 0 ? null : layout(base, ...sizes);
}

/** out[M, Cout] = im2col(x)[M, K] · filter[K, Cout]. */
export function conv2dWasm(x: Float32Array, filter: Float32Array, out: Float32Array, g: Geometry, cout: number): boolean {
  const k = wasmKernels();
  if (k === null || cout < 4) return false;
  const t = tiling(g, cout), { K, M, rows } = t;
  const regions = reserve(k, [K * cout * 4, t.maxImages * t.imageFloats * 4, rows * K * 4, rows * cout * 4]);
  if (!regions) return false;
  const [wPtr, xPtr, colPtr, yPtr] = regions;
  const h = heapF32(k);
  h.set(filter.subarray(0, K * cout), wPtr >> 2);
  for (let m0 = 0; m0 < M; m0 += rows) {
    const m1 = Math.min(m0 + rows, M), n = m1 - m0;
    const first = loadImages(h, xPtr, x, t, m0, m1) * t.perImage;
    k.exports.im2col(xPtr, colPtr, m0 - first, m1 - first, ...t.walk);
    k.exports.gemm_outer(colPtr, K * 4, 4, wPtr, cout * 4, yPtr, cout * 4, n, cout, K);
    out.set(h.subarray(yPtr >> 2, (yPtr >> 2) + n * cout), m0 * cout);
  }
  return true;
}

/** dx = col2im(dy[M, Cout] · filterᵀ[Cout, K]); the filter is packed transposed once per call. */
export function conv2dBackpropInputWasm(filter: Float32Array, dy: Float32Array, dx: Float32Array, g: Geometry, cout: number): boolean {
  const k = wasmKernels();
  const t = tiling(g, cout), { K, M, rows } = t;
  if (k === null || K < 4) return false;
  const regions = reserve(k, [K * cout * 4, rows * cout * 4, rows * K * 4, t.maxImages * t.imageFloats * 4]);
  if (!regions) return false;
  const [wtPtr, dyPtr, dcolPtr, dxPtr] = regions;
  const h = heapF32(k);
  for (let r = 0, wt = wtPtr >> 2; r < K; r++) {
    for (let c = 0, s = r * cout; c < cout; c++) h[wt + c * K + r] = filter[s + c];
  }
  // Whole-image tiles own their images' gradient outright; otherwise a tile's images are
  // added onto dx, since the tiles on either side of a split image both contribute to it.
  const wholeImages = rows % t.perImage === 0;
  if (!wholeImages) dx.fill(0);
  const dxr = dxPtr >> 2;
  for (let m0 = 0; m0 < M; m0 += rows) {
    const m1 = Math.min(m0 + rows, M), n = m1 - m0;
    const b0 = Math.floor(m0 / t.perImage), b1 = Math.ceil(m1 / t.perImage), span = (b1 - b0) * t.imageFloats;
    h.set(dy.subarray(m0 * cout, m1 * cout), dyPtr >> 2);
    k.exports.gemm_outer(dyPtr, cout * 4, 4, wtPtr, K * 4, dcolPtr, K * 4, n, K, cout);
    h.fill(0, dxr, dxr + span);
    k.exports.col2im_add(dxPtr, dcolPtr, m0 - b0 * t.perImage, m1 - b0 * t.perImage, ...t.walk);
    if (wholeImages) dx.set(h.subarray(dxr, dxr + span), b0 * t.imageFloats);
    else for (let i = 0, o = b0 * t.imageFloats; i < span; i++) dx[o + i] += h[dxr + i];
  }
  return true;
}

/**
 * dfilter[K, Cout] = Σ over tiles of im2col(x)[tile]ᵀ · dy[tile], accumulated in float32 in the
 * kernel memory (gemm_outer_acc; when Cout is not a multiple of 4 each tile's product goes to
 * a second block and is added in JS, because the accumulating form overlaps its last columns).
 */
export function conv2dBackpropFilterWasm(x: Float32Array, dy: Float32Array, dfilter: Float32Array, g: Geometry, cout: number): boolean {
  const k = wasmKernels();
  if (k === null || cout < 4) return false;
  const t = tiling(g, cout), { K, M, rows } = t;
  const exactAcc = cout % 4 === 0, size = K * cout;
  const regions = reserve(k, [size * 4, exactAcc ? 0 : size * 4, t.maxImages * t.imageFloats * 4, rows * K * 4, rows * cout * 4]);
  if (!regions) return false;
  const [accPtr, partPtr, xPtr, colPtr, dyPtr] = regions;
  const h = heapF32(k);
  const acc = accPtr >> 2, part = partPtr >> 2;
  for (let m0 = 0; m0 < M; m0 += rows) {
    const m1 = Math.min(m0 + rows, M), n = m1 - m0;
    const first = loadImages(h, xPtr, x, t, m0, m1) * t.perImage;
    k.exports.im2col(xPtr, colPtr, m0 - first, m1 - first, ...t.walk);
    h.set(dy.subarray(m0 * cout, m1 * cout), dyPtr >> 2);
    // A(i, r) = col[r, i]: the im2col tile read transposed through its strides.
    if (m0 === 0) k.exports.gemm_outer(colPtr, 4, K * 4, dyPtr, cout * 4, accPtr, cout * 4, K, cout, n);
    else if (exactAcc) k.exports.gemm_outer_acc(colPtr, 4, K * 4, dyPtr, cout * 4, accPtr, cout * 4, K, cout, n);
    else {
      k.exports.gemm_outer(colPtr, 4, K * 4, dyPtr, cout * 4, partPtr, cout * 4, K, cout, n);
      for (let i = 0; i < size; i++) h[acc + i] += h[part + i];
    }
  }
  dfilter.set(h.subarray(acc, acc + size));
  return true;
}
