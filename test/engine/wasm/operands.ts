// Operands for the WebAssembly GEMM tests: a seeded LCG in [-0.5, 0.5), and float32 arrays filled
// from it, in the kernel memory's arena when asked (the path where MatMul reads weights in place).
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32 - 0.5; };
}

export function filled(n: number, next: () => number, inMemory = false): Float32Array {
  const a = (inMemory ? wasmKernels()!.arena.float32View(n) : null) ?? new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = next() * 4;
  return a;
}
