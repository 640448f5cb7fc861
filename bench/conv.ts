// The convolution kernels and TF1's Deep MNIST tutorial (mnist_deep.py) on the engine:
//   ops     µs per Conv2D / Conv2DBackpropInput / Conv2DBackpropFilter for both conv layers at batch 50
//           (the kernel alone, fastest of 7: feeding and fetching 5 MB tensors is not the kernel's)
//   profile µs per op type in one training step (every kernel's compute wrapped with a timer)
//   step    ms per training step (batch 50, Adam 1e-4, keep_prob 0.5), median of 20 after warm-up
//   eval    accuracy over the whole test set in one run (time and peak RSS: no giant im2col)
// `node --expose-gc --require tsx/cjs bench/conv.ts [--only ops,profile,step,eval]`;
// GRADBOOK_WASM=0 runs the plain JS kernels.
import * as tf from '../src/engine';
import { clearDefaultGraphState } from '../src/engine/graph/default_graph';
import { registeredKernels } from '../src/engine/kernels/registry';
import { wasmKernels } from '../src/engine/kernels/wasm/module';
import { median, now, MB } from './stats';
import { loadMnist, Mnist } from './workload';
import { deepMnist } from './deep_mnist';

const BATCH = 50;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function filled(shape: number[], seed: number): tf.NDArray {
  const a = tf.NDArray.zeros('float32', shape);
  for (let i = 0; i < a.size; i++) a.numeric[i] = Math.sin(i * 0.37 + seed) * 0.5;
  return a;
}

const LAYERS = [
  { name: 'conv1 [50,28,28,1]*[5,5,1,32]', x: [BATCH, 28, 28, 1], w: [5, 5, 1, 32] },
  { name: 'conv2 [50,14,14,32]*[5,5,32,64]', x: [BATCH, 14, 14, 32], w: [5, 5, 32, 64] },
];

/** Kernel compute time by op type while `recording`: every registered kernel wrapped once. */
const kernelMs = new Map<string, number>();
let recording = false;
for (const def of registeredKernels()) {
  const inner = def.compute;
  def.compute = function timed(inputs, op, rt) {
    if (!recording) return inner.call(def, inputs, op, rt);
    const t0 = now();
    try { return inner.call(def, inputs, op, rt); } finally { kernelMs.set(op.type, (kernelMs.get(op.type) ?? 0) + now() - t0); }
  };
}

/** The fastest kernel time of `type` over `reps` runs of `fn` (feeds and fetches excluded). */
function kernelTimeMs(type: string, fn: () => void, reps: number): number {
  fn(); fn();
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    kernelMs.clear();
    recording = true;
    fn();
    recording = false;
    best = Math.min(best, kernelMs.get(type) ?? NaN);
  }
  return best;
}

function benchOps(): void {
  for (const layer of LAYERS) {
    clearDefaultGraphState();
    const y = [layer.x[0], layer.x[1], layer.x[2], layer.w[3]];
    const x = tf.placeholder('float32', layer.x), w = tf.placeholder('float32', layer.w), dy = tf.placeholder('float32', y);
    const ops: [string, tf.Tensor][] = [
      ['Conv2D', tf.conv2d(x, w, [1, 1, 1, 1], 'SAME')],
      ['Conv2DBackpropInput', tf.conv2dBackpropInput(tf.constant(layer.x, 'int32'), w, dy, [1, 1, 1, 1], 'SAME')],
      ['Conv2DBackpropFilter', tf.conv2dBackpropFilter(x, tf.constant(layer.w, 'int32'), dy, [1, 1, 1, 1], 'SAME')],
    ];
    const sess = new tf.Session();
    const feeds: [tf.Tensor, tf.NDArray][] = [[x, filled(layer.x, 1)], [w, filled(layer.w, 2)], [dy, filled(y, 3)]];
    for (const [type, t] of ops) {
      const ms = kernelTimeMs(type, () => sess.run(t, feeds), 7);
      console.log(`${`${layer.name} ${type}`.padEnd(62)} ${(ms * 1000).toFixed(0).padStart(9)} µs`);
    }
    sess.close();
  }
}


function batchFeeds(net: ReturnType<typeof deepMnist>, data: Mnist, step: number, keep: number): [tf.Tensor, tf.NDArray][] {
  const xs = tf.NDArray.zeros('float32', [BATCH, 784]), ys = tf.NDArray.zeros('float32', [BATCH, 10]);
  const start = (step * BATCH) % (data.trainCount - BATCH);
  xs.numeric.set(data.trainImages.subarray(start * 784, (start + BATCH) * 784));
  ys.numeric.set(data.trainLabels.subarray(start * 10, (start + BATCH) * 10));
  return [[net.x, xs], [net.y_, ys], [net.keepProb, tf.NDArray.scalar(keep)]];
}

function benchStep(data: Mnist): void {
  const net = deepMnist();
  const feeds = Array.from({ length: 30 }, (_, s) => batchFeeds(net, data, s, 0.5));
  for (let s = 0; s < 5; s++) net.sess.run(net.train, feeds[s]);
  const t: number[] = [];
  for (let s = 5; s < 25; s++) { const t0 = now(); net.sess.run(net.train, feeds[s]); t.push(now() - t0); }
  // The fastest step too: other processes on the same cores only ever add time.
  console.log(`Deep MNIST training step, batch ${BATCH} (median of 20)`.padEnd(62) + `${median(t).toFixed(1).padStart(9)} ms  (fastest ${Math.min(...t).toFixed(1)} ms)`);
}

function benchProfile(data: Mnist): void {
  const net = deepMnist();
  // Enough warm-up for V8 to finish optimizing the kernels (3 steps left elementwise ops 2x slow).
  for (let s = 0; s < 15; s++) net.sess.run(net.train, batchFeeds(net, data, s, 0.5));
  const steps = 10;
  kernelMs.clear();
  recording = true;
  const t0 = now();
  for (let s = 0; s < steps; s++) net.sess.run(net.train, batchFeeds(net, data, s + 15, 0.5));
  const total = (now() - t0) / steps;
  recording = false;
  const rows = [...kernelMs].sort((a, b) => b[1] - a[1]);
  console.log(`Per-op-type profile, ${steps} steps: ${total.toFixed(1)} ms/step, kernels ${(rows.reduce((s, r) => s + r[1], 0) / steps).toFixed(1)} ms`);
  for (const [type, ms] of rows) if (ms / steps >= 0.05) console.log(`  ${type.padEnd(30)} ${((ms / steps) * 1000).toFixed(0).padStart(9)} µs`);
}

function benchEval(data: Mnist): void {
  const net = deepMnist();
  const n = data.testCount;
  const xs = new tf.NDArray('float32', [n, 784], data.testImages), ys = new tf.NDArray('float32', [n, 10], data.testLabels);
  (globalThis as { gc?: () => void }).gc?.();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  const t0 = now();
  const acc = net.sess.run(net.accuracy, [[net.x, xs], [net.y_, ys], [net.keepProb, tf.NDArray.scalar(1)]]) as tf.NDArray;
  const ms = now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`Test-set accuracy run, ${n} images: ${ms.toFixed(0)} ms, accuracy ${Number(acc.numeric[0]).toFixed(3)} (untrained), ` +
    `RSS ${(rss0 / MB).toFixed(0)} → ${(process.memoryUsage().rss / MB).toFixed(0)} MB (sampled peak ≥ ${(peak / MB).toFixed(0)} MB), ` +
    `kernel memory ${((wasmKernels()?.arena.size ?? 0) / MB).toFixed(0)} MB`);
  // The activations alone: every op's output of this run, as the session holds them.
  const sizes = [784 * 32 * 3, 196 * 32, 196 * 64 * 3, 49 * 64, 1024 * 2, 10 * 2].reduce((a, b) => a + b, 0);
  console.log(`  (the run's activation tensors alone, if all kept: ≈ ${((n * sizes * 4) / MB).toFixed(0)} MB)`);
}

function main(): void {
  const only = option('only')?.split(',');
  const wanted = (t: string) => !only || only.includes(t);
  console.log(`kernels: ${wasmKernels() ? 'WebAssembly SIMD (float32)' : 'plain JS'}`);
  if (wanted('ops')) benchOps();
  const data = wanted('profile') || wanted('step') || wanted('eval') ? loadMnist() : null;
  if (data && wanted('profile')) benchProfile(data);
  if (data && wanted('step')) benchStep(data);
  if (data && wanted('eval')) benchEval(data);
}

main();
