// tf.while_loop in the engine: values, TF1's names and error texts, shape invariants,
// maximum_iterations, nesting, and gradients (finite differences) through loop variables and
// captured tensors.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';

const run = (t: tf.Tensor | tf.Tensor[], feeds: [tf.Tensor, tf.NDArray][] = []) => new tf.Session().run(t, feeds);
const value = (t: tf.Tensor, feeds: [tf.Tensor, tf.NDArray][] = []) => Array.from((run(t, feeds) as tf.NDArray).numeric);
const i32 = (v: number) => tf.constant(v, 'int32');
const f64 = (v: number | number[]) => tf.constant(tf.NDArray.from(v, 'float64'));

function throwsText(f: () => unknown, type: string, text: string): void {
  assert.throws(f, (e: Error & { pyType?: string }) => {
    assert.equal(e.pyType ?? e.name, type);
    assert.equal(e.message, text);
    return true;
  });
}

describe('control flow: while_loop', () => {
  beforeEach(() => clearDefaultGraphState());

  it('counts to 10 and names its ops as TF1 does (while/Identity, while/Less, while/Exit)', () => {
    const [r] = tf.whileLoop(([i]) => tf.less(i, 10), ([i]) => [tf.add(i, 1)], [i32(0)]);
    assert.deepEqual(value(r), [10]);
    assert.equal(r.name, 'while/Exit:0');
    const names = tf.getDefaultGraph().getOperations().map(o => o.name);
    for (const n of ['while/Identity', 'while/Less', 'while/Add', 'while/While', 'while/Exit']) assert.ok(names.includes(n), n);
    const [r2] = tf.whileLoop(([i]) => tf.less(i, 3), ([i]) => [tf.add(i, 1)], [i32(0)]);
    assert.equal(r2.name, 'while_1/Exit:0');
  });

  it('carries several variables and reads a fed tensor from outside (sum of squares up to n)', () => {
    const n = tf.placeholder('int32', []);
    const [k, total] = tf.whileLoop(([k]) => tf.lessEqual(k, n), ([k, acc]) => [tf.add(k, 1), tf.add(acc, tf.multiply(k, k))], [i32(1), i32(0)]);
    assert.deepEqual(value(total, [[n, tf.NDArray.from(4, 'int32')]]), [30]);
    assert.deepEqual(value(k, [[n, tf.NDArray.from(0, 'int32')]]), [1]);
    assert.equal(k.name, 'while/Exit:0');
    assert.equal(total.name, 'while/Exit_1:0');
  });

  it('lets a shape vary across iterations with shape_invariants, and rejects it without them', () => {
    const m0 = tf.ones([2, 2]);
    const [, grown] = tf.whileLoop(([k]) => tf.less(k, 3), ([k, m]) => [tf.add(k, 1), tf.concat([m, m], 0)],
      [i32(0), m0], { shapeInvariants: [[], [null, 2]] });
    assert.deepEqual((run(grown) as tf.NDArray).shape, [16, 2]);
    assert.deepEqual(grown.shape, [null, 2]);
    throwsText(() => tf.whileLoop(([k]) => tf.less(k, 3), ([k, m]) => [tf.add(k, 1), tf.concat([m, m], 0)], [i32(0), m0]), 'ValueError',
      "Input tensor 'ones:0' enters the loop with shape (2, 2), but has shape (4, 2) after one iteration. To allow the shape to vary across iterations, use the `shape_invariants` argument of tf.while_loop to specify a less-specific shape.");
    throwsText(() => tf.whileLoop(([k]) => tf.less(k, 3), ([k]) => [k], [m0], { shapeInvariants: [[3]] }), 'ValueError',
      'The shape invariant specified for ones:0 is not compatible with the initial shape of the loop variable. It enters the loop with shape (2, 2), but the specified shape invariant is (3,).');
  });

  it('stops at maximum_iterations and strips its counter from the results', () => {
    const [i, s] = tf.whileLoop(() => tf.constant(true), ([i, s]) => [tf.add(i, 1), tf.add(s, 2)], [i32(0), i32(0)], { maximumIterations: 5 });
    assert.deepEqual([value(i), value(s)], [[5], [10]]);
    const [j] = tf.whileLoop(([j]) => tf.less(j, 2), ([j]) => [tf.add(j, 1)], [i32(0)], { maximumIterations: 5 });
    assert.deepEqual(value(j), [2]);
    throwsText(() => tf.whileLoop(() => tf.constant(true), ([x]) => [x], [i32(0)], { maximumIterations: tf.constant([1, 2], 'int32') }), 'ValueError',
      'maximum_iterations must be a scalar, saw shape: (2,)');
  });

  it('raises TF1\'s errors for bad arguments', () => {
    throwsText(() => tf.whileLoop(() => tf.constant(true), v => v, [i32(0)], { parallelIterations: 0 }), 'TypeError', 'parallel_iterations must be a positive integer.');
    throwsText(() => tf.whileLoop(() => tf.constant(true), v => v, []), 'ValueError', 'No loop variables provided');
    throwsText(() => tf.whileLoop(([i]) => i, v => v, [i32(0)]), 'TypeError',
      "Input 'input' of 'LoopCond' Op has type int32 that does not match expected type of bool.");
    throwsText(() => tf.whileLoop(() => tf.constant(true), ([i]) => [i, i], [i32(0)]), 'ValueError',
      'Number of inputs and outputs of body must match loop_vars: 1, 2');
  });

  it('refuses to fetch a tensor that only exists inside the loop', () => {
    let inner: tf.Tensor | null = null;
    tf.whileLoop(([i]) => tf.less(i, 3), ([i]) => { inner = tf.add(i, 1); return [inner]; }, [i32(0)]);
    assert.throws(() => run(inner!), /is a loop variable inside the while loop 'while'/);
  });

  it('runs a loop nested in a loop body (TF\'s nested while contexts)', () => {
    const [, total] = tf.whileLoop(([i]) => tf.less(i, 3), ([i, acc]) => {
      const [, inner] = tf.whileLoop(([j]) => tf.less(j, i), ([j, a]) => [tf.add(j, 1), tf.add(a, j)], [i32(0), acc]);
      return [tf.add(i, 1), inner];
    }, [i32(0), i32(0)]);
    // i = 0: +0; i = 1: +0; i = 2: +0+1.
    assert.deepEqual(value(total), [1]);
  });

  it('records how many iterations a loop ran for the graph view', () => {
    const [r] = tf.whileLoop(([i]) => tf.less(i, 7), ([i]) => [tf.add(i, 1)], [i32(0)]);
    const sess = new tf.Session();
    sess.run(r);
    const loop = tf.getDefaultGraph().getOperationByName('while/While');
    assert.equal(tf.lastIterations(sess.runtime, loop), 7);
  });

  it('variables made inside a body live outside the loop and are shared by every iteration', () => {
    let v: tf.Variable | null = null;
    const [, out] = tf.whileLoop(([i]) => tf.less(i, 3), ([i, x]) => {
      v ??= new tf.Variable(tf.constant(2.0), { name: 'w' });
      return [tf.add(i, 1), tf.multiply(x, v)];
    }, [i32(0), tf.constant(1.0)]);
    assert.equal(v!.op.controlFlowContext, null);
    // init_scope keeps the name scope: TF1 names it while/w too.
    assert.equal(v!.name, 'while/w:0');
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    assert.deepEqual(Array.from((sess.run(out) as tf.NDArray).numeric), [8]);
  });

  describe('gradients (finite differences)', () => {
    it('of v·w³ with respect to the loop variable and the captured w', () =>
      checkGradient((w, v0) => tf.whileLoop(([k]) => tf.less(k, 3), ([k, v]) => [tf.add(k, 1), tf.multiply(v, w)], [i32(0), v0])[1],
        [randomArray([2], 0.5, 1.5), randomArray([2], -1, 1, 3)]));

    it('of a tanh recurrence with a captured matrix (an RNN in a loop)', () =>
      checkGradient((x0, W, b) => tf.whileLoop(([k]) => tf.less(k, 4), ([k, h]) => [tf.add(k, 1), tf.tanh(tf.add(tf.matmul(h, W), b))], [i32(0), x0])[1],
        [randomArray([2, 3]), randomArray([3, 3], -0.8, 0.8, 11), randomArray([3], -0.5, 0.5, 5)]));

    it('through nested loops (the inner loop reads the outer loop variable)', () =>
      checkGradient((x, w) => tf.whileLoop(([i]) => tf.less(i, 2), ([i, h]) => {
        const [, inner] = tf.whileLoop(([j]) => tf.less(j, 3), ([j, g]) => [tf.add(j, 1), tf.sin(tf.multiply(tf.add(g, h), w))], [i32(0), h]);
        return [tf.add(i, 1), inner];
      }, [i32(0), x])[1], [randomArray([3]), randomArray([3], 0.2, 0.9, 9)]));

    it('stops at the loop with back_prop=False (the outputs are constants)', () => {
      const w = f64(2);
      const [, y] = tf.whileLoop(([k]) => tf.less(k, 2), ([k, v]) => [tf.add(k, 1), tf.multiply(v, w)], [i32(0), f64(1)], { backProp: false });
      assert.deepEqual(tf.gradients(y, [w]), [null]);
    });

    it('gives None for a captured tensor the body does not differentiate through', () => {
      const w = f64(2), u = f64(3);
      const [, y] = tf.whileLoop(([k]) => tf.less(k, 2), ([k, v]) => [tf.add(k, tf.cast(tf.stopGradient(u), 'int32')), tf.multiply(v, w)], [i32(0), f64(1)]);
      const [gw, gu] = tf.gradients(y, [w, u]);
      assert.ok(gw);
      assert.equal(gu, null);
      assert.deepEqual(value(gw!), [1]);
    });
  });
});
