// What the GEMM bit-identity tests share: deterministic operands, the case shape, and one product
// through the wasm kernels (whichever backend is installed runs it).
import { strict as assert } from 'assert';
import { wasmGemmF32 } from '../../../src/engine/kernels/wasm/gemm';

/** `n` values in [-0.5, 0.5) from `seed`; with `specials`, a few zeros, denormals and huge values too. */
export function random(n: number, seed: number, specials = false): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) { s = (s * 1103515245 + 12345) >>> 0; out[i] = s / 2 ** 32 - 0.5; }
  // A few values of every kind, so a different summation or path would show.
  if (specials) [0, -0, 1e-45, 3e38, -3e38, 1e-30].forEach((v, j) => { if (j * 97 < n) out[j * 97] = v; });
  return out;
}

export type Case = [M: number, N: number, K: number, transA: boolean, transB: boolean];

/** C = op(A)·op(B) for the case, A and B from `seed` and `seed + 1`. */
export function product(c: Case, seed: number): Float32Array {
  const [M, N, K, tA, tB] = c;
  const A = random(M * K, seed), B = random(K * N, seed + 1), C = new Float32Array(M * N);
  assert.ok(wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, tA, tB), 'the wasm kernels ran');
  return C;
}
