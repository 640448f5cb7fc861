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

  it('assert_equal on constants fails when the graph is built (TF 1.15\'s _assert_static); the others wait for the run', () => {
    const e = failure('tf.assert_equal(tf.constant(1), tf.constant(2))');
    assert.equal(e.ename, 'InvalidArgumentError');
    assert.equal(e.evalue, '\nCondition x == y did not hold element-wise:\nx (Const:0) = \n1\ny (Const_1:0) = \n2');
    // TF 1.15's assert_less has no static check: the graph builds, the run fails.
    const less = failure('a = tf.assert_less(tf.constant(2), tf.constant(1))\nprint("built")\ntf.Session().run(a)');
    assert.equal(less.ename, 'InvalidArgumentError');
    assert.match(less.evalue, /^assertion failed: \[\] \[Condition x < y did not hold element-wise:\] \[x \(Const:0\) = \] \[2\] \[y \(Const_1:0\) = \] \[1\]/);
  });

  it('keeps TF 1.15\'s texts of every comparison, the joined literals of <=, >, >= and <= 0 included', () => {
    const cases: [string, string][] = [
      ['tf.assert_none_equal(x, [1.0, 5.0])', '[Condition x != y did not hold for every single element:] [x (x:0) = ] [1 2] [y (assert_none_equal/y:0) = ] [1 5]'],
      ['tf.debugging.assert_less_equal(x, 1.5)', '[Condition x <= y did not hold element-wise:x (x:0) = ] [1 2] [y (assert_less_equal/y:0) = ] [1.5]'],
      ['tf.assert_greater(x, 1.0)', '[Condition x > y did not hold element-wise:x (x:0) = ] [1 2] [y (assert_greater/y:0) = ] [1]'],
      ['tf.debugging.assert_greater_equal(x, 1.5)', '[Condition x >= y did not hold element-wise:x (x:0) = ] [1 2] [y (assert_greater_equal/y:0) = ] [1.5]'],
      ['tf.assert_non_positive(x)', '[Condition x <= 0 did not hold element-wise:x (x:0) = ] [1 2]'],
      ['tf.debugging.assert_non_negative(-x)', '[Condition x >= 0 did not hold element-wise:] [x (Neg:0) = ] [-1 -2]'],
    ];
    for (const [call, text] of cases) {
      const e = failure(`x = tf.placeholder(tf.float32, name="x")\ntf.Session().run(${call}, {x: [1.0, 2.0]})`);
      assert.equal(e.ename, 'InvalidArgumentError', call);
      assert.equal(e.evalue.split('\n')[0], `assertion failed: [] ${text}`, call);
    }
  });

  it('assert_rank_at_least and assert_rank_in: TF\'s ValueError when the rank is known, an Assert otherwise', () => {
    const least = failure('tf.assert_rank_at_least(tf.zeros([2, 3], name="z"), 3, message="need 3")');
    assert.equal(least.ename, 'ValueError');
    assert.equal(least.evalue, 'need 3.  Tensor z:0 must have rank at least 3.  Received rank 2, shape (2, 3)');
    const inside = failure('tf.debugging.assert_rank_in(tf.zeros([2, 3], name="z"), [0, 1])');
    assert.equal(inside.evalue, '.  Tensor z:0 must have rank in (array(0, dtype=int32), array(1, dtype=int32)).  Received rank 2, shape (2, 3)');
    const ok = run(`${prelude}p = tf.placeholder(tf.float32, name="p")\nsess = tf.Session()\nsess.run([tf.assert_rank_at_least(p, 1), tf.assert_rank_in(p, (1, 3))], {p: [[[1.0]]]})\nprint('ok', tf.assert_rank_in(tf.zeros([2]), [1, 2]).type)`);
    assert.equal(ok.stdout, 'ok NoOp\n', ok.stderr);
    const dyn = failure('p = tf.placeholder(tf.float32, name="p")\ntf.Session().run(tf.assert_rank_in(p, [1, 3]), {p: [[1.0]]})');
    assert.match(dyn.evalue, /^assertion failed: \[\] \[Tensor p:0 must have rank in\] \[1\] \[3\] \[Received shape: \] \[1 1\]/);
    const dynLeast = failure('p = tf.placeholder(tf.float32, name="p")\ntf.Session().run(tf.debugging.assert_rank_at_least(p, 2), {p: [1.0]})');
    assert.match(dynLeast.evalue, /^assertion failed: \[\] \[Tensor p:0 must have rank at least\] \[2\] \[Received shape: \] \[1\]/);
  });

  it('each debug function of the issue is where TF 1.15 puts it: tf.*, tf.debugging.* and tf.compat.v1.*', () => {
    const r = run(`${prelude}both = ['assert_equal', 'assert_less', 'assert_positive', 'assert_non_negative', 'assert_rank', 'check_numerics', 'Assert']
print([n for n in both if not (hasattr(tf, n) and hasattr(tf.debugging, n) and hasattr(tf.compat.v1, n))])
print(hasattr(tf.debugging, 'assert_shapes'), hasattr(tf.compat.v1.debugging, 'assert_shapes'), hasattr(tf, 'assert_shapes'))
print(hasattr(tf, 'Print'), hasattr(tf, 'print'), hasattr(tf.compat.v1, 'Print'), hasattr(tf.compat.v1, 'print'))
print(hasattr(tf, 'add_check_numerics_ops'), hasattr(tf, 'verify_tensor_all_finite'), hasattr(tf.debugging, 'assert_all_finite'))`);
    assert.ok(r.result.ok, r.stderr);
    assert.equal(r.stdout, '[]\nTrue True False\nTrue True True True\nTrue True True\n');
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
