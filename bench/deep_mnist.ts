// mnist_deep.py's graph built with the engine's builders (`+ b` is an Add, as there), with a
// session whose variables are initialized: shared by the conv and memory benchmarks.
import * as tf from '../src/engine';
import { clearDefaultGraphState } from '../src/engine/graph/default_graph';

export function deepMnist() {
  clearDefaultGraphState();
  tf.setRandomSeed(0);
  const x = tf.placeholder('float32', [null, 784]);
  const y_ = tf.placeholder('float32', [null, 10]);
  const keepProb = tf.placeholder('float32');
  const weight = (shape: number[]) => new tf.Variable(tf.truncatedNormal(shape, { stddev: 0.1 }));
  const bias = (n: number) => new tf.Variable(tf.constant(0.1, 'float32', 'Const', [n]));
  const conv = (a: tf.Tensor, w: tf.Variable) => tf.conv2d(a, w.value(), [1, 1, 1, 1], 'SAME');
  const pool = (a: tf.Tensor) => tf.maxPool(a, [1, 2, 2, 1], [1, 2, 2, 1], 'SAME');
  const image = tf.reshape(x, [-1, 28, 28, 1]);
  const w1 = weight([5, 5, 1, 32]), b1 = bias(32);
  const h1 = pool(tf.relu(tf.add(conv(image, w1), b1.value())));
  const w2 = weight([5, 5, 32, 64]), b2 = bias(64);
  const h2 = pool(tf.relu(tf.add(conv(h1, w2), b2.value())));
  const wf1 = weight([7 * 7 * 64, 1024]), bf1 = bias(1024);
  const f1 = tf.relu(tf.add(tf.matmul(tf.reshape(h2, [-1, 7 * 7 * 64]), wf1.value()), bf1.value()));
  const wf2 = weight([1024, 10]), bf2 = bias(10);
  const logits = tf.add(tf.matmul(tf.dropout(f1, keepProb), wf2.value()), bf2.value());
  const loss = tf.reduceMean(tf.softmaxCrossEntropyWithLogits({ labels: y_, logits }));
  const train = new tf.train.AdamOptimizer({ learningRate: 1e-4 }).minimize(loss);
  const correct = tf.equal(tf.argmax(logits, 1), tf.argmax(y_, 1));
  const accuracy = tf.reduceMean(tf.cast(correct, 'float32'));
  const sess = new tf.Session();
  sess.run(tf.globalVariablesInitializer());
  return { x, y_, keepProb, train, loss, accuracy, sess };
}
