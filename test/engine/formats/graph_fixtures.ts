// The seed program's graph (softmax regression + GradientDescent), built in the default graph.
import * as tf from '../../../src/engine';

export function buildSeedGraph() {
  const x = tf.placeholder('float32', [null, 784]);
  const y = tf.placeholder('float32', [null, 10]);
  const w = new tf.Variable(tf.zeros([784, 10]));
  const b = new tf.Variable(tf.zeros([10]));
  const a = tf.softmax(tf.add(tf.matmul(x, w), b));
  const crossEntropy = tf.reduceMean(tf.negative(tf.reduceSum(tf.multiply(y, tf.log(a)), [1])));
  const train = new tf.train.GradientDescentOptimizer(0.5).minimize(crossEntropy);
  const init = tf.globalVariablesInitializer();
  return { x, y, w, b, a, crossEntropy, train, init, graph: tf.getDefaultGraph() };
}

/** Deterministic pseudo-random batch (no RNG state shared with other tests). */
export function batch(rows: number, cols: number, seed: number, oneHot = false): number[][] {
  let s = seed;
  const next = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (oneHot ? (c === r % cols ? 1 : 0) : next())));
}
