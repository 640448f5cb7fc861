// tf.Dimension and TensorShape slicing as TF1's tensor_shape.py defines them: + - * // % with
// ints and Dimensions, an unknown value propagating, ordering giving None when unknown, and
// shape[1:] a TensorShape. A list holding Dimensions converts as TF's registered conversion does.
import assert from 'node:assert/strict';
import { run, errorOf } from '../helpers';

const out = (src: string) => {
  const r = run(['import tensorflow as tf', src].join('\n'));
  assert.ok(r.result.ok, r.stderr);
  return r.stdout;
};
const err = (src: string) => {
  const e = errorOf(run(['import tensorflow as tf', src].join('\n')).result);
  return `${e.ename}: ${e.evalue}`;
};

describe('tf.Dimension arithmetic and TensorShape slicing', () => {
  it('combines known Dimensions and ints with + - * // %, both ways round', () => {
    assert.equal(out([
      's = tf.placeholder(tf.float32, [None, 7, 7, 64]).shape',
      'print(repr(s[1] * s[2] * s[3]), s[1] + 1, 10 - s[1], s[3] // 5, 100 // s[1], s[3] % 5, 30 % s[1], 3 * s[1], s[1] - s[1])',
      'print(tf.Dimension(4) * 2.0, type(s[1] + 1).__name__)',
    ].join('\n')), 'Dimension(3136) 8 3 12 14 4 2 21 0\n8 Dimension\n');
  });

  it('a Dimension times a Tensor is the Tensor product (Dimension.__mul__ defers to Tensor.__rmul__)', () => {
    assert.equal(out([
      's = tf.placeholder(tf.float32, [None, 7]).shape',
      'with tf.Session() as sess:',
      '    print(sess.run(s[1] * tf.constant(3)), sess.run(tf.constant(2) * s[1]))',
    ].join('\n')), '21 14\n');
  });

  it('propagates an unknown Dimension, and ordering of an unknown one is None', () => {
    assert.equal(out([
      's = tf.placeholder(tf.float32, [None, 7]).shape',
      'print(repr(s[0] * s[1]), repr(3 + s[0]), repr(s[1] * None), s[0] < 3, s[1] < 8, s[1] >= 7, s[1] > s[1], s[0] == 4)',
    ].join('\n')), 'Dimension(None) Dimension(None) Dimension(None) None True True False None\n');
  });

  it('refuses what TF refuses: fractional or negative sizes, / and division by zero', () => {
    assert.equal(err('tf.Dimension(7) + 2.5'), 'ValueError: Ambiguous dimension: 2.5');
    // * // % give NotImplemented for what as_dimension refuses, so Python's own TypeError.
    assert.equal(err('tf.Dimension(7) * 2.5'), "TypeError: unsupported operand type(s) for *: 'Dimension' and 'float'");
    assert.equal(err("tf.Dimension(7) % 'a'"), "TypeError: unsupported operand type(s) for %: 'Dimension' and 'str'");
    assert.equal(err('tf.Dimension(7) - 10'), 'ValueError: Dimension -3 must be >= 0');
    assert.equal(err('tf.Dimension(7) / 7'), "TypeError: unsupported operand type(s) for /: 'Dimension' and 'int'");
    assert.equal(err('tf.Dimension(7) // 0'), 'ZeroDivisionError: integer division or modulo by zero');
  });

  it('a list holding Dimensions converts to an int32 tensor (tf.reshape(x, [-1, d1 * d2]))', () => {
    assert.equal(out([
      'x = tf.placeholder(tf.float32, [None, 3, 4])',
      'y = tf.reshape(x, [-1, x.shape[1] * x.shape[2]])',
      'print(y.shape, tf.constant([x.shape[1], 2]).dtype)',
    ].join('\n')), '(?, 12) <dtype: \'int32\'>\n');
    assert.equal(err('x = tf.placeholder(tf.float32, [None, 3])\ntf.reshape(x, [x.shape[0], 3])'), 'ValueError: Cannot convert an unknown Dimension to a Tensor: ?');
  });

  it('slices a TensorShape into a TensorShape; an unknown rank slices to a known rank only with both bounds', () => {
    assert.equal(out([
      's = tf.placeholder(tf.float32, [None, 7, 7, 64]).shape',
      'print(s[1:], s[:-1], s[::2], repr(s[1:3]), s[5:], s[-2:].as_list())',
      'u = tf.TensorShape(None)',
      'print(u[1:], u[1:3], u[-2:], repr(u[0]))',
    ].join('\n')), '(7, 7, 64) (?, 7, 7) (?, 7) TensorShape([Dimension(7), Dimension(7)]) () [7, 64]\n<unknown> (?, ?) <unknown> Dimension(None)\n');
    assert.equal(err('tf.TensorShape(None)[::2]'), 'ValueError: Steps are not yet handled');
  });
});
