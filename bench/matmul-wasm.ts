// MatMul kernels of the seed step, one by one: the JS gemm against the WebAssembly SIMD gemm
// , with operands outside the kernel memory (copied in/out) and inside it (in
// place), plus the cost of the copy alone. `node --require tsx/cjs bench/matmul-wasm.ts`.
import { gemm } from '../src/engine/kernels/math/gemm';
import { wasmGemmF32 } from '../src/engine/kernels/wasm/gemm';
import { wasmKernels } from '../src/engine/kernels/wasm/module';
import { median, now } from './stats';

function timeUs(fn: () => void, perBatch = 200, batches = 15): number {
  for (let i = 0; i < perBatch; i++) fn();
  const per: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = now();
    for (let i = 0; i < perBatch; i++) fn();
    per.push(((now() - t0) * 1000) / perBatch);
  }
  return median(per);
}

const shapes: { name: string; M: number; N: number; K: number; ta: boolean; tb: boolean }[] = [
  { name: 'MatMul [100,784]x[784,10]', M: 100, N: 10, K: 784, ta: false, tb: false },
  { name: 'MatMul_1 x^T·g [784,100]x[100,10]', M: 784, N: 10, K: 100, ta: true, tb: false },
  { name: 'g·W^T [100,10]x[10,784]', M: 100, N: 784, K: 10, ta: false, tb: true },
];

export function runMatmulWasm(): { name: string; us: number }[] {
  const k = wasmKernels();
  if (!k) throw new Error('WebAssembly SIMD unavailable');
  const rows: { name: string; us: number }[] = [];
  const fill = (a: Float32Array) => { for (let i = 0; i < a.length; i++) a[i] = Math.sin(i) * 0.5; return a; };
  for (const s of shapes) {
    const A = fill(new Float32Array(s.M * s.K)), B = fill(new Float32Array(s.K * s.N)), C = new Float32Array(s.M * s.N);
    const Ain = fill(k.arena.float32View(s.M * s.K)!), Bin = fill(k.arena.float32View(s.K * s.N)!), Cin = k.arena.float32View(s.M * s.N)!;
    const run = (a: Float32Array, b: Float32Array, c: Float32Array) => () => wasmGemmF32(a, 0, b, 0, c, 0, s.M, s.N, s.K, s.ta, s.tb);
    rows.push({ name: `${s.name} JS gemm`, us: timeUs(() => gemm(A, 0, B, 0, C, 0, s.M, s.N, s.K, s.ta, s.tb)) });
    rows.push({ name: `${s.name} wasm, copies`, us: timeUs(run(A, B, C)) });
    rows.push({ name: `${s.name} wasm, in place`, us: timeUs(run(Ain, Bin, Cin)) });
  }
  const x = fill(new Float32Array(100 * 784)), xin = k.arena.float32View(100 * 784)!;
  rows.push({ name: 'copy 100x784 float32 into the kernel memory', us: timeUs(() => xin.set(x)) });
  return rows;
}

if (require.main === module) {
  for (const r of runMatmulWasm()) console.log(`${r.name.padEnd(56)} ${r.us.toFixed(1).padStart(8)} µs`);
}
