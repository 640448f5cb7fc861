// String tensors fetched and fed as TF1 on Python 3 does it: sess.run of a rank>0 string tensor is
// NumPy's object array of bytes (dtype == object, repr `array([b'x', b'yy'], dtype=object)`), a
// scalar is bytes; NumPy '<U'/'S' arrays, object arrays and fetched arrays feed tf.string
// placeholders and make tf.constant string tensors (str is UTF-8 encoded).
import { strict as assert } from 'assert';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python';

function run(lines: string[]): string {
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(['import tensorflow as tf', 'import numpy as np', 'sess = tf.Session()', ...lines].join('\n') + '\n', '<cell 1>');
  if (!r.ok) throw new Error(out + r.error.traceback);
  return out;
}

describe('string tensors: fetches are object arrays of bytes, string arrays feed', () => {
  it('a fetched string vector has dtype object, shape, len, bytes elements, slices, masks and NumPy printing', () => {
    assert.equal(run([
      "r = sess.run(tf.constant(['x', 'yy']))",
      'print(r.dtype, r.dtype == object, repr(r.dtype), r.shape, r.ndim, r.size, len(r), isinstance(r, np.ndarray))',
      'print(repr(r))',
      'print(r)',
      "print(r[0], r[-1:], r[::-1], r[r == b'yy'], r == b'x', r != b'x')",
      "print(r.tolist(), list(r), [w.decode('utf-8') for w in r])",
      'print(repr(r.astype(str)), r.astype(str)[1] == "yy")',
    ]), [
      "object True dtype('O') (2,) 1 2 2 True",
      "array([b'x', b'yy'], dtype=object)",
      "[b'x' b'yy']",
      "b'x' [b'yy'] [b'yy' b'x'] [b'yy'] [ True False] [False  True]",
      "[b'x', b'yy'] [b'x', b'yy'] ['x', 'yy']",
      "array(['x', 'yy'], dtype='<U2') True",
      '',
    ].join('\n'));
  });

  it('a fetched string matrix indexes by row, column and element; a scalar string is bytes', () => {
    assert.equal(run([
      "m = sess.run(tf.constant([['a', 'b'], ['c', 'd']]))",
      'print(repr(m))',
      'print(m[1], m[:, 0], m[1, 1], m.T.tolist())',
      "s = sess.run(tf.constant('abc'))",
      'print(s, type(s).__name__)',
    ]), [
      "array([[b'a', b'b'],",
      "       [b'c', b'd']], dtype=object)",
      "[b'c' b'd'] [b'a' b'c'] b'd' [[b'a', b'c'], [b'b', b'd']]",
      "b'abc' bytes",
      '',
    ].join('\n'));
  });

  it("NumPy '<U' and 'S' arrays, object arrays and fetched arrays feed a tf.string placeholder and make constants", () => {
    assert.equal(run([
      'p = tf.placeholder(tf.string, [None])',
      "n = tf.strings.length(p)",
      "print(sess.run(p, feed_dict={p: np.array(['hi', 'thé'])}), sess.run(n, feed_dict={p: np.array(['hi', 'thé'])}))",
      "print(sess.run(p, feed_dict={p: np.array([b'a', b'bc'])}))",
      "print(sess.run(p, feed_dict={p: np.array(['q', b'r'], dtype=object)}))",
      "r = sess.run(tf.constant(['x', 'yy']))",
      'print(sess.run(p, feed_dict={p: r}))',
      "c = tf.constant(np.array([['u', 'vv']]))",
      'print(c.dtype, c.shape, repr(sess.run(c)))',
      'x = tf.placeholder(tf.float32, [None])',
      'print(sess.run(x, feed_dict={x: np.array([1, 2.5], dtype=object)}))',
    ]), [
      // 'thé' is 4 bytes in UTF-8: TF string tensors hold bytes.
      "[b'hi' b'th\\xc3\\xa9'] [2 4]",
      "[b'a' b'bc']",
      "[b'q' b'r']",
      "[b'x' b'yy']",
      "<dtype: 'string'> (1, 2) array([[b'u', b'vv']], dtype=object)",
      '[1.  2.5]',
      '',
    ].join('\n'));
  });
});
