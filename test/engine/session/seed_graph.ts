// The seed program's graph (softmax, log, the naive cross-entropy, SGD 0.5) built from the engine
// API in a fresh default graph, with its session open and variables initialised: the graph the
// bit-identity tests of the GEMM and feed placements train.
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

export interface SeedGraph {
  x: tf.Tensor; y: tf.Tensor; w: tf.Variable; b: tf.Variable; loss: tf.Tensor; train: unknown; sess: tf.Session;
  /** The bits of a variable's value. */
  bitsOf(v: tf.Variable): Uint32Array;
}

export const bits = (a: Float32Array): Uint32Array => new Uint32Array(Float32Array.from(a).buffer);

export function seedGraph(): SeedGraph {
  clearDefaultGraphState();
  const x = tf.placeholder('float32', [null, 784]), y = tf.placeholder('float32', [null, 10]);
  const w = new tf.Variable(tf.zeros([784, 10])), b = new tf.Variable(tf.zeros([10]));
  const a = tf.softmax(tf.add(tf.matmul(x, w), b));
  const loss = tf.reduceMean(tf.negative(tf.reduceSum(tf.multiply(y, tf.log(a)), [1]) as never) as never);
  const train = new tf.train.GradientDescentOptimizer(0.5).minimize(loss as never);
  const sess = new tf.Session();
  sess.run(tf.globalVariablesInitializer());
  const bitsOf = (v: tf.Variable) => bits((sess.run(v as never) as tf.NDArray).numeric as Float32Array);
  return { x, y, w, b, loss: loss as tf.Tensor, train, sess, bitsOf };
}

/** One-hot labels for step `s`: row i is class (7i + s) mod 10. */
export function seedLabels(s: number): Float32Array {
  const ys = new Float32Array(1000);
  for (let i = 0; i < 100; i++) ys[i * 10 + ((i * 7 + s) % 10)] = 1;
  return ys;
}
