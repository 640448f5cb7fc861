// TF's debug ops from Python: check_numerics and friends, the assert_* family with TF 1.15's
// texts, tf.Print and tf.print writing into the cell's output.
import * as assert from 'node:assert/strict';
import { errorOf, run } from '../helpers';

const prelude = 'import tensorflow as tf\nimport numpy as np\nimport sys\ntf.reset_default_graph()\n';

function failure(source: string): { ename: string; evalue: string } {
  const { result } = run(prelude + source);
  const e = errorOf(result);
  return { ename: e.ename, evalue: e.evalue };
}

describe('tf debug ops', () => {
  it('check_numerics passes finite values through and fails on NaN with TF\'s text', () => {
    const ok = run(`${prelude}x = tf.placeholder(tf.float32)\ny = tf.check_numerics(x, 'bad x')\nsess = tf.Session()\nprint(sess.run(y, {x: [1.0, 2.0]}))`);
    assert.equal(ok.stdout, '[1. 2.]\n');
    const e = failure(`x = tf.placeholder(tf.float32)\ny = tf.check_numerics(tf.log(x), 'log of x')\ntf.Session().run(y, {x: [0.0, -1.0]})`);
    assert.equal(e.ename, 'InvalidArgumentError');
    assert.match(e.evalue, /^log of x : Tensor had Inf and NaN values/);
  });

  it('add_check_numerics_ops names the first op whose output is not finite', () => {
    const e = failure('x = tf.placeholder(tf.float32, name="x")\ny = tf.log(x, name="lg")\nz = y * 2.0\ncheck = tf.add_check_numerics_ops()\ntf.Session().run([z, check], {x: [0.0]})');
    assert.equal(e.ename, 'InvalidArgumentError');
    assert.match(e.evalue, /^lg:0 : Tensor had Inf values/);
  });

  it('verify_tensor_all_finite returns the tensor and fails with msg', () => {
    const ok = run(`${prelude}x = tf.constant([1.0, 3.0])\nprint(tf.Session().run(tf.verify_tensor_all_finite(x, 'm')))`);
    assert.equal(ok.stdout, '[1. 3.]\n');
    const e = failure('x = tf.placeholder(tf.float32)\ntf.Session().run(tf.verify_tensor_all_finite(x / 0.0, "divided"), {x: [1.0]})');
    assert.match(e.evalue, /^divided : Tensor had Inf values/);
  });

  it('assert_equal fails at run time with TF\'s element-wise text and the first values', () => {
    const e = failure('x = tf.placeholder(tf.int32, name="x")\ny = tf.constant([1, 2, 3], name="y")\nwith tf.control_dependencies([tf.assert_equal(x, y)]):\n  out = tf.identity(x)\ntf.Session().run(out, {x: [1, 5, 3]})');
    assert.equal(e.ename, 'InvalidArgumentError');
    assert.match(e.evalue, /^assertion failed: \[\] \[Condition x == y did not hold element-wise:\] \[x \(x:0\) = \] \[1 5 3\] \[y \(y:0\) = \] \[1 2 3\]/);
  });

  it('assert_positive / non_negative / less pass or fail by the values, with message first', () => {
    const ok = run(`${prelude}x = tf.placeholder(tf.float32, name="x")\nops = [tf.assert_positive(x), tf.assert_non_negative(x), tf.debugging.assert_less(x, 10.0)]\nsess = tf.Session()\nsess.run(ops, {x: [1.0, 2.0]})\nprint('ok')`);
    assert.equal(ok.stdout, 'ok\n');
    const e = failure('x = tf.placeholder(tf.float32, name="x")\ntf.Session().run(tf.assert_positive(x, message="need > 0", summarize=2), {x: [1.0, -2.0, 3.0]})');
    assert.match(e.evalue, /^assertion failed: \[need > 0\] \[Condition x > 0 did not hold element-wise:\] \[x \(x:0\) = \] \[1 -2\.\.\.\]/);
    const n = failure('x = tf.placeholder(tf.float32, name="x")\ntf.Session().run(tf.assert_negative(x), {x: [-1.0, 0.0]})');
    assert.match(n.evalue, /\[Condition x < 0 did not hold element-wise:\]/);
  });

  it('asserts on constants fail when the graph is built, as TF\'s static check does', () => {
    const e = failure('tf.assert_equal(tf.constant(1), tf.constant(2))');
    assert.equal(e.ename, 'InvalidArgumentError');
    assert.match(e.evalue, /Condition x == y did not hold element-wise:/);
  });

  it('assert_rank is static when the rank is known, assert_type checks the dtype', () => {
    const r = failure('x = tf.zeros([3])\ntf.assert_rank(x, 2)');
    assert.equal(r.ename, 'ValueError');
    assert.match(r.evalue, /Tensor zeros:0 must have rank 2\.  Received rank 1, shape \(3,\)/);
    const dyn = failure('x = tf.placeholder(tf.float32, name="p")\ntf.Session().run(tf.assert_rank(x, 2), {x: [1.0]})');
    assert.match(dyn.evalue, /^assertion failed: \[\] \[Tensor p:0 must have rank\] \[2\] \[Received shape: \] \[1\]/);
    const t = failure('tf.assert_type(tf.constant([1, 2]), tf.float32)');
    assert.equal(t.ename, 'TypeError');
    assert.match(t.evalue, /Const:0 must be of type <dtype: 'float32'>/);
  });

  it('tf.Print writes message and data to the cell\'s stderr (TF writes the process stderr, which a notebook hides)', () => {
    const r = run(`${prelude}x = tf.constant([1.0, 2.5, 3.0, 4.0])\ny = tf.Print(x, [x, tf.reduce_sum(x)], 'x is: ')\nprint(tf.Session().run(y * 2))`);
    assert.equal(r.stderr, 'x is: [1 2.5 3...][10.5]\n');
    assert.equal(r.stdout, '[2. 5. 6. 8.]\n');
  });

  it('tf.Print honours first_n', () => {
    const r = run(`${prelude}x = tf.constant(1)\ny = tf.Print(x, [x], 'step ', first_n=2)\nsess = tf.Session()\nfor _ in range(4): sess.run(y)`);
    assert.equal(r.stderr, 'step [1]\nstep [1]\n');
  });

  it('tf.print formats like NumPy with summarize, to the stream output_stream names', () => {
    const r = run(`${prelude}x = tf.range(10)\np = tf.print('x =', x, 'done', output_stream=sys.stdout, summarize=2)\ntf.Session().run(p)`);
    assert.equal(r.stdout, 'x = [0 1 ... 8 9] done\n');
    const err = run(`${prelude}m = tf.constant([[1, 2], [3, 4]])\ntf.Session().run(tf.print(m, sep=','))`);
    assert.equal(err.stderr, '[[1 2]\n [3 4]]\n');
  });

  it('tf.print refuses an output stream it cannot write to', () => {
    const e = failure('tf.print(tf.constant(1), output_stream="file:///tmp/x")');
    assert.equal(e.ename, 'NotImplementedError');
    assert.match(e.evalue, /print\(\) argument 'output_stream'/);
  });
});
