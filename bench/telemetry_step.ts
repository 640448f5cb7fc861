// One side of bench/telemetry_ab.ts, in its own process: the MLP step of bench/peer-gradbook.ts
// (784-256-256-10, ReLU, softmax cross-entropy, Adam, batch 128, one thread) run as a standalone
// script would, from its first step: CPU ms per step over the first COLD steps (where V8 compiles
// telemetry's loops, and where they used to deopt at every call), then over WARM more steps.
//   node --require tsx/cjs bench/telemetry_step.ts COLD WARM [off]   (off: telemetry disabled)
import * as tf from '../src/engine';
import { clearDefaultGraphState } from '../src/engine/graph/default_graph';
import { setTelemetryEnabled } from '../src/engine/telemetry/observer';

const [cold, warm] = process.argv.slice(2, 4).map(Number);
if (process.argv[4] === 'off') setTelemetryEnabled(false);

clearDefaultGraphState();
tf.setRandomSeed(0);
const x = tf.placeholder('float32', [null, 784]), y = tf.placeholder('float32', [null, 10]);
let h: tf.Tensor = x;
const sizes = [784, 256, 256, 10];
for (let i = 0; i + 1 < sizes.length; i++) {
  const w = new tf.Variable(tf.truncatedNormal([sizes[i], sizes[i + 1]], { stddev: 0.05 }));
  const b = new tf.Variable(tf.zeros([sizes[i + 1]]));
  h = tf.add(tf.matmul(h, w.value()), b.value());
  if (i + 2 < sizes.length) h = tf.relu(h);
}
const loss = tf.reduceMean(tf.softmaxCrossEntropyWithLogits({ labels: y, logits: h }));
const train = new tf.train.AdamOptimizer({ learningRate: 1e-3 }).minimize(loss);
const sess = new tf.Session();
sess.run(tf.globalVariablesInitializer());
let seed = 1;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const xs = tf.NDArray.zeros('float32', [128, 784]), ys = tf.NDArray.zeros('float32', [128, 10]);
for (let i = 0; i < xs.size; i++) xs.numeric[i] = rand();
for (let i = 0; i < 128; i++) ys.numeric[i * 10 + Math.floor(rand() * 10)] = 1;
const feeds = [[x, xs], [y, ys]] as never;

const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
let t = cpuMs();
for (let i = 0; i < cold; i++) sess.run(train, feeds);
const coldMs = (cpuMs() - t) / cold;
t = cpuMs();
for (let i = 0; i < warm; i++) sess.run(train, feeds);
const warmMs = (cpuMs() - t) / warm;
console.log(JSON.stringify({ coldMs, warmMs }));
