// tf.cond in the engine: only the taken branch runs, TF1's names and errors, conds inside
// loops and loops inside conds, gradients by finite differences.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';

const i32 = (v: number) => tf.constant(v, 'int32');
const feed = (t: tf.Tensor, v: number, dtype: tf.DType = 'float32'): [tf.Tensor, tf.NDArray] => [t, tf.NDArray.from(v, dtype)];

describe('control flow: cond', () => {
  beforeEach(() => clearDefaultGraphState());

  it('picks a branch from a fed predicate; the result is cond/Merge', () => {
    const x = tf.placeholder('float32', []);
    const [b] = tf.cond(tf.less(x, 5), () => [tf.add(x, 10)], () => [tf.square(x)]);
    assert.equal(b.name, 'cond/Merge:0');
    const s = new tf.Session();
    assert.deepEqual(Array.from((s.run(b, [feed(x, 2)]) as tf.NDArray).numeric), [12]);
    assert.deepEqual(Array.from((s.run(b, [feed(x, 7)]) as tf.NDArray).numeric), [49]);
    const names = tf.getDefaultGraph().getOperations().map(o => o.name);
    assert.ok(names.includes('cond/Add') && names.includes('cond/Square') && names.includes('cond/If'));
  });

  it('runs only the taken branch: an assign in the other branch does not happen', () => {
    const v = new tf.Variable(tf.constant(1.0), { name: 'v' });
    const p = tf.placeholder('bool', []);
    const [r] = tf.cond(p, () => [tf.add(v.value(), 0)], () => [v.assign(tf.constant(5.0))]);
    const s = new tf.Session();
    s.run(tf.globalVariablesInitializer());
    assert.deepEqual(Array.from((s.run(r, [feed(p, 1, 'bool')]) as tf.NDArray).numeric), [1]);
    assert.deepEqual(Array.from((s.run(v.value()) as tf.NDArray).numeric), [1]);
    assert.deepEqual(Array.from((s.run(r, [feed(p, 0, 'bool')]) as tf.NDArray).numeric), [5]);
    assert.deepEqual(Array.from((s.run(v.value()) as tf.NDArray).numeric), [5]);
  });

  it('merges the branches\' static shapes to the most specific compatible one', () => {
    const p = tf.placeholder('bool', []);
    const [r] = tf.cond(p, () => [tf.zeros([2, 3])], () => [tf.zeros([2, 4])]);
    assert.deepEqual(r.shape, [2, null]);
  });

  it('raises TF1\'s errors for mismatched branches', () => {
    const p = tf.placeholder('bool', []);
    assert.throws(() => tf.cond(p, () => [tf.constant(1.0)], () => [i32(1)]), /Outputs of true_fn and false_fn must have the same type: float32, int32/);
    assert.throws(() => tf.cond(i32(1), () => [i32(1)], () => [i32(1)]), /Input 'pred' of 'Switch' Op has type int32/);
  });

  it('works inside a while loop and holds a while loop in a branch', () => {
    const [, acc] = tf.whileLoop(([i]) => tf.less(i, 6), ([i, a]) => {
      const even = tf.equal(tf.floormod(i, 2), 0);
      const [d] = tf.cond(even, () => [i], () => [tf.multiply(i, 10)]);
      return [tf.add(i, 1), tf.add(a, d)];
    }, [i32(0), i32(0)]);
    assert.deepEqual(Array.from((new tf.Session().run(acc) as tf.NDArray).numeric), [0 + 10 + 2 + 30 + 4 + 50]);
    const n = tf.placeholder('int32', []);
    const [r] = tf.cond(tf.greater(n, 0), () => tf.whileLoop(([i]) => tf.less(i, n), ([i]) => [tf.add(i, 2)], [i32(0)]), () => [i32(-1)]);
    const s = new tf.Session();
    assert.deepEqual(Array.from((s.run(r, [feed(n, 5, 'int32')]) as tf.NDArray).numeric), [6]);
    assert.deepEqual(Array.from((s.run(r, [feed(n, -5, 'int32')]) as tf.NDArray).numeric), [-1]);
  });

  describe('gradients (finite differences)', () => {
    it('through the taken branch only (both predicate values)', () => {
      for (const sign of [1, -1]) {
        checkGradient((x, w) => tf.cond(tf.greater(tf.reduceSum(x), 0), () => [tf.multiply(tf.square(x), w)], () => [tf.sin(tf.multiply(x, w))])[0],
          [randomArray([3], 0.1 * sign, 1 * sign), randomArray([3], -1, 1, 4)]);
      }
    });
    it('of a cond inside a while loop', () =>
      checkGradient((x, w) => tf.whileLoop(([i]) => tf.less(i, 4), ([i, h]) => {
        const [n] = tf.cond(tf.equal(tf.floormod(i, 2), 0), () => [tf.tanh(tf.multiply(h, w))], () => [tf.add(h, tf.square(w))]);
        return [tf.add(i, 1), n];
      }, [i32(0), x])[1], [randomArray([2]), randomArray([2], 0.3, 1.2, 8)]));
    it('of a while loop inside a cond branch', () =>
      checkGradient((x, w) => tf.cond(tf.greater(tf.reduceSum(w), 0), () => [tf.whileLoop(([i]) => tf.less(i, 3), ([i, h]) => [tf.add(i, 1), tf.multiply(h, w)], [i32(0), x])[1]], () => [x])[0],
        [randomArray([2]), randomArray([2], 0.5, 1.5, 3)]));
  });
});
