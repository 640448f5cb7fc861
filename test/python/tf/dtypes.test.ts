// The dtypes TF1 programs name: tf.int8, tf.int16, tf.uint8, tf.uint16, tf.float16 (tf.half):
// names and printing, casts with TF's wrap-around and saturation, half-precision rounding of
// every op's result, and TF's dtype errors.
import { strict as assert } from 'assert';
import { PythonSession } from '../../../src/python';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

function run(lines: string[]): { out: string; error?: string } {
  clearDefaultGraphState();
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(['import tensorflow as tf', 'import numpy as np', 'sess = tf.Session()', ...lines].join('\n') + '\n', '<cell 1>');
  return r.ok ? { out } : { out, error: r.error.traceback.trim().split('\n').pop() };
}
const py = (lines: string[]) => { const r = run(lines); if (r.error) throw new Error(r.error); return r.out; };
const pyError = (lines: string[]) => { const r = run(lines); if (!r.error) throw new Error('expected an error'); return r.error; };

describe('TF1 dtypes from Python', () => {
  it('names, reprs, attributes and limits', () => {
    const out = py([
      'print(tf.int8, tf.int16, tf.uint8, tf.uint16, tf.float16, tf.half)',
      'print(repr(tf.int16), tf.half == tf.float16, tf.as_dtype("int8") == tf.int8, tf.dtypes.uint16 is tf.uint16)',
      'print(tf.int8.min, tf.uint16.max, tf.float16.max, tf.int16.size, tf.float16.is_floating, tf.uint8.is_unsigned)',
    ]);
    assert.equal(out, [
      "<dtype: 'int8'> <dtype: 'int16'> <dtype: 'uint8'> <dtype: 'uint16'> <dtype: 'float16'> <dtype: 'float16'>",
      'tf.int16 True True True',
      '-128 65535 65504.0 2 True True', '',
    ].join('\n'));
  });

  it('NumPy types and Python float/bool stand for TF dtypes; DType == compares through as_dtype', () => {
    const out = py([
      'print(tf.cast(tf.constant([1, 2]), np.float32).dtype, tf.as_dtype(np.int8), tf.as_dtype(np.dtype("int16")), tf.as_dtype(float))',
      'print(tf.int32 == np.int32, tf.float32 == np.float64, tf.int8 != np.int8, tf.float16 == np.float16)',
    ]);
    assert.equal(out, "<dtype: 'float32'> <dtype: 'int8'> <dtype: 'int16'> <dtype: 'float32'>\nTrue False False True\n");
    assert.equal(pyError(['tf.as_dtype(3)']), 'TypeError: Cannot convert value 3 to a TensorFlow DType.');
  });

  it('integer casts wrap around (two\'s complement); saturate_cast clips', () => {
    const out = py([
      'x = tf.constant([127, 128, 300, -129])',
      'print(sess.run(tf.cast(x, tf.int8)), sess.run(tf.cast(x, tf.uint8)), sess.run(tf.cast(tf.constant([70000, -1]), tf.uint16)))',
      'print(sess.run(tf.saturate_cast(x, tf.int8)), sess.run(tf.saturate_cast(tf.constant([300., -5.]), tf.uint8)))',
      'print(sess.run(tf.cast(tf.constant([200.7, -1.9]), tf.int8)))',
    ]);
    assert.equal(out, [
      '[ 127 -128   44  127] [127 128  44 127] [ 4464 65535]',
      '[ 127  127  127 -128] [255   0]',
      '[-56  -1]', '',
    ].join('\n'));
  });

  it('float16 values are rounded to half precision by constants, casts and every op', () => {
    const out = py([
      'h = tf.constant([0.5, 1.3, 3.14159], dtype=tf.float16)',
      'v = sess.run(h)',
      'print(v, v.dtype, float(v[1]))',
      'big = tf.cast(tf.constant([65519., 65520., 1e-8]), tf.half)',
      'print(sess.run(big)[0], sess.run(big)[1], float(sess.run(big)[2]))',
      'print(float(sess.run(tf.constant(1.0, tf.float16) + tf.constant(0.0004, tf.float16))))',
    ]);
    assert.equal(out, '[0.5  1.3  3.14] float16 1.2998046875\n65500.0 inf 0.0\n1.0\n');
  });

  it('true division of small ints gives float32; int8 arithmetic stays int8', () => {
    const out = py([
      'a = tf.constant([7, -7], tf.int8)',
      'print((a / 2).dtype, sess.run(a // 2), (a + a).dtype, sess.run(a * 20))',
    ]);
    assert.equal(out, "<dtype: 'float32'> [ 3 -4] <dtype: 'int8'> [-116  116]\n");
  });

  it('TF\'s dtype errors', () => {
    assert.equal(pyError(['tf.constant(1.5, dtype=tf.int8)']), "TypeError: Expected int8, got 1.5 of type 'float' instead.");
    assert.equal(pyError(['tf.constant(1, tf.int8) + tf.constant(1, tf.int16)']),
      "TypeError: Input 'y' of 'Add' Op has type int16 that does not match type int8 of argument 'x'.");
    assert.equal(pyError(['tf.as_dtype("int9")']), "TypeError: Cannot convert value 'int9' to a TensorFlow DType.");
    assert.equal(pyError(['tf.bool.min']), "TypeError: Cannot find minimum value of <dtype: 'bool'>.");
  });

  it('feeds and fetches of the small dtypes', () => {
    const out = py([
      'p = tf.placeholder(tf.uint16, [2])',
      'r = sess.run(p * 2, {p: [40000, 3]})',
      'print(r, r.dtype)',
      'q = tf.placeholder(tf.int16)',
      'print(sess.run(q + 1, {q: np.array([32767, 5], dtype=np.int16)}))',
    ]);
    assert.equal(out, '[14464     6] uint16\n[-32768      6]\n');
  });
});
