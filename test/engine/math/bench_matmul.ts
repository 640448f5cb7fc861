// Timing of the hot MatMul shapes through the session (not a test: run with
// `npx tsx test/engine/math/bench_matmul.ts`). Reports µs per call.
import * as tf from '../../../src/engine';

function time(label: string, fetch: tf.Tensor, feeds: [tf.Tensor, tf.NDArray][], sess: tf.Session): void {
  for (let i = 0; i < 300; i++) sess.run(fetch, feeds);
  let best = Infinity;
  for (let trial = 0; trial < 5; trial++) {
    const reps = 300, t0 = process.hrtime.bigint();
    for (let i = 0; i < reps; i++) sess.run(fetch, feeds);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e3 / reps);
  }
  console.log(`${label}: ${best.toFixed(1)} µs per run`);
}
const rand = (shape: number[]) => { const a = tf.NDArray.zeros('float32', shape); for (let i = 0; i < a.size; i++) a.numeric[i] = Math.random() - 0.5; return a; };

const x = tf.placeholder('float32', [null, 784]);
const w = tf.placeholder('float32', [784, 10]);
const g = tf.placeholder('float32', [null, 10]);
const forward = tf.matmul(x, w);
const gradW = tf.matmul(x, g, { transposeA: true });
const gradX = tf.matmul(g, w, { transposeB: true });
const sess = new tf.Session();
const xv = rand([100, 784]), wv = rand([784, 10]), gv = rand([100, 10]);
time('MatMul [100,784]x[784,10]', forward, [[x, xv], [w, wv]], sess);
time('MatMul transpose_a [784,100]x[100,10]', gradW, [[x, xv], [g, gv]], sess);
time('MatMul transpose_b [100,10]x[10,784]', gradX, [[g, gv], [w, wv]], sess);

// The softmax-regression step from math ops only (Softmax is the nn family's): forward + grads.
const wv2 = new tf.Variable(tf.zeros([784, 10]));
const b = new tf.Variable(tf.zeros([10]));
const y = tf.placeholder('float32', [null, 10]);
const logits = tf.operators.add(tf.matmul(x, wv2), b);
const e = tf.exp(logits);
const p = tf.operators.truediv(e, tf.reduceSum(e, [1], true));
const loss = tf.reduceMean(tf.operators.neg(tf.reduceSum(tf.operators.mul(y, tf.log(p)), [1])));
const grads = tf.gradients(loss, [wv2, b]) as tf.Tensor[];
sess.run(tf.globalVariablesInitializer());
const yv = tf.NDArray.zeros('float32', [100, 10]);
for (let i = 0; i < 100; i++) yv.numeric[i * 10 + (i % 10)] = 1;
time('loss + gradients (math ops only)', grads[0], [[x, xv], [y, yv]], sess);
