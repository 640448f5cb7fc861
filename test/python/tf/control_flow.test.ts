// tf.while_loop, tf.cond, tf.case, tf.map_fn, tf.scan, tf.foldl/foldr and tf.TensorArray from
// Python: structures, TF1's return conventions and error texts, gradients.
import { strict as assert } from 'assert';
import { PythonSession } from '../../../src/python';
import '../../../src/python/modules/standard';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

function py(lines: string[]): string {
  clearDefaultGraphState();
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(['import tensorflow as tf', 'import numpy as np', ...lines].join('\n') + '\n', '<cell 1>');
  if (!r.ok) throw new Error(r.error.traceback);
  return out;
}

function pyError(lines: string[]): string {
  clearDefaultGraphState();
  const s = new PythonSession({ stdout: () => undefined, stderr: () => undefined, display: () => undefined });
  const r = s.runCell(['import tensorflow as tf', ...lines].join('\n') + '\n', '<cell 1>');
  if (r.ok) throw new Error('expected an error');
  const tb = r.error.traceback.trim().split('\n');
  return tb.slice(tb.findIndex(l => /^\w+(Error|Exception): /.test(l))).join('\n');
}

describe('control flow from Python', () => {
  it('while_loop returns a bare tensor for one loop variable and the body\'s structure otherwise', () => {
    assert.equal(py([
      'r = tf.while_loop(lambda i: i < 10, lambda i: i + 1, [0])',
      'pair = tf.while_loop(lambda i, s: i < 4, lambda i, s: (i + 1, s + i), (0, 0))',
      'same = tf.while_loop(lambda i: i < 3, lambda i: [i + 1], [0], return_same_structure=True)',
      'print(r.name, type(pair).__name__, type(same).__name__)',
      'with tf.Session() as sess: print(sess.run(r), sess.run(pair), sess.run(same))',
    ]), 'while/Exit:0 tuple list\n10 (4, 6) [3]\n');
  });

  it('carries nested structures, namedtuples and TensorArrays as loop variables', () => {
    assert.equal(py([
      'ta = tf.TensorArray(tf.float32, size=3)',
      'def body(i, state):',
      '    (a, b), t = state',
      '    return i + 1, ((a * 2., b + a), t.write(i, a))',
      'i, ((a, b), t) = tf.while_loop(lambda i, s: i < 3, body, (0, ((tf.constant(1.), tf.constant(0.)), ta)))',
      'print(type(t).__name__, t.dtype, t.stack().shape)',
      'with tf.Session() as sess: print(sess.run([a, b, t.stack()]))',
    ]), 'TensorArray <dtype: \'float32\'> (?,)\n[8.0, 7.0, array([1., 2., 4.], dtype=float32)]\n');
  });

  it('raises TF1\'s while_loop errors', () => {
    assert.equal(pyError(['tf.while_loop(1, lambda i: i, [0])']), 'TypeError: cond must be callable.');
    assert.equal(pyError(['tf.while_loop(lambda i: i < 1, lambda i: i, [0], parallel_iterations=0)']), 'TypeError: parallel_iterations must be a positive integer.');
    assert.equal(pyError(['tf.while_loop(lambda i: i < 1, lambda i: (i, i), [0])']).split('\n')[0],
      "ValueError: The two structures don't have the same nested structure.");
    assert.equal(pyError(['tf.while_loop(lambda i: i < 1, lambda i: i, [0], shape_invariants=[2])']), 'ValueError: `shapes` must be a (possibly nested) list of shapes.');
  });

  it('cond unpacks singletons unless strict, and checks its branches as TF1 does', () => {
    assert.equal(py([
      'x = tf.placeholder(tf.float32, [])',
      'a = tf.cond(x > 0, lambda: [x * 2], lambda: [x - 1])',
      'b = tf.cond(x > 0, lambda: [x * 2], lambda: [x - 1], strict=True)',
      'c = tf.cond(x > 0, lambda: (x, {"k": x + 1}), lambda: (-x, {"k": x - 1}))',
      'print(a.name, type(b).__name__, type(c[1]).__name__)',
      'with tf.Session() as s: print(s.run([a, b, c], {x: 3.}), s.run(a, {x: -3.}))',
    ]), "cond/Merge:0 list dict\n[6.0, [6.0], (3.0, {'k': 4.0})] -4.0\n");
    assert.equal(pyError(['tf.cond(True, lambda: 1, lambda: 2)']), 'TypeError: pred must not be a Python bool');
    assert.equal(pyError(['tf.cond(tf.constant(True), lambda: 1)']), 'TypeError: cond(): false_fn argument required');
    assert.equal(pyError(['tf.cond(tf.constant(True), lambda: 1, lambda: None)']), 'ValueError: false_fn must have a return value.');
    assert.equal(pyError(['tf.cond(tf.constant(True), lambda: 1, lambda: 2, fn1=lambda: 3)']), 'TypeError: cond(): true_fn and fn1 may not be set simultaneously.');
    assert.match(pyError(['tf.cond(tf.constant(True), lambda: (1, 2), lambda: 3)']), /^ValueError: Incompatible return values of true_fn and false_fn: /);
  });

  it('cond runs only the taken branch, with an Operation as a branch result', () => {
    assert.equal(py([
      'v = tf.Variable(0)',
      'p = tf.placeholder(tf.bool, [])',
      'step = tf.cond(p, lambda: v.assign_add(1).op, lambda: tf.no_op())',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    for flag in [True, False, True]: s.run(step, {p: flag})',
      '    print(s.run(v))',
    ]), '2\n');
  });

  it('case picks the first true predicate, then the default (or the last fn)', () => {
    assert.equal(py([
      'x = tf.placeholder(tf.float32, [])',
      'c = tf.case([(x < 0, lambda: tf.constant(-1.)), (x > 100, lambda: tf.constant(1.))], default=lambda: tf.constant(0.))',
      'd = tf.case({x < 0: lambda: tf.constant(-1.), x >= 0: lambda: tf.constant(2.)})',
      'with tf.Session() as s: print([s.run(c, {x: v}) for v in (-3., 50., 500.)], s.run(d, {x: 1.}))',
    ]), '[-1.0, 0.0, 1.0] 2.0\n');
    assert.equal(pyError(['tf.case([(tf.constant(1), lambda: 1)])']), "TypeError: pred must be Tensor of type bool: <tf.Tensor 'Const:0' shape=() dtype=int32>");
  });

  it('case with exclusive=True runs an Assert first: one true predicate is fine, two fail the run naming them', () => {
    const out = py([
      'x = tf.placeholder(tf.float32, [])',
      'c = tf.case({tf.less(x, 1.): lambda: tf.constant(-1.), tf.greater(x, 0.): lambda: tf.constant(1.)}, default=lambda: tf.constant(0.), exclusive=True)',
      'with tf.Session() as s:',
      '    print(s.run(c, {x: -5.}), s.run(c, {x: 5.}))',
      '    try:',
      '        s.run(c, {x: 0.5})',
      '    except tf.errors.InvalidArgumentError as e:',
      '        print(e.message.splitlines()[0])',
    ]);
    const lines = out.trim().split('\n');
    assert.equal(lines[0], '-1.0 1.0');
    assert.match(lines[1], /^assertion failed: \[More than one condition evaluated as True but exclusive=True\.  Conditions: \(Less:0, Greater:0\), Values:\] \[1 1\]/);
  });

  it('map_fn, scan, foldl and foldr compute TF\'s values (structures, reverse, initializers)', () => {
    assert.equal(py([
      'e = tf.constant([1, 2, 3, 4])',
      'sq = tf.map_fn(lambda v: v * v, e)',
      'pairs = tf.map_fn(lambda p: p[0] * p[1], (e, e + 1), dtype=tf.int32)',
      'fl = tf.map_fn(lambda v: tf.cast(v, tf.float32) / 2, e, dtype=tf.float32)',
      'cs = tf.scan(lambda a, v: a + v, e)',
      'rs = tf.scan(lambda a, v: a + v, e, reverse=True)',
      'mx = tf.scan(lambda a, v: (a[0] + v, a[1] * v), e, initializer=(0, 1))',
      'l = tf.foldl(lambda a, v: a - v, e)',
      'r = tf.foldr(lambda a, v: a - v, e)',
      'li = tf.foldl(lambda a, v: a * 10 + v, e, initializer=0)',
      'print(sq.name, sq.shape, cs.shape)',
      'with tf.Session() as s: print(s.run([sq, pairs, fl, cs, rs, mx, l, r, li]))',
    ]), 'map/TensorArrayStack/TensorArrayGatherV3:0 (4,) (4,)\n'
      + '[array([ 1,  4,  9, 16], dtype=int32), array([ 2,  6, 12, 20], dtype=int32), array([0.5, 1. , 1.5, 2. ], dtype=float32), '
      + 'array([ 1,  3,  6, 10], dtype=int32), array([10,  9,  7,  4], dtype=int32), (array([ 1,  3,  6, 10], dtype=int32), array([ 1,  2,  6, 24], dtype=int32)), -8, -2, 1234]\n');
    assert.equal(pyError(['tf.map_fn(lambda v: v, tf.constant(1))']), 'ValueError: elems must be a 1+ dimensional Tensor, not a scalar');
  });

  it('differentiates through map_fn and scan', () => {
    assert.equal(py([
      'x = tf.constant([1., 2., 3.])',
      'y = tf.reduce_sum(tf.map_fn(lambda v: v * v * v, x))',
      'z = tf.reduce_sum(tf.scan(lambda a, v: a * v, x))',
      'with tf.Session() as s: print(s.run(tf.gradients(y, x)[0]), s.run(tf.gradients(z, x)[0]))',
    ]), '[ 3. 12. 27.] [9. 4. 2.]\n');
  });

  it('TensorArray methods and errors from Python', () => {
    assert.equal(py([
      'ta = tf.TensorArray(tf.float32, size=2, element_shape=[2])',
      'ta = ta.unstack([[1., 2.], [3., 4.]])',
      'print(ta.element_shape, ta.size().dtype)',
      'with tf.Session() as s: print(s.run([ta.read(1), ta.size()]))',
    ]), "(2,) <dtype: 'int32'>\n[array([3., 4.], dtype=float32), 2]\n");
    assert.equal(pyError(['tf.TensorArray(tf.float32)']), 'ValueError: Size must be provided if handle is not provided');
    assert.equal(pyError(['tf.TensorArray(tf.float32, 2, handle=1)']), "NotImplementedError: __init__() argument 'handle' is not supported by Gradbook: only new arrays (no existing handle)");
  });
});
