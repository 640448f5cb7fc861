// Peak memory of one big run: the Deep MNIST tutorial's accuracy over the whole test set (4,500
// images in one sess.run), and a few training steps at batch 50 after it. Peak RSS is the
// kernel's high-water mark (VmHWM), so it sees inside the synchronous run, which a timer cannot.
// `node --expose-gc --require tsx/cjs bench/memory.ts`
import * as fs from 'fs';
import * as tf from '../src/engine';
import { wasmKernels } from '../src/engine/kernels/wasm/module';
import { MB } from './stats';
import { loadMnist } from './workload';
import { deepMnist } from './deep_mnist';
import { installThreadPool } from '../src/worker/threadPool';

// As in the kernel worker: the thread pool (GRADBOOK_THREADS) and weights in the shared kernel memory.
installThreadPool();

const BATCH = 50;

function status(field: 'VmHWM' | 'VmRSS'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;


async function main(): Promise<void> {
  const data = loadMnist();
  const net = deepMnist();
  const n = data.testCount;
  const xs = new tf.NDArray('float32', [n, 784], data.testImages), ys = new tf.NDArray('float32', [n, 10], data.testLabels);
  gc();
  const before = status('VmRSS');
  const hwmBefore = status('VmHWM');
  const acc = net.sess.run(net.accuracy, [[net.x, xs], [net.y_, ys], [net.keepProb, tf.NDArray.scalar(1)]]) as tf.NDArray;
  const hwm = status('VmHWM');
  const after = status('VmRSS');
  gc();
  // ArrayBuffer memory is returned by a background sweeper: give it a moment.
  await new Promise((r) => setTimeout(r, 200));
  const afterGc = status('VmRSS');
  const rt = net.sess.runtime as { memoryStats?: () => { peakLiveBytes: number; heldBytes: number } };
  const stats = rt.memoryStats?.();
  console.log(`Deep MNIST test-set accuracy, ${n} images in one run (accuracy ${Number(acc.numeric[0]).toFixed(3)}, untrained)`);
  console.log(`  RSS before ${mb(before)} (high-water mark so far ${mb(hwmBefore)})`);
  console.log(`  peak RSS during the run ${hwm > hwmBefore ? mb(hwm) : `≤ ${mb(hwmBefore)}`}`);
  console.log(`  RSS right after ${mb(after)}, after gc ${mb(afterGc)}; kernel memory ${mb(wasmKernels()?.arena.size ?? 0)}`);
  if (stats) console.log(`  session pool: peak live large buffers ${mb(stats.peakLiveBytes)}, held after the run ${mb(stats.heldBytes)}`);

  // Training resumes at batch 50: the pool gets its small buffers back without growing.
  const step = (s: number) => {
    const bx = tf.NDArray.zeros('float32', [BATCH, 784]), by = tf.NDArray.zeros('float32', [BATCH, 10]);
    bx.numeric.set(data.trainImages.subarray(s * BATCH * 784, (s + 1) * BATCH * 784));
    by.numeric.set(data.trainLabels.subarray(s * BATCH * 10, (s + 1) * BATCH * 10));
    net.sess.run(net.train, [[net.x, bx], [net.y_, by], [net.keepProb, tf.NDArray.scalar(0.5)]]);
  };
  for (let s = 0; s < 5; s++) step(s);
  gc();
  const s2 = rt.memoryStats?.();
  console.log(`  after 5 training steps at batch ${BATCH}: RSS ${mb(status('VmRSS'))}` + (s2 ? `, pool held ${mb(s2.heldBytes)}, peak live ${mb(s2.peakLiveBytes)}` : ''));
}

void main();
