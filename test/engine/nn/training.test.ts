// End to end: a tiny Deep-MNIST-shaped net (conv → bias → relu → max pool → dropout → dense →
// softmax xent, Adam) learns a synthetic 4-class task, so every nn gradient composes with the
// optimizer. Classes: which quadrant of an 8x8 image holds a bright 3x3 blob.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

function makeBatch(n: number, seed: number): [tf.NDArray, tf.NDArray, tf.NDArray] {
  let s = seed;
  const rand = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  const images = tf.NDArray.zeros('float32', [n, 8, 8, 1]);
  const onehot = tf.NDArray.zeros('float32', [n, 4]);
  const ids = tf.NDArray.zeros('int32', [n]);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < 64; p++) images.numeric[i * 64 + p] = 0.2 * rand();
    const cls = Math.floor(rand() * 4);
    const y0 = (cls >> 1) * 4 + Math.floor(rand() * 2), x0 = (cls & 1) * 4 + Math.floor(rand() * 2);
    for (let dy = 0; dy < 3; dy++) for (let dx = 0; dx < 3; dx++) {
      const y = Math.min(y0 + dy, 7), x = Math.min(x0 + dx, 7);
      images.numeric[i * 64 + y * 8 + x] = 1;
    }
    onehot.numeric[i * 4 + cls] = 1;
    ids.numeric[i] = cls;
  }
  return [images, onehot, ids];
}

describe('nn end to end', () => {
  beforeEach(() => clearDefaultGraphState());

  it('a conv net with pooling, dropout and softmax xent trains with Adam', () => {
    tf.setRandomSeed(1);
    const x = tf.placeholder('float32', [null, 8, 8, 1]);
    const y = tf.placeholder('float32', [null, 4]);
    const ids = tf.placeholder('int32', [null]);
    const keep = tf.placeholder('float32');
    const w1 = new tf.Variable(tf.truncatedNormal([3, 3, 1, 8], { stddev: 0.3 }));
    const b1 = new tf.Variable(tf.constant(0.1, 'float32', 'Const', [8]));
    const h = tf.maxPool(tf.relu(tf.biasAdd(tf.conv2d(x, w1, [1, 1, 1, 1], 'SAME'), b1)), [1, 2, 2, 1], [1, 2, 2, 1], 'SAME');
    const flat = tf.dropout(tf.reshape(h, [-1, 4 * 4 * 8]), keep);
    const w2 = new tf.Variable(tf.truncatedNormal([128, 4], { stddev: 0.1 }));
    const b2 = new tf.Variable(tf.constant(0.1, 'float32', 'Const', [4]));
    const logits = tf.makeOp1('Add', [tf.matmul(flat, w2), b2.value()]);
    const loss = tf.reduceMean(tf.softmaxCrossEntropyWithLogits({ labels: y, logits }));
    const train = new tf.train.AdamOptimizer({ learningRate: 0.02 }).minimize(loss);
    const correct = tf.reduceSum(tf.cast(tf.inTopK(logits, ids, 1), 'int32'));

    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    const [testX, testY, testIds] = makeBatch(200, 99);
    const evalFeeds = (): [tf.Tensor, tf.NDArray][] => [[x, testX], [y, testY], [ids, testIds], [keep, tf.NDArray.scalar(1)]];
    const before = Number((sess.run(loss, evalFeeds()) as tf.NDArray).numeric[0]);
    for (let step = 0; step < 120; step++) {
      const [bx, by] = makeBatch(32, step + 1);
      sess.run(train, [[x, bx], [y, by], [keep, tf.NDArray.scalar(0.75)]]);
    }
    const [after, hits] = sess.run([loss, correct], evalFeeds()) as tf.NDArray[];
    assert.ok(Number(after.numeric[0]) < before / 3, `loss ${before} -> ${after.numeric[0]}`);
    assert.ok(Number(hits.numeric[0]) >= 180, `accuracy ${hits.numeric[0]}/200`);
  });
});
