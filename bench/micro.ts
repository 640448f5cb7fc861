// Micro-benchmarks for later kernel work: the fixed cost of one Session.run on a trivial graph
// (plan lookup, feed handling, dispatch) and MatMul [100,784]x[784,10] through the session, as a
// bare kernel call, and as a plain scalar JS loop. Each row gives wall and process CPU time; the
// two MatMul rows through the session and as a bare kernel call alternate batch by batch, so
// their difference (the session's own cost, a row of its own) is not the machine's load moving
// between two rows timed seconds apart (that read ~100 µs at load 4.4, ~10-20 µs in CPU time).
import { Unavailable } from './contenders/contender';
import { forward } from './contenders/plain-js';
import { loadEngine } from './contenders/engine-api';
import { median, now } from './stats';
import { Mnist, WORKLOAD } from './workload';

export interface MicroResult {
  name: string;
  status: 'ok' | 'unavailable' | 'error';
  /** Median over batches of the mean time of one call, in microseconds. */
  us?: number;
  /** The same for the process's CPU time (user + system). */
  cpuUs?: number;
  gflops?: number;
  reason?: string;
}

const MATMUL_FLOPS = 2 * WORKLOAD.batchSize * WORKLOAD.inputs * WORKLOAD.classes;

interface Timing { us: number; cpuUs: number }
const WARM_CALLS = 1000;

/**
 * Median per-call µs (wall and CPU) of each of `fns` over `batches` batches of `perBatch` calls,
 * after at least WARM_CALLS warm calls each (V8 still optimizes the session's path after a few
 * hundred: a warm-up of one 100-call batch read the session's own cost 2-3x too high); the
 * functions take turns batch by batch. With two functions,
 * `diffCpuUs` is the median over batches of the first's CPU µs minus the second's.
 */
function timeInterleaved(fns: (() => void)[], perBatch: number, batches = 15): { timings: Timing[]; diffCpuUs: number } {
  for (const fn of fns) for (let i = 0; i < Math.max(perBatch, WARM_CALLS); i++) fn();
  const wall: number[][] = fns.map(() => []), cpu: number[][] = fns.map(() => []);
  for (let b = 0; b < batches; b++) {
    fns.forEach((fn, f) => {
      const t0 = now(), c0 = process.cpuUsage();
      for (let i = 0; i < perBatch; i++) fn();
      const c = process.cpuUsage(c0);
      wall[f].push(((now() - t0) * 1000) / perBatch);
      cpu[f].push((c.user + c.system) / perBatch);
    });
  }
  const diffCpuUs = fns.length === 2 ? median(cpu[0].map((c, b) => c - cpu[1][b])) : NaN;
  return { timings: fns.map((_, f) => ({ us: median(wall[f]), cpuUs: median(cpu[f]) })), diffCpuUs };
}

/** Median per-call µs (wall and CPU) of `fn` over `batches` batches of `perBatch` calls, after the warm calls. */
function timeCalls(fn: () => void, perBatch: number, batches = 15): Timing {
  return timeInterleaved([fn], perBatch, batches).timings[0];
}

function measure(name: string, body: () => Timing & { flops?: number }): MicroResult {
  try {
    const { us, cpuUs, flops } = body();
    return { name, status: 'ok', us, cpuUs, ...(flops ? { gflops: flops / us / 1000 } : {}) };
  } catch (e) {
    if (e instanceof Unavailable) return { name, status: 'unavailable', reason: e.message };
    // The engine's own ops are never "unavailable": a missing kernel or function is an error row.
    return { name, status: 'error', reason: (e as Error).message.split('\n')[0] };
  }
}


export function runMicro(data: Mnist): MicroResult[] {
  const { batchSize: B, inputs: P, classes: K } = WORKLOAD;
  const xData = data.trainImages.slice(0, B * P);
  const wData = Float32Array.from({ length: P * K }, (_, i) => Math.sin(i) * 0.01);
  const results: MicroResult[] = [];

  results.push(measure('Session.run(no_op), no feeds', () => {
    const tf = loadEngine();
    tf.resetDefaultGraph();
    const op = tf.noOp();
    const sess = new tf.Session();
    return timeCalls(() => sess.run(op), 5000);
  }));

  results.push(measure('Session.run(identity(x)), 1 feed [1]', () => {
    const tf = loadEngine();
    tf.resetDefaultGraph();
    const x = tf.placeholder('float32', [1]);
    const y = tf.identity(x);
    const value = new tf.NDArray('float32', [1], new Float32Array([1]));
    const sess = new tf.Session();
    return timeCalls(() => sess.run(y, [[x, value]]), 5000);
  }));

  // The same product through the session (W a constant, x fed) and as a bare kernel call, in alternating batches.
  let pair: ReturnType<typeof timeInterleaved> | undefined;
  const matmulPair = () => {
    if (pair) return pair;
    const tf = loadEngine();
    tf.resetDefaultGraph();
    const { getKernel } = require('../src/engine/kernels/registry');
    const x = tf.placeholder('float32', [B, P]);
    const y = tf.matmul(x, tf.constant(new tf.NDArray('float32', [P, K], wData)));
    const xs = new tf.NDArray('float32', [B, P], xData);
    const sess = new tf.Session();
    const kernel = getKernel(y.op.type);
    const args = [xs, new tf.NDArray('float32', [P, K], wData)];
    pair = timeInterleaved([() => sess.run(y, [[x, xs]]), () => kernel.compute(args, y.op, sess.runtime)], 100);
    return pair;
  };
  results.push(measure('MatMul [100,784]x[784,10] via Session.run', () => ({ ...matmulPair().timings[0], flops: MATMUL_FLOPS })));
  results.push(measure('MatMul [100,784]x[784,10] kernel.compute', () => ({ ...matmulPair().timings[1], flops: MATMUL_FLOPS })));
  results.push(measure('  Session.run minus kernel.compute (CPU, same batches)', () => ({ us: NaN, cpuUs: matmulPair().diffCpuUs })));

  results.push(measure('MatMul [100,784]x[784,10] plain JS, naive loops', () => {
    const out = new Float32Array(B * K);
    const body = () => {
      for (let i = 0; i < B; i++) {
        for (let k = 0; k < K; k++) out[i * K + k] = 0;
        for (let p = 0; p < P; p++) {
          const v = xData[i * P + p];
          for (let k = 0; k < K; k++) out[i * K + k] += v * wData[p * K + k];
        }
      }
    };
    return { ...timeCalls(body, 100), flops: MATMUL_FLOPS };
  }));

  results.push(measure('MatMul [100,784]x[784,10] plain JS, 10 accumulators', () => {
    const out = new Float32Array(B * K), zeroBias = new Float32Array(K);
    return { ...timeCalls(() => forward(xData, B, wData, zeroBias, out), 100), flops: MATMUL_FLOPS };
  }));

  return results;
}
