// tf.string_split and tf.strings.split (TF 1.15: both give a SparseTensor of the tokens, rows
// indexed [row, position], dense_shape [rows, most tokens]), fetched as TF's SparseTensorValue,
// and tf.sparse.to_dense / tf.sparse_tensor_to_dense on the result. Expected values are the TF
// 1.15 documentation's examples and Python's str.split rules, which tf.strings.split documents.
import { strict as assert } from 'assert';
import { py, pyError } from './run';

/** Prints a SparseTensor's fetched indices, values and dense_shape as lists, one per line. */
const SHOW = [
  'def show(st):',
  '    v = sess.run(st)',
  '    print(type(v).__name__, v.indices.tolist(), [b.decode() for b in v.values.tolist()], v.dense_shape.tolist())',
  'sess = tf.Session()',
];

describe('tf.string_split / tf.strings.split', () => {
  it("the documented example: ['hello world', 'a b c'] gives indices [[0,0],[0,1],[1,0],[1,1],[1,2]], dense_shape [2, 3]", () => {
    const out = py([...SHOW, "st = tf.string_split(['hello world', 'a b c'])",
      'print(type(st).__name__, st.indices.dtype, st.values.dtype, st.dense_shape.dtype, st.shape)',
      'show(st)', "show(tf.strings.split(['hello world', 'a b c']))"]);
    assert.equal(out, [
      "SparseTensor <dtype: 'int64'> <dtype: 'string'> <dtype: 'int64'> (?, ?)",
      "SparseTensorValue [[0, 0], [0, 1], [1, 0], [1, 1], [1, 2]] ['hello', 'world', 'a', 'b', 'c'] [2, 3]",
      "SparseTensorValue [[0, 0], [0, 1], [1, 0], [1, 1], [1, 2]] ['hello', 'world', 'a', 'b', 'c'] [2, 3]", '',
    ].join('\n'));
  });
  it('string_split: every byte of the delimiter splits; skip_empty; an empty delimiter gives single bytes; empty strings have no tokens', () => {
    const out = py([...SHOW,
      "show(tf.string_split(['a,b;;c', ''], delimiter=',;'))",
      "show(tf.string_split(['a,b;;c'], sep=',;', skip_empty=False))",
      "show(tf.string_split(['abc', 'de'], ''))"]);
    assert.equal(out, [
      "SparseTensorValue [[0, 0], [0, 1], [0, 2]] ['a', 'b', 'c'] [2, 3]",
      "SparseTensorValue [[0, 0], [0, 1], [0, 2], [0, 3]] ['a', 'b', '', 'c'] [1, 4]",
      "SparseTensorValue [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1]] ['a', 'b', 'c', 'd', 'e'] [2, 3]", '',
    ].join('\n'));
  });
  it("strings.split is Python's str.split: a multi-byte sep keeps empty tokens, None splits runs of whitespace, maxsplit", () => {
    const out = py([...SHOW,
      "show(tf.strings.split(['1<>2<><>3', ''], sep='<>'))",
      "show(tf.strings.split(['  a \\t b  ', '   ']))",
      "show(tf.strings.split(['a b c d', 'x,y,z'], maxsplit=1))",
      "show(tf.strings.split(['x,y,z'], ',', maxsplit=1))",
      "show(tf.strings.split('one two'))"]);
    assert.equal(out, [
      "SparseTensorValue [[0, 0], [0, 1], [0, 2], [0, 3], [1, 0]] ['1', '2', '', '3', ''] [2, 4]",
      "SparseTensorValue [[0, 0], [0, 1]] ['a', 'b'] [2, 2]",
      "SparseTensorValue [[0, 0], [0, 1], [1, 0]] ['a', 'b c d', 'x,y,z'] [2, 2]",
      "SparseTensorValue [[0, 0], [0, 1]] ['x', 'y,z'] [1, 2]",
      "SparseTensorValue [[0, 0], [0, 1]] ['one', 'two'] [1, 2]", '',
    ].join('\n'));
  });
  it('sparse.to_dense pads with b"" (or default_value); sparse_tensor_to_dense is the same function', () => {
    const out = py(['sess = tf.Session()', "st = tf.string_split(['hello world', 'a b c', ''])",
      'print(sess.run(tf.sparse.to_dense(st)).tolist())',
      "print(sess.run(tf.sparse_tensor_to_dense(st, default_value='<pad>')).tolist())",
      'print(tf.sparse.to_dense is tf.sparse_tensor_to_dense, tf.sparse.to_dense(st).get_shape())']);
    assert.equal(out, [
      "[[b'hello', b'world', b''], [b'a', b'b', b'c'], [b'', b'', b'']]",
      "[[b'hello', b'world', b'<pad>'], [b'a', b'b', b'c'], [b'<pad>', b'<pad>', b'<pad>']]",
      'True (?, ?)', '',
    ].join('\n'));
  });
  it('a fed batch of sentences: words per line counted from the dense tokens', () => {
    const out = py(['sess = tf.Session()', 'lines = tf.placeholder(tf.string, [None])',
      'words = tf.sparse.to_dense(tf.string_split(lines), default_value="")',
      "n = tf.reduce_sum(tf.cast(tf.not_equal(words, ''), tf.int32), axis=1)",
      "print(sess.run(n, {lines: ['the cat sat', 'hi', 'a b c d']}).tolist())"]);
    assert.equal(out, '[3, 1, 4]\n');
  });
  it('tf.SparseTensor(indices, values, dense_shape) made by hand, fetched and made dense', () => {
    const out = py(['sess = tf.Session()', 'st = tf.SparseTensor(indices=[[0, 0], [1, 2]], values=[1.0, 2.0], dense_shape=[3, 4])',
      'print(st.shape, st.dtype, st.indices.dtype)', 'v = sess.run(st)', 'print(v.dense_shape.tolist(), v.values.tolist())',
      'print(sess.run(tf.sparse.to_dense(st)).tolist())', 'print(sess.run(tf.sparse.to_dense(st, default_value=-1.0))[2].tolist())']);
    assert.equal(out, ["(3, 4) <dtype: 'float32'> <dtype: 'int64'>", '[3, 4] [1.0, 2.0]',
      '[[1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 2.0, 0.0], [0.0, 0.0, 0.0, 0.0]]', '[-1.0, -1.0, -1.0, -1.0]', ''].join('\n'));
  });
  it("errors: RaggedTensor results are refused by name; TF's texts for bad inputs", () => {
    assert.equal(pyError(["tf.strings.split(['a b'], result_type='RaggedTensor')"]),
      "NotImplementedError: split() argument 'result_type' is not supported by Gradbook: only 'SparseTensor' (Gradbook has no RaggedTensor)");
    assert.equal(pyError(["tf.string_split(['a b'], result_type='Dense')"]), "ValueError: result_type must be 'RaggedTensor' or 'SparseTensor'.");
    assert.equal(pyError(['tf.sparse.to_dense(tf.constant([1, 2]))']), 'TypeError: Input must be a SparseTensor.');
    assert.match(pyError(["tf.add(tf.string_split(['a b']), 1)"]), /^TypeError: Failed to convert object of type <class 'SparseTensor'> to Tensor/);
    assert.match(pyError(['sess = tf.Session()', 'p = tf.placeholder(tf.string)', "sess.run(tf.string_split(p), {p: [['a', 'b']]})"]),
      /InvalidArgumentError: input must be a vector, got shape: \[1,2\]/);
  });
});
