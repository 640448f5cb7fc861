// String tensors (TF1 on Python 3): constants and feeds hold bytes, fetches are bytes or object
// arrays of bytes; tf.as_string's printf formats, string_join, tf.strings basics, decode_csv
// with its defaults, required columns and TF's error texts.
import { strict as assert } from 'assert';
import { py, pyError } from './run';

describe('tf string tensors', () => {
  it('constants fetch as bytes; arrays as object arrays of bytes', () => {
    const out = py([
      "h = tf.constant('Hello, TensorFlow!')",
      'sess = tf.Session()',
      'print(h.dtype, h.shape)',
      'print(sess.run(h))',
      "v = sess.run(tf.constant([['a', 'bc'], ['d', 'é']]))",
      'print(v)',
      'print(repr(v), v.shape, v[1][1].decode("utf-8"), type(v[0][0]).__name__)',
      'print(h.eval(session=sess).decode())',
    ]);
    assert.equal(out, [
      "<dtype: 'string'> ()", "b'Hello, TensorFlow!'",
      "[[b'a' b'bc']", " [b'd' b'\\xc3\\xa9']]",
      "array([[b'a', b'bc'],", "       [b'd', b'\\xc3\\xa9']], dtype=object) (2, 2) é bytes",
      'Hello, TensorFlow!', '',
    ].join('\n'));
  });

  it('feeds take str and bytes, and fetched arrays feed back', () => {
    const out = py([
      'p = tf.placeholder(tf.string, [None])',
      'sess = tf.Session()',
      "got = sess.run(p, {p: ['x', b'y']})",
      'print(got, sess.run(tf.string_join([p, p], "+"), {p: got}))',
    ]);
    assert.equal(out, "[b'x' b'y'] [b'x+x' b'y+y']\n");
  });

  it('as_string formats as printf does', () => {
    const out = py([
      'sess = tf.Session()',
      'print(sess.run([tf.as_string(3.14), tf.as_string(2.5, precision=2), tf.as_string(1234.5, scientific=True), tf.as_string(0.0001234, shortest=True), tf.as_string(7, width=3, fill="0"), tf.as_string(True)]))',
      'print(sess.run(tf.as_string([1, -22], width=4)))',
    ]);
    assert.equal(out, "[b'3.140000', b'2.50', b'1.234500e+03', b'0.0001234', b'007', b'true']\n[b'   1' b' -22']\n");
  });

  it('tf.strings basics: join, length, substr, to_number, regex_replace, upper', () => {
    const out = py([
      'sess = tf.Session()',
      "print(sess.run(tf.strings.join(['a', tf.constant(['x', 'y'])], separator='-')))",
      "print(sess.run(tf.strings.length(['abc', 'é'])), sess.run(tf.strings.length('é', unit='UTF8_CHAR')))",
      "print(sess.run(tf.strings.substr('Hello', 1, 3)), sess.run(tf.substr(['Hello', 'World'], [0, 1], [2, 3])))",
      "print(sess.run(tf.string_to_number('3.5')), sess.run(tf.strings.to_number(['1', '-2'], out_type=tf.int32)))",
      "print(sess.run(tf.strings.regex_replace('aaa bab', 'a+', 'X')), sess.run(tf.regex_replace('abc', '(b)', r'[\\1]', replace_global=False)))",
      "print(sess.run(tf.strings.upper('MiXed 1')))",
    ]);
    assert.equal(out, [
      "[b'a-x' b'a-y']", '[3 2] 1', "b'ell' [b'He' b'orl']", '3.5 [ 1 -2]', "b'X bXb' b'a[b]c'", "b'MIXED 1'", '',
    ].join('\n'));
  });

  it('string_to_number and substr report TF errors (split: string_split.test.ts)', () => {
    assert.match(pyError(['sess = tf.Session()', "sess.run(tf.string_to_number('abc'))"]),
      /InvalidArgumentError: StringToNumberOp could not correctly convert string: abc/);
    assert.match(pyError(['sess = tf.Session()', "sess.run(tf.strings.substr('abc', 5, 1))"]), /InvalidArgumentError: pos 5 out of range for string b'abc' at index 0/);
  });

  it('decode_csv: dtypes from defaults, empty fields take defaults, quoted fields', () => {
    const out = py([
      'sess = tf.Session()',
      "a, b, c = tf.decode_csv(tf.constant(['1,2.5,hi', '3,,\"q,x\"\"\"']), [[0], [9.0], ['']])",
      'print(a.dtype, b.dtype, c.dtype, a.shape)',
      'print(sess.run([a, b, c]))',
      "x, y = tf.decode_csv('7;8', [[0], [tf.constant(0, tf.int64)]], field_delim=';')",
      'print(sess.run([x, y]), y.dtype)',
    ]);
    assert.equal(out, [
      "<dtype: 'int32'> <dtype: 'float32'> <dtype: 'string'> (2,)",
      "[array([1, 3], dtype=int32), array([2.5, 9. ], dtype=float32), array([b'hi', b'q,x\"'], dtype=object)]",
      "[7, 8] <dtype: 'int64'>", '',
    ].join('\n'));
  });

  it('decode_csv errors: field count, required column, bad number', () => {
    assert.match(pyError(['sess = tf.Session()', "sess.run(tf.decode_csv('1,2', [[0]]))"]), /InvalidArgumentError: Expect 1 fields but have 2 in record 0/);
    assert.match(pyError(['sess = tf.Session()', "sess.run(tf.decode_csv(',2', [[], [0]]))"]), /InvalidArgumentError: Field 0 is required but missing in record 0!/);
    assert.match(pyError(['sess = tf.Session()', "sess.run(tf.decode_csv('x', [[0.0]]))"]), /InvalidArgumentError: Field 0 in record 0 is not a valid float: x/);
  });
});
