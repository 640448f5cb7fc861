// The seed program's shape at small size: softmax regression trained by
// GradientDescentOptimizer(0.5).minimize(cross_entropy) with sess.run(train, feed_dict).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { getKernel } from '../../../src/engine/kernels/registry';
import { hasGradientEntry } from '../../../src/engine/gradients/registry';

const ready = ['Softmax', 'Log', 'MatMul', 'Sum', 'Mean'].every(t => getKernel(t) && hasGradientEntry(t));
const whenReady = ready ? it : it.skip;

describe('the seed program, small', () => {
  beforeEach(() => clearDefaultGraphState());

  whenReady('minimize lowers the cross entropy and telemetry records every step', () => {
    const x = tf.placeholder('float32', [null, 4]);
    const y = tf.placeholder('float32', [null, 3]);
    const w = new tf.Variable(tf.zeros([4, 3]));
    const b = new tf.Variable(tf.zeros([3]));
    const a = tf.softmax(tf.add(tf.matmul(x, w), b));
    const crossEntropy = tf.reduceMean(tf.negative(tf.reduceSum(tf.multiply(y, tf.log(a)), [1])));
    const train = new tf.train.GradientDescentOptimizer(0.5).minimize(crossEntropy);
    assert.equal(train.name, 'GradientDescent');
    const names = tf.getDefaultGraph().getOperations().map(o => o.name);
    assert.ok(names.includes('GradientDescent/update_Variable/ApplyGradientDescent'));
    assert.ok(names.includes('GradientDescent/update_Variable_1/ApplyGradientDescent'));
    // Four separable points, one class each (class = argmax of the first three features).
    const xs = [[1, 0, 0, 1], [0, 1, 0, 1], [0, 0, 1, 1], [1, 0.2, 0, 0]];
    const ys = [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0]];
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    const feed: [tf.Tensor, number[][]][] = [[x, xs], [y, ys]];
    const first = (sess.run(crossEntropy, feed) as tf.NDArray).toArray()[0];
    for (let i = 0; i < 50; i++) sess.run(train, feed);
    const last = (sess.run(crossEntropy, feed) as tf.NDArray).toArray()[0];
    assert.ok(Math.abs(first - Math.log(3)) < 1e-5, `initial loss ln 3, got ${first}`);
    assert.ok(last < 0.2 * first, `loss fell from ${first} to ${last}`);
    const t = tf.getTelemetry(sess);
    assert.equal(t.totalSteps, 50);
    assert.deepEqual(t.variables.map(v => [v.name, v.shape]), [['Variable', [4, 3]], ['Variable_1', [3]]]);
    const losses = t.steps.map(s => s.loss!);
    assert.ok(losses.every(l => typeof l === 'number'), 'a train-only run computes the loss (gradients seed with Shape(loss))');
    assert.ok(Math.abs(losses[0] - first) < 1e-6, 'the step records the loss before its update');
    assert.ok(losses[49] < losses[0]);
    assert.ok(t.steps[0].variables[0].gradNorm > 0);
  });
});
