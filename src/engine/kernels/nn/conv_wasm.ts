// float32 Conv2D and its two backprops on the WebAssembly SIMD gemm (wasm/gemm.wat). Each call
// lays its operands out in one scratch block of the kernel memory: im2col tiles are written
// straight into it (no copy between the im2col buffer and the gemm), and the batch is walked a
// tile of output positions at a time so the block stays about a megabyte whatever the batch
// (a whole-batch im2col of the 28x28x32 layer over 4,500 test images would be 1.4 GB).
// Each function returns false, having written nothing, when the kernels are unavailable, the
// shape does not suit gemm_outer (it needs N >= 4) or the arena is full: the JS path then runs.
import { wasmKernels } from '../wasm/module';
import { ScratchBlock, heapF32, layout, layoutBytes } from '../wasm/scratch';
import { im2col, col2imAdd } from './conv_im2col';
import type { Geometry } from './window';

const scratch = new ScratchBlock();

/** Floats per tile (im2col rows plus their gemm partner rows): about 1 MB, mostly cache-resident. */
const TILE_FLOATS = 256 * 1024;

function tileRows(rowFloats: number, M: number): number {
  return Math.min(M, Math.max(4, Math.floor(TILE_FLOATS / rowFloats)));
}

const dims = (g: Geometry) => ({ K: g.kh * g.kw * g.channels, M: g.batch * g.outH * g.outW });

/** out[M, Cout] = im2col(x)[M, K] · filter[K, Cout]. */
export function conv2dWasm(x: Float32Array, filter: Float32Array, out: Float32Array, g: Geometry, cout: number): boolean {
  const k = wasmKernels();
  const { K, M } = dims(g);
  if (k === null || cout < 4) return false;
  const rows = tileRows(K + cout, M);
  const sizes = [K * cout * 4, rows * K * 4, rows * cout * 4];
  const base = scratch.reserve(k, layoutBytes(...sizes));
  if (base < 0) return false;
  const [wPtr, colPtr, yPtr] = layout(base, ...sizes);
  const h = heapF32(k);
  h.set(filter.subarray(0, K * cout), wPtr >> 2);
  for (let m0 = 0; m0 < M; m0 += rows) {
    const m1 = Math.min(m0 + rows, M), n = m1 - m0;
    im2col(x, g, m0, m1, h, colPtr >> 2);
    k.exports.gemm_outer(colPtr, K * 4, 4, wPtr, cout * 4, yPtr, cout * 4, n, cout, K);
    out.set(h.subarray(yPtr >> 2, (yPtr >> 2) + n * cout), m0 * cout);
  }
  return true;
}

/** dx = col2im(dy[M, Cout] · filterᵀ[Cout, K]); the filter is packed transposed once per call. */
export function conv2dBackpropInputWasm(filter: Float32Array, dy: Float32Array, dx: Float32Array, g: Geometry, cout: number): boolean {
  const k = wasmKernels();
  const { K, M } = dims(g);
  if (k === null || K < 4) return false;
  const rows = tileRows(K + cout, M);
  const sizes = [K * cout * 4, rows * cout * 4, rows * K * 4];
  const base = scratch.reserve(k, layoutBytes(...sizes));
  if (base < 0) return false;
  const [wtPtr, dyPtr, dcolPtr] = layout(base, ...sizes);
  const h = heapF32(k);
  for (let r = 0, wt = wtPtr >> 2; r < K; r++) {
    for (let c = 0, s = r * cout; c < cout; c++) h[wt + c * K + r] = filter[s + c];
  }
  dx.fill(0);
  for (let m0 = 0; m0 < M; m0 += rows) {
    const m1 = Math.min(m0 + rows, M), n = m1 - m0;
    h.set(dy.subarray(m0 * cout, m1 * cout), dyPtr >> 2);
    k.exports.gemm_outer(dyPtr, cout * 4, 4, wtPtr, K * 4, dcolPtr, K * 4, n, K, cout);
    col2imAdd(h, dcolPtr >> 2, g, m0, m1, dx);
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
  const { K, M } = dims(g);
  if (k === null || cout < 4) return false;
  const exactAcc = cout % 4 === 0;
  const rows = tileRows(K + cout, M);
  const sizes = [K * cout * 4, exactAcc ? 0 : K * cout * 4, rows * K * 4, rows * cout * 4];
  const base = scratch.reserve(k, layoutBytes(...sizes));
  if (base < 0) return false;
  const [accPtr, partPtr, colPtr, dyPtr] = layout(base, ...sizes);
  const h = heapF32(k);
  const acc = accPtr >> 2, part = partPtr >> 2, size = K * cout;
  for (let m0 = 0; m0 < M; m0 += rows) {
    const m1 = Math.min(m0 + rows, M), n = m1 - m0;
    im2col(x, g, m0, m1, h, colPtr >> 2);
    h.set(dy.subarray(m0 * cout, m1 * cout), dyPtr >> 2);
    // A(i, t) = col[t, i]: the im2col tile read transposed through its strides.
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
