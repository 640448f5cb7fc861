// Micro-benchmarks for later kernel work: the fixed cost of one Session.run on a trivial graph
// (plan lookup, feed handling, dispatch) and MatMul [100,784]x[784,10] through the session, as a
// bare kernel call, and as a plain scalar JS loop.
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
  gflops?: number;
  reason?: string;
}

const MATMUL_FLOPS = 2 * WORKLOAD.batchSize * WORKLOAD.inputs * WORKLOAD.classes;

/** Median per-call µs of `fn` over `batches` batches of `perBatch` calls, after one warm batch. */
function timeCalls(fn: () => void, perBatch: number, batches = 15): number {
  for (let i = 0; i < perBatch; i++) fn();
  const perCall: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = now();
    for (let i = 0; i < perBatch; i++) fn();
    perCall.push(((now() - t0) * 1000) / perBatch);
  }
  return median(perCall);
}

function measure(name: string, body: () => { us: number; flops?: number }): MicroResult {
  try {
    const { us, flops } = body();
    return { name, status: 'ok', us, ...(flops ? { gflops: flops / us / 1000 } : {}) };
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
    return { us: timeCalls(() => sess.run(op), 5000) };
  }));

  results.push(measure('Session.run(identity(x)), 1 feed [1]', () => {
    const tf = loadEngine();
    tf.resetDefaultGraph();
    const x = tf.placeholder('float32', [1]);
    const y = tf.identity(x);
    const value = new tf.NDArray('float32', [1], new Float32Array([1]));
    const sess = new tf.Session();
    return { us: timeCalls(() => sess.run(y, [[x, value]]), 5000) };
  }));

  results.push(measure('MatMul [100,784]x[784,10] via Session.run', () => {
    const tf = loadEngine();
    tf.resetDefaultGraph();
    const matmul = tf.matmul;
    const x = tf.placeholder('float32', [B, P]);
    const y = matmul(x, tf.constant(new tf.NDArray('float32', [P, K], wData)));
    const xs = new tf.NDArray('float32', [B, P], xData);
    const sess = new tf.Session();
    return { us: timeCalls(() => sess.run(y, [[x, xs]]), 100), flops: MATMUL_FLOPS };
  }));

  results.push(measure('MatMul [100,784]x[784,10] kernel.compute', () => {
    const tf = loadEngine();
    tf.resetDefaultGraph();
    const matmul = tf.matmul;
    const { getKernel } = require('../src/engine/kernels/registry');
    const x = tf.placeholder('float32', [B, P]);
    const y = matmul(x, tf.placeholder('float32', [P, K]));
    const kernel = getKernel(y.op.type);
    const sess = new tf.Session();
    const args = [new tf.NDArray('float32', [B, P], xData), new tf.NDArray('float32', [P, K], wData)];
    return { us: timeCalls(() => kernel.compute(args, y.op, sess.runtime), 100), flops: MATMUL_FLOPS };
  }));

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
    return { us: timeCalls(body, 100), flops: MATMUL_FLOPS };
  }));

  results.push(measure('MatMul [100,784]x[784,10] plain JS, 10 accumulators', () => {
    const out = new Float32Array(B * K), zeroBias = new Float32Array(K);
    return { us: timeCalls(() => forward(xData, B, wData, zeroBias, out), 100), flops: MATMUL_FLOPS };
  }));

  return results;
}
