// The WebAssembly SIMD gemm against the JS gemm (float64 accumulation) on random shapes, every
// transpose combination, odd sizes and vectors; operands inside and outside the kernel memory.
import { strict as assert } from 'assert';
import { assertWasmSimd } from '../capabilities';
import { gemm } from '../../../src/engine/kernels/math/gemm';
import { wasmGemmF32 } from '../../../src/engine/kernels/wasm/gemm';
import { wasmKernels, setWasmKernelsEnabled, wasmKernelsEnabled } from '../../../src/engine/kernels/wasm/module';

/** A deterministic generator, so a failure reproduces. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32 - 0.5; };
}

function randomF32(n: number, next: () => number, inMemory = false): Float32Array {
  const k = wasmKernels();
  const a = (inMemory && k ? k.arena.float32View(n) : null) ?? new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = next() * 4;
  return a;
}

/** Compare with the float64 reference, tolerance scaled by Σ|a||b| (float32 rounding of the sum). */
function check(M: number, N: number, K: number, ta: boolean, tb: boolean, opts: { aIn?: boolean; bIn?: boolean; cIn?: boolean; seed?: number } = {}) {
  const next = rng(opts.seed ?? (M * 7919 + N * 104729 + K * 31 + (ta ? 1 : 0) + (tb ? 2 : 0)));
  const A = randomF32(M * K, next, opts.aIn), B = randomF32(K * N, next, opts.bIn);
  const want = new Float64Array(M * N), bound = new Float64Array(M * N);
  gemm(Float64Array.from(A), 0, Float64Array.from(B), 0, want, 0, M, N, K, ta, tb);
  gemm(Float64Array.from(A, Math.abs), 0, Float64Array.from(B, Math.abs), 0, bound, 0, M, N, K, ta, tb);
  const k = wasmKernels();
  const C = (opts.cIn && k ? k.arena.float32View(M * N) : null) ?? new Float32Array(M * N);
  C.fill(NaN);
  assert.equal(wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, ta, tb), true);
  for (let i = 0; i < M * N; i++) {
    const tol = 2 * (K + 2) * 2 ** -24 * bound[i] + 1e-30;
    if (!(Math.abs(C[i] - want[i]) <= tol)) {
      assert.fail(`[${M},${N},${K}] ta=${ta} tb=${tb}: C[${i}] = ${C[i]}, want ${want[i]} (tol ${tol})`);
    }
  }
}

const combos: [boolean, boolean][] = [[false, false], [true, false], [false, true], [true, true]];

describe('wasm SIMD gemm', function () {
  before(() => { assertWasmSimd(); });

  it('matches the JS gemm on the seed shapes', () => {
    check(100, 10, 784, false, false);   // x·W
    check(784, 10, 100, true, false);    // x^T·g
    check(100, 784, 10, false, true);    // g·W^T
  });

  it('matches on random shapes, odd sizes, every transpose combination', () => {
    const next = rng(42);
    const dim = () => 1 + Math.floor((next() + 0.5) * 37);
    for (let t = 0; t < 60; t++) {
      const [ta, tb] = combos[t % 4];
      check(dim(), dim(), dim(), ta, tb, { seed: t });
    }
  });

  it('handles vectors and tiny sizes: 1xN, Nx1, K=1, N<4', () => {
    for (const [ta, tb] of combos) {
      for (const [M, N, K] of [[1, 1, 1], [1, 7, 5], [7, 1, 5], [5, 3, 9], [3, 2, 1], [1, 13, 1], [9, 4, 3], [4, 5, 17], [13, 9, 1], [1, 1, 33]]) {
        check(M, N, K, ta, tb);
      }
    }
  });

  it('reads and writes operands in place when they live in the kernel memory', () => {
    for (const [ta, tb] of combos) {
      check(23, 10, 31, ta, tb, { aIn: true, bIn: true, cIn: true });
      check(6, 11, 9, ta, tb, { aIn: true });
      check(6, 11, 9, ta, tb, { cIn: true });
    }
  });

  it('honours offsets into larger arrays (BatchMatMul slices)', () => {
    const next = rng(5);
    const M = 5, N = 6, K = 7;
    const A = randomF32(3 * M * K, next), B = randomF32(3 * K * N, next);
    const C = new Float32Array(3 * M * N), want = new Float64Array(3 * M * N);
    for (let b = 0; b < 3; b++) {
      assert.equal(wasmGemmF32(A, b * M * K, B, b * K * N, C, b * M * N, M, N, K, false, false), true);
      gemm(Float64Array.from(A), b * M * K, Float64Array.from(B), b * K * N, want, b * M * N, M, N, K, false, false);
    }
    for (let i = 0; i < C.length; i++) assert.ok(Math.abs(C[i] - want[i]) < 1e-4, `C[${i}]`);
  });

  it('K = 0 gives zeros; disabling the kernels reports false so callers use JS', () => {
    const C = new Float32Array(6).fill(NaN);
    assert.equal(wasmGemmF32(new Float32Array(0), 0, new Float32Array(0), 0, C, 0, 2, 3, 0, false, false), true);
    assert.deepEqual([...C], [0, 0, 0, 0, 0, 0]);
    const was = wasmKernelsEnabled();
    setWasmKernelsEnabled(false);
    try {
      assert.equal(wasmGemmF32(new Float32Array(4), 0, new Float32Array(4), 0, new Float32Array(4), 0, 2, 2, 2, false, false), false);
    } finally { setWasmKernelsEnabled(was); }
  });
});
