// tensorflow.examples.tutorials.mnist.mnist, the tutorial's model module: TF's scope and variable
// names, truncated-normal init with stddev 1/sqrt(fan_in), the mean sparse cross-entropy, a
// gradient-descent step that counts global_step, and in_top_k evaluation — checked against
// NumPy computations of the same formulas inside the program.
import { strict as assert } from 'assert';
import { ok, runScript } from './estimator_helpers';

describe('tensorflow.examples.tutorials.mnist.mnist', function () {
  this.timeout(60_000);

  it('inference/loss/training/evaluation: names, init statistics, loss and count against NumPy', () => {
    const r = ok(runScript([
      'import math',
      'import numpy as np',
      'import tensorflow as tf',
      'from tensorflow.examples.tutorials.mnist import mnist',
      'print(mnist.IMAGE_PIXELS, mnist.NUM_CLASSES, mnist.IMAGE_SIZE)',
      'images = tf.placeholder(tf.float32, [None, mnist.IMAGE_PIXELS])',
      'labels = tf.placeholder(tf.int32, [None])',
      'logits = mnist.inference(images, 64, 32)',
      'loss = mnist.loss(logits, labels)',
      // The tutorial's 0.5 can overshoot on one random batch from an unseeded init (1 run in ~30
      // raised the loss, which failed CI); a small rate makes one step a descent step.
      'train = mnist.training(loss, 0.01)',
      'correct = mnist.evaluation(logits, labels)',
      'print([(v.op.name, v.shape.as_list()) for v in tf.trainable_variables()])',
      'print(logits.op.name, loss.op.name, correct.dtype.name, [s.op.name for s in tf.get_collection(tf.GraphKeys.SUMMARIES)])',
      'sess = tf.Session()',
      'sess.run(tf.global_variables_initializer())',
      "w1, w2 = sess.run(['hidden1/weights:0', 'hidden2/weights:0'])",
      // A normal truncated at two standard deviations keeps 0.8796 of its standard deviation; the
      // tolerances are 5+ standard errors for 50,176 and 2,048 samples.
      'for w, fan_in, tol in ((w1, 784, 0.05), (w2, 64, 0.1)):',
      '    s = 1 / math.sqrt(fan_in)',
      '    print(abs(w.std() / (0.8796 * s) - 1) < tol, np.abs(w).max() <= 2 * s, abs(w.mean()) < tol * s)',
      'rng = np.random.RandomState(0)',
      'x = rng.rand(20, 784).astype(np.float32)',
      'y = rng.randint(0, 10, size=20).astype(np.int32)',
      'feed = {images: x, labels: y}',
      'z, l, c = sess.run([logits, loss, correct], feed)',
      'z64 = z.astype(np.float64)',
      'p = np.exp(z64 - z64.max(axis=1, keepdims=True))',
      'p /= p.sum(axis=1, keepdims=True)',
      'print(abs(l - (-np.log(p[np.arange(20), y]).mean())) < 1e-5, c == int((z.argmax(axis=1) == y).sum()))',
      'sess.run(train, feed)',
      "print(sess.run('global_step:0'), sess.run(loss, feed) < l)",
    ]));
    assert.equal(r.stdout, [
      '784 10 28',
      "[('hidden1/weights', [784, 64]), ('hidden1/biases', [64]), ('hidden2/weights', [64, 32]), ('hidden2/biases', [32]), ('softmax_linear/weights', [32, 10]), ('softmax_linear/biases', [10])]",
      'softmax_linear/add sparse_softmax_cross_entropy_loss/value int32 [\'loss\']',
      'True True True',
      'True True True',
      'True True',
      '1 True',
      '',
    ].join('\n'));
  });
});
