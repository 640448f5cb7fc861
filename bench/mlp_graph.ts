// The MLP workload the benches share (bench/peer-gradbook.ts against its peers, bench/telemetry_step.ts
// for telemetry's cost): 784-256-256-10 with ReLU, softmax cross-entropy with logits, Adam 1e-3; its inputs come
// from bench/digit_inputs.ts.
import * as tf from '../src/engine';
import { clearDefaultGraphState } from '../src/engine/graph/default_graph';

/** A fresh default graph with the MLP, its Adam train op, and an initialized session. */
export function mlpGraph(): { x: tf.Tensor; y: tf.Tensor; train: tf.Operation; sess: tf.Session } {
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
  return { x, y, train, sess };
}
