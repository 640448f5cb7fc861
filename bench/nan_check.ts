// The automatic NaN/Inf check's cost (issue 17): a training step of the seed model (softmax
// regression, batch 100) and of Deep MNIST (batch 50) with the kernel's NanWatch attached and
// enabled, against the same steps with it turned off. Rounds alternate on and off so machine
// noise falls on both; the table gives medians, the on/off ratio and the share of the 'on' time
// spent inside the check itself (target: under 5 %), which other processes' load does not blur.
// `node --require tsx/cjs bench/nan_check.ts`
import * as tf from '../src/engine';
import { clearDefaultGraphState } from '../src/engine/graph/default_graph';
import { NanWatch } from '../src/engine/inspect/nan_watch';
import { deepMnist } from './deep_mnist';
import { loadMnist } from './workload';

interface Net { step: (s: number) => void }

function seedNet(data: ReturnType<typeof loadMnist>): Net {
  clearDefaultGraphState();
  const x = tf.placeholder('float32', [null, 784]), y_ = tf.placeholder('float32', [null, 10]);
  const W = new tf.Variable(tf.zeros([784, 10])), b = new tf.Variable(tf.zeros([10]));
  const y = tf.softmax(tf.add(tf.matmul(x, W.value()), b.value()));
  const loss = tf.reduceMean(tf.negative(tf.reduceSum(tf.multiply(y_, tf.log(y)), [1])));
  const train = new tf.train.GradientDescentOptimizer(0.5).minimize(loss);
  const sess = new tf.Session();
  sess.run(tf.globalVariablesInitializer());
  return { step: (s) => sess.run(train, batch(data, x, y_, s, 100)) };
}

function deepNet(data: ReturnType<typeof loadMnist>): Net {
  const net = deepMnist();
  return { step: (s) => net.sess.run(net.train, [...batch(data, net.x, net.y_, s, 50), [net.keepProb, tf.NDArray.scalar(0.5)]]) };
}

function batch(data: ReturnType<typeof loadMnist>, x: tf.Tensor, y: tf.Tensor, s: number, n: number): [tf.Tensor, tf.NDArray][] {
  const i = s % Math.floor(data.trainCount / n);
  return [
    [x, new tf.NDArray('float32', [n, 784], data.trainImages.subarray(i * n * 784, (i + 1) * n * 784))],
    [y, new tf.NDArray('float32', [n, 10], data.trainLabels.subarray(i * n * 10, (i + 1) * n * 10))],
  ];
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Time spent inside the check itself, summed: a ratio other processes' load does not blur. */
let checkMs = 0;
function timeChecks(watch: NanWatch): void {
  const check = watch.check.bind(watch);
  watch.check = (r) => { const t0 = performance.now(); const out = check(r); checkMs += performance.now() - t0; return out; };
}

function measure(name: string, net: Net, watch: NanWatch, steps: number, rounds: number): string {
  for (let s = 0; s < 5; s++) net.step(s); // warm-up: plans, buffers, JIT
  const times = { on: [] as number[], off: [] as number[] };
  checkMs = 0;
  let onMs = 0;
  let s = 0;
  for (let r = 0; r < rounds; r++) {
    for (const mode of (r % 2 ? ['off', 'on'] : ['on', 'off']) as ('on' | 'off')[]) {
      watch.enabled = mode === 'on';
      const t0 = performance.now();
      for (let k = 0; k < steps; k++) net.step(s++);
      const ms = performance.now() - t0;
      if (mode === 'on') onMs += ms;
      times[mode].push(ms / steps);
    }
  }
  const on = median(times.on), off = median(times.off);
  const inside = checkMs / onMs;
  return `${name.padEnd(24)} ${off.toFixed(3).padStart(9)} ${on.toFixed(3).padStart(9)} ${(on / off).toFixed(3).padStart(8)} ${(100 * inside).toFixed(2).padStart(9)}%`;
}

function main(): void {
  const data = loadMnist();
  const watch = new NanWatch().attach();
  console.log('NaN/Inf check (ms per training step, median of rounds)');
  console.log(`${'step'.padEnd(24)} ${'off'.padStart(9)} ${'on'.padStart(9)} ${'on/off'.padStart(8)} ${'in check'.padStart(10)}`);
  timeChecks(watch);
  console.log(measure('seed, batch 100', seedNet(data), watch, 200, 10));
  console.log(measure('Deep MNIST, batch 50', deepNet(data), watch, 3, 6));
  watch.dispose();
}

main();
