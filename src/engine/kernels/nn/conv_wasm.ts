// float32 Conv2D and its two backprops on the WebAssembly SIMD kernels (wasm/gemm.wat). Each call
// lays its operands out in one scratch block of the kernel memory and walks the batch a tile of
// output positions at a time: the images a tile reads are copied in, its im2col rows are built
// there by the module's im2col (or, for the input gradient, added back by col2im_add), and the
// tile's gemm runs in place. The block stays about a megabyte whatever the batch (a whole-batch
// im2col of the 28x28x32 layer over 4,500 test images would be 1.4 GB).
// Each function returns false, having written nothing, when the kernels are unavailable, the
// shape does not suit gemm_outer (it needs N >= 4) or the arena is full: the JS path then runs.
//
// With a parallel backend (src/engine/parallel) each tile's work is split across its threads,
// every part a row range of the tile, so the results are the serial ones bit for bit:
// - forward: im2col and gemm of its own rows, one call list per thread;
// - input gradient: whole images per thread (gemm of their rows, then col2im onto their own
//   images, which no other thread touches); tiles hold `threads` times as many images;
// - filter gradient: im2col by rows, then (all of the tile's columns needed) the product split
//   by rows of dfilter; tiles keep the serial size, since they fix the float32 sum's order.
import { wasmKernels, WasmKernels } from '../wasm/module';
import { runParts, threadsForCall } from '../wasm/split';
import { splitRange, type KernelCall } from '../../parallel/backend';
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

/** `scale` multiplies the tile (one tile's worth per thread). */
function tiling(g: Geometry, cout: number, scale = 1): Tiling {
  const K = g.kh * g.kw * g.channels, M = g.batch * g.outH * g.outW;
  const perImage = g.outH * g.outW;
  const budget = Math.max(4, Math.floor((TILE_FLOATS * scale) / (K + cout)));
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

/** Threads for a convolution: judged on a serial tile's multiply-adds (what one synchronisation buys). */
function convThreads(k: WasmKernels, g: Geometry, cout: number): number {
  if (k.parallel.threads <= 1) return 1;
  const t = tiling(g, cout);
  return threadsForCall(k, Math.min(t.rows, t.M) * t.K * cout);
}

function reserve(k: WasmKernels, sizes: number[]): number[] | null {
  const base = scratch.reserve(k, layoutBytes(...sizes));
  return base < 0 ? null : layout(base, ...sizes);
}

/** out[M, Cout] = im2col(x)[M, K] · filter[K, Cout]. */
export function conv2dWasm(x: Float32Array, filter: Float32Array, out: Float32Array, g: Geometry, cout: number): boolean {
  const k = wasmKernels();
  if (k === null || cout < 4) return false;
  const threads = convThreads(k, g, cout);
  const t = tiling(g, cout, threads), { K, M, rows } = t;
  // A filter stored in the kernel memory (a variable, with the shared memory) is read in place.
  const inPlace = k.arena.owns(filter.buffer);
  const regions = reserve(k, [inPlace ? 0 : K * cout * 4, t.maxImages * t.imageFloats * 4, rows * K * 4, rows * cout * 4]);
  if (!regions) return false;
  const [scratchW, xPtr, colPtr, yPtr] = regions;
  const h = heapF32(k);
  const wPtr = inPlace ? filter.byteOffset : scratchW;
  if (!inPlace) h.set(filter.subarray(0, K * cout), wPtr >> 2);
  for (let m0 = 0; m0 < M; m0 += rows) {
    const m1 = Math.min(m0 + rows, M), n = m1 - m0;
    const first = loadImages(h, xPtr, x, t, m0, m1) * t.perImage;
    runParts(k, splitRange(n, threads, 2).map(([r0, r1]): KernelCall[] => [
      { name: 'im2col', args: [xPtr, colPtr + r0 * K * 4, m0 - first + r0, m0 - first + r1, ...t.walk] },
      { name: 'gemm_outer', args: [colPtr + r0 * K * 4, K * 4, 4, wPtr, cout * 4, yPtr + r0 * cout * 4, cout * 4, r1 - r0, cout, K] },
    ]));
    out.set(h.subarray(yPtr >> 2, (yPtr >> 2) + n * cout), m0 * cout);
  }
  return true;
}

/** dx = col2im(dy[M, Cout] · filterᵀ[Cout, K]); the filter is packed transposed once per call. */
export function conv2dBackpropInputWasm(filter: Float32Array, dy: Float32Array, dx: Float32Array, g: Geometry, cout: number): boolean {
  const k = wasmKernels();
  if (k === null) return false;
  const threads = convThreads(k, g, cout);
  // Tiles grow with the threads only when they hold whole images: tiles that split an image add
  // onto dx in JS, so their boundaries fix the order of those float32 sums.
  const serialTile = tiling(g, cout);
  const t = serialTile.rows % serialTile.perImage === 0 ? tiling(g, cout, threads) : serialTile, { K, M, rows } = t;
  if (K < 4) return false;
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
    h.fill(0, dxr, dxr + span);
    const off = m0 - b0 * t.perImage;
    const gemm = (r0: number, r1: number): KernelCall =>
      ({ name: 'gemm_outer', args: [dyPtr + r0 * cout * 4, cout * 4, 4, wtPtr, K * 4, dcolPtr + r0 * K * 4, K * 4, r1 - r0, K, cout] });
    const col2im = (r0: number, r1: number): KernelCall =>
      ({ name: 'col2im_add', args: [dxPtr, dcolPtr + r0 * K * 4, off + r0, off + r1, ...t.walk] });
    if (wholeImages) {
      // Whole images per thread, so no two threads add onto the same cells of dx.
      runParts(k, splitRange(n, threads, t.perImage).map(([r0, r1]) => [gemm(r0, r1), col2im(r0, r1)]));
    } else {
      // Windows of neighbouring rows overlap in dx: only the product is split.
      runParts(k, splitRange(n, threads, 2).map(([r0, r1]) => [gemm(r0, r1)]));
      runParts(k, [[col2im(0, n)]]);
    }
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
  const threads = convThreads(k, g, cout);
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
    runParts(k, splitRange(n, threads, 2).map(([r0, r1]): KernelCall[] => [
      { name: 'im2col', args: [xPtr, colPtr + r0 * K * 4, m0 - first + r0, m0 - first + r1, ...t.walk] }]));
    h.set(dy.subarray(m0 * cout, m1 * cout), dyPtr >> 2);
    // A(i, r) = col[r, i]: the im2col tile read transposed through its strides. Threads take
    // rows of dfilter (i), each summing over all n of the tile's positions.
    const accumulate = m0 > 0 && exactAcc;
    const target = m0 === 0 || exactAcc ? accPtr : partPtr;
    runParts(k, splitRange(K, Math.min(threads, K >> 2 || 1), 2).map(([i0, i1]): KernelCall[] => [
      { name: accumulate ? 'gemm_outer_acc' : 'gemm_outer', args: [colPtr + i0 * 4, 4, K * 4, dyPtr, cout * 4, target + i0 * cout * 4, cout * 4, i1 - i0, cout, n] }]));
    if (target === partPtr) for (let i = 0; i < size; i++) h[acc + i] += h[part + i];
  }
  dfilter.set(h.subarray(acc, acc + size));
  return true;
}
