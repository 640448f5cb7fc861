// tf.py_func / tf.numpy_function from Python: the callable runs at sess.run time on NumPy
// values; results keep their dtypes (checked against Tout as TF's PyFuncOp does), a list Tout
// gives a list of tensors, Python exceptions fail the run with TF's error class, and
// tf.gradients through PyFunc gives None (TF registers it NotDifferentiable).
import { strict as assert } from 'assert';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

function py(lines: string[]): string {
  clearDefaultGraphState();
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(['import numpy as np', 'import tensorflow as tf', ...lines].join('\n') + '\n', '<cell 1>');
  if (!r.ok) throw new Error(r.error.traceback);
  return out;
}

/** The error class and message of one failing sess.run, as Python sees them. */
function runError(func: string[], call: string): string {
  return py([...func,
    'x = tf.placeholder(tf.float32)',
    `y = ${call}`,
    'try:',
    '    tf.Session().run(y, feed_dict={x: np.array([1.0, 2.0], np.float32)})',
    'except tf.errors.OpError as e:',
    '    print(type(e).__name__, isinstance(e, tf.errors.OpError))',
    '    print(e.message)',
  ]);
}

describe('tf.py_func', () => {
  it('runs the function on the fed NumPy values and keeps what it returns', () => {
    const out = py([
      'def f(a, b):',
      '    return (a * 2 + b).astype(np.float32)',
      'a = tf.placeholder(tf.float32); b = tf.constant([10.0, 20.0, 30.0])',
      'y = tf.py_func(f, [a, b], tf.float32)',
      "print(y.op.type, y.dtype.name, y.shape, y.shape.ndims, [t.name for t in y.op.inputs])",
      'xa = np.array([1.5, -2.0, 0.25], np.float32)',
      'r = tf.Session().run(y, feed_dict={a: xa})',
      'print(r.dtype, r.shape, np.array_equal(r, f(xa, np.array([10.0, 20.0, 30.0], np.float32))))',
      'print(r.tolist())',
    ]);
    assert.equal(out, [
      "PyFunc float32 <unknown> None ['Placeholder:0', 'Const:0']",
      'float32 (3,) True',
      '[13.0, 16.0, 30.5]',
      '',
    ].join('\n'));
  });

  it('gives a list of tensors for a list Tout, with each dtype; a scalar input arrives as a NumPy scalar', () => {
    const out = py([
      'def stats(v, k):',
      '    print("in", type(v).__name__, v.dtype, type(k).__name__)',
      '    return v.max(), np.int64(v.size * k), (v > 0)',
      'v = tf.placeholder(tf.float64)',
      'outs = tf.py_func(stats, [v, tf.constant(3)], [tf.float64, tf.int64, tf.bool], stateful=False)',
      'print(type(outs).__name__, [t.dtype.name for t in outs], outs[0].op.type)',
      'm, n, pos = tf.Session().run(outs, feed_dict={v: [[1.0, -4.0], [2.5, 0.0]]})',
      'print(m, n, pos.tolist())',
    ]);
    assert.equal(out, [
      "list ['float64', 'int64', 'bool'] PyFuncStateless",
      'in ndarray float64 int32',
      '2.5 12 [[True, False], [True, False]]',
      '',
    ].join('\n'));
  });

  it('calls a stateful function on every run; numpy_function too; string tensors arrive as bytes', () => {
    const out = py([
      'calls = []',
      'def count():',
      '    calls.append(1)',
      '    return np.int32(len(calls))',
      'c = tf.numpy_function(count, [], tf.int32)',
      'def up(s):',
      '    return s.upper()',
      "u = tf.py_func(up, [tf.constant('abc')], tf.string)",
      'with tf.Session() as sess:',
      '    print([int(sess.run(c)) for _ in range(3)], len(calls), sess.run(u))',
    ]);
    assert.equal(out, "[1, 2, 3] 3 b'ABC'\n");
  });

  it('fails the run when a returned dtype or count differs from Tout (no cast, as TF)', () => {
    const dtype = runError(['def f(v):', '    return v.astype(np.float64)'], 'tf.py_func(f, [x], tf.float32)');
    assert.match(dtype, /^InvalidArgumentError True\n0-th value returned by pyfunc_\d+ is double, but expects float\n/);
    const count = runError(['def f(v):', '    return [v, v]'], 'tf.py_func(f, [x], tf.float32)');
    assert.match(count, /^InvalidArgumentError True\npyfunc_\d+ returns 2 values, but expects to see 1 values\.\n/);
  });

  it("maps the Python exception to TF's error class with its traceback text", () => {
    const cases: [string, string][] = [
      ["raise ValueError('bad value')", 'InvalidArgumentError'],
      ["raise TypeError('bad type')", 'InvalidArgumentError'],
      ['raise NotImplementedError("later")', 'UnimplementedError'],
      ['return 1 // 0', 'UnknownError'],
    ];
    for (const [body, cls] of cases) {
      const out = runError(['def f(v):', `    ${body}`], 'tf.py_func(f, [x], tf.float32)');
      assert.equal(out.split('\n')[0], `${cls} True`, out);
      assert.match(out, /Traceback \(most recent call last\):/);
      const last = body.startsWith('return') ? 'ZeroDivisionError: integer division or modulo by zero' : body.replace(/^raise (\w+)\((.*)\)$/, (_, c, m) => `${c}: ${m.slice(1, -1)}`);
      assert.ok(out.includes(`${last}\n`), out);
      assert.ok(out.includes('[[node PyFunc]]'), out);
    }
  });

  it('has no gradient: tf.gradients through it gives None', () => {
    const out = py([
      'x = tf.constant([1.0, 2.0])',
      'y = tf.py_func(lambda v: v * 2, [x], tf.float32)',
      'print(tf.gradients(y, x), tf.gradients(y * x, x)[0] is not None)',
    ]);
    assert.equal(out, '[None] True\n');
  });

  it('is tf.compat.v1.py_func too and refuses a func that is not callable (ValueError, as TF)', () => {
    const out = py([
      'print(tf.compat.v1.py_func is tf.py_func)',
      'try:',
      '    tf.py_func(3, [], tf.float32)',
      'except ValueError as e:',
      '    print(e)',
    ]);
    assert.equal(out, "True\nExpected func to be callable, got func of type <class 'int'>\n");
  });
});
