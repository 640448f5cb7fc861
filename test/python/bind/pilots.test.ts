// The functions migrated to signature tables in phase 1, as a notebook cell sees them: one
// engine-declared family (tf.matmul, tf.nn.conv2d, tf.nn.atrous_conv2d, the unary math
// functions), two NumPy functions and two builtins, with their values and their error texts.
import { strict as assert } from 'assert';
import { PythonSession } from '../../../src/python';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

function py(lines: string[]): string {
  clearDefaultGraphState();
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(lines.join('\n') + '\n', '<cell 1>');
  if (!r.ok) throw new Error(r.error.traceback);
  return out;
}

/** `try: <stmt>` printing the exception's class and text. */
const fails = (stmt: string) => [`try:`, `    ${stmt}`, `except Exception as e:`, `    print(type(e).__name__ + ': ' + str(e))`];

describe('table-bound functions from Python', () => {
  describe('tf (signatures declared by the op definitions)', () => {
    it('tf.matmul: values, keywords, and CPython/TF error texts', () => {
      const out = py([
        'import tensorflow as tf',
        'a = tf.constant([[1., 2.], [3., 4.]]); b = tf.constant([[1., 0.], [1., 1.]])',
        'sess = tf.Session()',
        'print(sess.run(tf.matmul(a, b, transpose_b=True)).tolist(), tf.matmul(a, b, name="mm").name)',
        'print(sess.run(tf.matmul([[1., 2.]], a)).tolist(), tf.linalg.matmul is tf.matmul)',
        ...fails('tf.matmul(a)'),
        ...fails('tf.matmul(a, b, transpose_a=1)'),
        ...fails('tf.matmul(a, b, transpose_a=True, adjoint_a=True)'),
        ...fails('tf.matmul(a, b, bogus=1)'),
        ...fails('tf.matmul(a, b, False, False, False, False, False, False, None, 1)'),
      ]);
      assert.equal(out, [
        '[[1.0, 3.0], [3.0, 7.0]] mm:0',
        '[[7.0, 10.0]] True',
        "TypeError: matmul() missing 1 required positional argument: 'b'",
        "TypeError: Expected bool for argument 'transpose_a' not 1.",
        'ValueError: Only one of transpose_a and adjoint_a can be True.',
        "TypeError: matmul() got an unexpected keyword argument 'bogus'",
        'TypeError: matmul() takes from 2 to 9 positional arguments but 10 were given',
        '',
      ].join('\n'));
    });

    it('unary math: one function object under tf, tf.math and tf.nn; plain values take TF dtypes', () => {
      const out = py([
        'import tensorflow as tf',
        'print(tf.math.exp is tf.exp, tf.nn.sigmoid is tf.sigmoid, tf.nn.tanh is tf.math.tanh, tf.neg is tf.negative)',
        'x = tf.placeholder(tf.float32, [2])',
        'y = tf.exp(x); z = tf.square(3)',
        'print(y.name, y.dtype, z.dtype, tf.log(x, name="lg").name)',
        'print(tf.Session().run([tf.sqrt(x), z], {x: [4., 9.]}))',
        ...fails('tf.exp([1, 2])'),
        ...fails('tf.exp()'),
      ]);
      assert.equal(out, [
        'True True True True',
        'Exp:0 <dtype: \'float32\'> <dtype: \'int32\'> lg:0',
        '[array([2., 3.], dtype=float32), 9]',
        "TypeError: Value passed to parameter 'x' has DataType int32 not in list of allowed values: bfloat16, float16, float32, float64, complex64, complex128",
        "TypeError: exp() missing 1 required positional argument: 'x'",
        '',
      ].join('\n'));
    });

    it('tf.nn.conv2d: dilations, int strides, NCHW, atrous_conv2d agree; unsupported and bad arguments fail loudly', () => {
      const out = py([
        'import tensorflow as tf',
        'import numpy as np',
        'x = tf.constant(np.arange(2 * 6 * 6 * 2, dtype=np.float32).reshape(2, 6, 6, 2) / 50)',
        'f = tf.constant(np.linspace(-1, 1, 3 * 3 * 2 * 4, dtype=np.float32).reshape(3, 3, 2, 4))',
        'd = tf.nn.conv2d(x, f, strides=1, padding="SAME", dilations=2)',
        'a = tf.nn.atrous_conv2d(x, f, rate=2, padding="SAME")',
        'n = tf.nn.conv2d(tf.transpose(x, [0, 3, 1, 2]), filters=f, strides=[1, 1, 1, 1], padding="SAME", data_format="NCHW", dilations=[1, 1, 2, 2])',
        'sess = tf.Session()',
        'dv, av, nv = sess.run([d, a, tf.transpose(n, [0, 2, 3, 1])])',
        'print(d.shape, a.op.name, n.shape, np.abs(dv - av).max() < 1e-5, np.abs(dv - nv).max() < 1e-5)',
        'print(tf.nn.conv2d(x, f, [1, 2, 2, 1], "VALID").shape)',
        ...fails('tf.nn.conv2d(x, f, 1, [[0, 0], [1, 1], [1, 1], [0, 0]])'),
        ...fails('tf.nn.conv2d(x, f, 1, "SAME", filters=f)'),
        ...fails('tf.nn.conv2d(x, strides=1, padding="SAME")'),
        ...fails('tf.nn.conv2d(x, f, [1, 1, 1], "SAME")'),
        ...fails('tf.nn.conv2d(x, f, 1, "same")'),
        ...fails('tf.nn.atrous_conv2d(x, f, 0, "SAME")'),
      ]);
      assert.equal(out, [
        '(2, 6, 6, 4) convolution (2, 4, 6, 6) True True',
        '(2, 2, 2, 4)',
        "NotImplementedError: conv2d() argument 'padding' is not supported by Gradbook: explicit paddings (a list of pairs)",
        "ValueError: Cannot specify both 'filters' and 'filter'",
        "ValueError: Tried to convert 'filter' to a tensor and failed. Error: None values not supported.",
        'ValueError: strides should be of length 1, 2 or 4 but was 3',
        'ValueError: Value for attr \'padding\' of "same" is not in the list of allowed values: "SAME", "VALID"',
        'ValueError: dilation_rate must be positive',
        '',
      ].join('\n'));
    });
  });

  describe('numpy (Python-side table)', () => {
    it('np.zeros and np.sum (and a.sum) with NumPy defaults; unsupported arguments raise', () => {
      const out = py([
        'import numpy as np',
        'z = np.zeros((2, 3)); print(z.dtype, z.shape, np.zeros(2, dtype=np.int32), np.zeros(2, None).dtype, np.zeros(2, order="C"))',
        'a = np.arange(6).reshape(2, 3)',
        'print(np.sum(a), np.sum(a, axis=0), np.sum(a, 1, keepdims=True).tolist(), a.sum(axis=(0, 1)), np.sum(a, dtype=np.float32).dtype)',
        ...fails('np.zeros(3, order="F")'),
        ...fails('np.sum(a, out=z)'),
        ...fails('np.sum(a, where=True)'),
        ...fails('np.sum(a, axis=2)'),
        ...fails('np.zeros()'),
      ]);
      assert.equal(out, [
        'float64 (2, 3) [0 0] float64 [0. 0.]',
        '15 [3 5 7] [[3], [12]] 15 float32',
        "NotImplementedError: zeros() argument 'order' is not supported by Gradbook: only 'C' (row-major) order",
        "NotImplementedError: sum() argument 'out' is not supported by Gradbook",
        "NotImplementedError: sum() argument 'where' is not supported by Gradbook",
        'AxisError: axis 2 is out of bounds for array of dimension 2',
        "TypeError: zeros() missing 1 required positional argument: 'shape'",
        '',
      ].join('\n'));
    });
  });

  describe('builtins (C-function texts where CPython words them differently)', () => {
    it('print and sorted', () => {
      const out = py([
        'print(1, 2, sep="-", end="!\\n"); print(); print("a", None, sep=None)',
        'print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([-3, 1, 2], key=abs), sorted({2: 0, 1: 0}))',
        ...fails('print(1, foo=2)'),
        ...fails('print(1, sep=3)'),
        ...fails('sorted()'),
        ...fails('sorted([1], [2])'),
        ...fails('sorted([1], bogus=1)'),
        ...fails('sorted(iterable=[1])'),
      ]);
      assert.equal(out, [
        '1-2!', '', 'a None',
        "[1, 2, 3] ['c', 'b', 'a'] [1, 2, -3] [1, 2]",
        "TypeError: 'foo' is an invalid keyword argument for print()",
        'TypeError: sep must be None or a string, not int',
        'TypeError: sorted expected 1 argument, got 0',
        'TypeError: sorted expected 1 argument, got 2',
        "TypeError: sort() got an unexpected keyword argument 'bogus'",
        'TypeError: sorted expected 1 argument, got 0',
        '',
      ].join('\n'));
    });
  });
});
