// Where splitting a GEMM across threads starts to pay (issue 15): the wasm GEMM on a range of
// sizes, on one thread and split across the pool, interleaved rounds, median µs per call and the
// ratio. parallelTuning.minMacs (src/engine/parallel/backend.ts) is set from this.
//   node --require tsx/cjs bench/parallel.ts [--rounds N]   (GRADBOOK_THREADS picks the pool size)
import * as os from 'os';
import { wasmGemmF32 } from '../src/engine/kernels/wasm/gemm';
import { parallelTuning, parallelBackend } from '../src/engine/parallel/backend';
import { installThreadPool } from '../src/worker/threadPool';
import { median, now } from './stats';

installThreadPool();
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] || 7);
// [M, N, K]: from the seed's x·W up to Deep MNIST's fc1.
const SHAPES: [number, number, number][] = [
  [100, 10, 784], [64, 64, 64], [100, 64, 128], [128, 128, 128], [128, 256, 256], [128, 256, 784], [50, 1024, 3136],
];

/** [wall µs, CPU µs of the whole process (helpers included)] per call. */
function time(M: number, N: number, K: number, split: boolean): [number, number] {
  const A = new Float32Array(M * K).fill(0.5), B = new Float32Array(K * N).fill(0.25), C = new Float32Array(M * N);
  parallelTuning.minMacs = split ? 1 : Number.POSITIVE_INFINITY;
  const reps = Math.max(3, Math.min(300, Math.round(3e7 / (M * N * K))));
  wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, false, false);
  const t0 = now(), c0 = process.cpuUsage();
  for (let i = 0; i < reps; i++) wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, false, false);
  const cpu = process.cpuUsage(c0);
  return [((now() - t0) / reps) * 1000, (cpu.user + cpu.system) / reps];
}

const one = new Map<string, [number, number][]>(), split = new Map<string, [number, number][]>();
for (let r = 0; r < rounds; r++) {
  for (const [M, N, K] of SHAPES) {
    const key = `${M}x${N}x${K}`;
    one.set(key, [...(one.get(key) ?? []), time(M, N, K, false)]);
    split.set(key, [...(split.get(key) ?? []), time(M, N, K, true)]);
  }
}
console.log(`GEMM split across ${parallelBackend().threads} threads vs one; ${rounds} interleaved rounds; load average ${os.loadavg()[0].toFixed(2)} (${os.cpus().length} cores)`);
for (const [M, N, K] of SHAPES) {
  const key = `${M}x${N}x${K}`;
  const [a, b] = [one, split].map((m) => median(m.get(key)!.map((r) => r[0])));
  const [ca, cb] = [one, split].map((m) => median(m.get(key)!.map((r) => r[1])));
  console.log(`  ${key.padEnd(14)} ${(M * N * K / 1e6).toFixed(2).padStart(6)} M MACs  1 thread ${a.toFixed(0).padStart(7)} µs  split ${b.toFixed(0).padStart(7)} µs  ${(b / a).toFixed(2)}× wall, ${(cb / ca).toFixed(2)}× CPU`);
}
