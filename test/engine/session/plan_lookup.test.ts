// Session.planFor's repeat lookup (issue 15, wave 13): a run with the same fetches, targets and
// feeds as the previous one reuses its plan without building the cache key. These tests check
// that the shortcut gives the same numbers as the keyed lookup, and never hands one run's plan to
// a run that differs from it.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

const ROWS = 12, IN = 16, OUT = 4;

/** Deterministic inputs (no RNG): x from a sine, y one-hot. */
function inputs(seed: number): { x: tf.NDArray; y: tf.NDArray } {
  const x = tf.NDArray.zeros('float32', [ROWS, IN]);
  for (let i = 0; i < x.size; i++) x.numeric[i] = Math.fround(Math.sin(i * 0.37 + seed));
  const y = tf.NDArray.zeros('float32', [ROWS, OUT]);
  for (let r = 0; r < ROWS; r++) y.numeric[r * OUT + ((r + seed) % OUT)] = 1;
  return { x, y };
}

/** The seed model's graph (softmax regression, naive cross-entropy, SGD) at a small size. */
function seedGraph() {
  const x = tf.placeholder('float32', [null, IN]);
  const y = tf.placeholder('float32', [null, OUT]);
  const w = new tf.Variable(tf.zeros([IN, OUT]));
  const b = new tf.Variable(tf.zeros([OUT]));
  const a = tf.softmax(tf.add(tf.matmul(x, w), b));
  const loss = tf.reduceMean(tf.negative(tf.reduceSum(tf.multiply(y, tf.log(a)), [1])));
  const train = new tf.train.GradientDescentOptimizer(0.5).minimize(loss);
  const accuracy = tf.reduceMean(tf.cast(tf.equal(tf.argmax(a, 1), tf.argmax(y, 1)), 'float32'));
  return { x, y, w, b, a, loss, train, accuracy, init: tf.globalVariablesInitializer() };
}

type G = ReturnType<typeof seedGraph>;
const bytes = (v: unknown): number[] => Array.from(new Uint8Array((v as tf.NDArray).numeric.buffer.slice(0)));

/**
 * Trains a few steps, fetching the loss and the accuracy between steps; with `breakRepeats` an
 * unrelated run comes before every run, so none of them repeats its predecessor.
 */
function trace(g: G, breakRepeats: boolean): number[][] {
  const sess = new tf.Session();
  sess.run(g.init as tf.Operation);
  const out: number[][] = [];
  const other = tf.constant(7);
  const run = (fetch: unknown, feeds?: unknown) => {
    if (breakRepeats) sess.run(other);
    return sess.run(fetch as never, feeds as never);
  };
  for (let step = 0; step < 6; step++) {
    const { x, y } = inputs(step % 3);
    const feeds = [[g.x, x], [g.y, y]];
    run(g.train, feeds);
    run(g.train, feeds);
    out.push(bytes(run(g.loss, feeds)));
    out.push(bytes(run(g.accuracy, feeds)));
    const [l, , acc] = run([g.loss, g.train, g.accuracy], [[g.y, y], [g.x, x]]) as unknown[];
    out.push(bytes(l), bytes(acc));
  }
  out.push(bytes(sess.run(g.w)), bytes(sess.run(g.b)));
  sess.close();
  return out;
}

describe('Session plan lookup: a repeated run reuses its plan', () => {
  beforeEach(() => clearDefaultGraphState());

  it('gives the same losses, accuracies and weights, bit for bit, as runs that never repeat', () => {
    const g = seedGraph();
    const repeated = trace(g, false);
    const keyed = trace(g, true);
    assert.equal(repeated.length, keyed.length);
    repeated.forEach((r, i) => assert.deepEqual(r, keyed[i], `value ${i}`));
    // The weights moved: the comparison is not between two untrained models.
    assert.ok(repeated[repeated.length - 2].some(v => v !== 0));
  });

  it('reuses the same plan object for a repeated run, and a different one for a different run', () => {
    const g = seedGraph();
    const sess = new tf.Session();
    sess.run(g.init as tf.Operation);
    const { x, y } = inputs(0);
    const feeds = [[g.x, x], [g.y, y]] as never;
    sess.run(g.train as tf.Operation, feeds);
    const first = sess.lastRun!.plan;
    sess.run(g.train as tf.Operation, feeds);
    assert.equal(sess.lastRun!.plan, first);
    sess.run(g.loss, feeds);
    assert.notEqual(sess.lastRun!.plan, first);
    sess.run(g.train as tf.Operation, feeds);
    assert.equal(sess.lastRun!.plan, first, 'the keyed cache still finds the train plan');
    sess.close();
  });

  it('never answers a run with the previous run\'s plan when fetches or feeds differ', () => {
    const g = seedGraph();
    const sess = new tf.Session();
    sess.run(g.init as tf.Operation);
    const { x, y } = inputs(1);
    const feeds = [[g.x, x], [g.y, y]] as never;
    // Same number of fetches, different tensors, one after the other.
    const loss = sess.run(g.loss, feeds) as tf.NDArray;
    const acc = sess.run(g.accuracy, feeds) as tf.NDArray;
    const loss2 = sess.run(g.loss, feeds) as tf.NDArray;
    assert.equal(loss.numeric[0], Math.fround(Math.log(OUT)), 'zero weights: the loss is log(classes)');
    assert.deepEqual(bytes(loss2), bytes(loss));
    assert.notDeepEqual(bytes(acc), bytes(loss));
    // A run feeding fewer tensors needs its own plan: fetching `a` feeds only x.
    const probs = sess.run(g.a, [[g.x, x]] as never) as tf.NDArray;
    assert.deepEqual(probs.shape, [ROWS, OUT]);
    assert.equal(probs.numeric[0], Math.fround(1 / OUT));
    // Feeding a tensor the previous run computed (the softmax) changes the plan too.
    const fedA = tf.NDArray.zeros('float32', [ROWS, OUT]);
    fedA.numeric.fill(1);
    const lossFedA = sess.run(g.loss, [[g.a, fedA], [g.y, y]] as never) as tf.NDArray;
    assert.ok(lossFedA.numeric[0] === 0, 'log(1) = 0 for the fed probabilities');
    sess.close();
  });
});
