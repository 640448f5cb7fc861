// The seed's program (shared/reference/seed.md), written in TypeScript against the engine with
// the same structure, checking what the blog post explains about minimize and sess.run.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { readDataSets } from '../../../src/engine/data';
import { nodeMnistEnvironment } from '../../../src/node';

describe('seed program in TypeScript (softmax regression on MNIST)', () => {
  before(() => clearDefaultGraphState());

  it('trains 2000 steps of batch 100 to >= 0.88 test accuracy, running only the ops train needs', () => {
    const mnist = readDataSets('MNIST_data/', { oneHot: true }, nodeMnistEnvironment(() => undefined));
    const x = tf.placeholder('float32', [null, 784]);
    const y = tf.placeholder('float32', [null, 10]);
    const w = new tf.Variable(tf.zeros([784, 10]));
    const b = new tf.Variable(tf.zeros([10]));
    // A placeholder nobody needs: sess.run(train) must neither require nor feed it.
    const unrelated = tf.placeholder('float32', [null, 3], 'unrelated');
    const a = tf.softmax(tf.add(tf.matmul(x, w), b));
    const crossEntropy = tf.reduceMean(tf.negative(tf.reduceSum(tf.multiply(y, tf.log(a)), [1])));
    const optimizer = new tf.train.GradientDescentOptimizer(0.5);

    const trainables = tf.getDefaultGraph().getCollection(tf.GraphKeys.TRAINABLE_VARIABLES);
    assert.deepEqual(trainables, [w, b], 'TRAINABLE_VARIABLES holds exactly w and b');
    const pairs = optimizer.computeGradients(crossEntropy);
    assert.equal(pairs.length, 2);
    for (const [grad, v] of pairs) {
      assert.ok(grad, `gradient for ${v.name}`);
      assert.match(grad!.name, /^gradients\//, `${grad!.name} lives under gradients/`);
    }
    const train = optimizer.minimize(crossEntropy);
    assert.equal(train.name, 'GradientDescent');
    assert.equal(train.type, 'NoOp');

    const init = tf.globalVariablesInitializer();
    const sess = new tf.Session();
    sess.run(init);
    for (let i = 0; i < 2000; i++) {
      const [bx, by] = mnist.train.next_batch(100);
      sess.run(train, [[x, bx], [y, by]]);
    }
    const executed = sess.lastRun!.plan.executed;
    const types = new Set(executed.map(o => o.type));
    assert.ok(types.has('ApplyGradientDescent'), 'train ran the update ops');
    assert.ok(!executed.includes(unrelated.op), 'the unrelated placeholder was not needed');
    assert.ok(!executed.some(o => o.name === 'Variable/Assign'), 'initializers are not part of a train step');

    const correct = tf.equal(tf.argmax(a, 1), tf.argmax(y, 1));
    const accuracy = tf.reduceMean(tf.cast(correct, 'float32'));
    const acc = sess.run(accuracy, [[x, mnist.test.images], [y, mnist.test.labels]]) as tf.NDArray;
    assert.ok(Number(acc.data[0]) >= 0.88, `accuracy ${acc.data[0]}`);
  });
});
