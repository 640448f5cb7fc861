// The math and array families from Python: TF 1.15 signatures (deprecated spellings, keyword
// rules), the functions added with the migration, unsupported arguments named, TF's error texts.
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

/** The last line of the traceback a cell raises. */
function pyError(lines: string[]): string {
  clearDefaultGraphState();
  const s = new PythonSession({ stdout: () => undefined, stderr: () => undefined, display: () => undefined });
  const r = s.runCell(lines.join('\n') + '\n', '<cell 1>');
  if (r.ok) throw new Error('expected an error');
  return r.error.traceback.trim().split('\n').pop()!;
}

const head = ['import tensorflow as tf', 'sess = tf.Session()'];

describe('tf math and array functions from Python', () => {
  it('reductions take TF1\'s deprecated spellings, and refuse both spellings at once', () => {
    const out = py([...head,
      'x = tf.constant([[1., 2.], [3., 4.]])',
      'print(sess.run(tf.reduce_sum(x, reduction_indices=1, keep_dims=True)))',
      'print(sess.run(tf.reduce_mean(x, axis=[0, 1])), sess.run(tf.math.reduce_max(x, 0)))',
      'print(tf.math.reduce_sum is tf.reduce_sum)',
      'try:',
      '    tf.reduce_sum(x, axis=0, reduction_indices=1)',
      'except ValueError as e:',
      '    print(e)',
    ]);
    assert.equal(out, "[[3.]\n [7.]]\n2.5 [3. 4.]\nTrue\nCannot specify both 'axis' and 'reduction_indices'\n");
  });

  it('argmax with dimension=, and TF1\'s arg_max / arg_min', () => {
    const out = py([...head,
      'x = tf.constant([[1, 9, 3], [7, 2, 8]])',
      'print(sess.run(tf.argmax(x, dimension=1)), sess.run(tf.arg_max(x, 0)), sess.run(tf.arg_min(x, 1)))',
      'print(tf.argmax(x, 1, output_type=tf.int32).dtype)',
    ]);
    assert.equal(out, '[1 2] [1 0 1] [0 1]\n<dtype: \'int32\'>\n');
  });

  it('unsupported arguments raise NotImplementedError naming the function and the argument', () => {
    assert.equal(pyError([...head, 'tf.gather(tf.constant([[1, 2]]), [0], batch_dims=1)']),
      "NotImplementedError: gather() argument 'batch_dims' is not supported by Gradbook");
    assert.equal(pyError([...head, 'tf.pad(tf.constant([[1, 2]]), [[1, 1], [0, 0]], mode="WRAP")']), 'ValueError: Unknown padding mode: WRAP');
    assert.equal(pyError([...head, 'tf.einsum("...i,i->...", tf.ones([2, 3]), tf.ones([3]))']),
      "NotImplementedError: einsum() argument 'equation' is not supported by Gradbook: ellipses (...)");
  });

  it('call errors in CPython\'s words; TF\'s value errors', () => {
    assert.equal(pyError([...head, 'tf.reshape(tf.constant([1, 2]))']), "TypeError: reshape() missing 1 required positional argument: 'shape'");
    assert.equal(pyError([...head, 'tf.add(1, 2, 3, 4)']), 'TypeError: add() takes from 2 to 3 positional arguments but 4 were given');
    assert.equal(pyError([...head, 'tf.expand_dims(tf.constant([1, 2]))']), 'ValueError: Must specify an axis argument to tf.expand_dims()');
    assert.equal(pyError([...head, 'tf.where(tf.constant([True]), tf.constant([1]))']), 'ValueError: x and y must both be non-None or both be None.');
  });

  it('ranges and linspace', () => {
    const out = py([...head,
      'print(sess.run(tf.range(0.0, 1.0, 0.25)), sess.run(tf.range(5, dtype=tf.float32)), sess.run(tf.range(3, 0, -1)))',
      'print(sess.run(tf.linspace(10.0, 13.0, 4)), sess.run(tf.lin_space(0.0, 1.0, 3)))',
      'print(tf.range(1, 2.5).dtype, tf.linspace(0.0, 1.0, 5).shape)',
    ]);
    assert.equal(out, '[0.   0.25 0.5  0.75] [0. 1. 2. 3. 4.] [3 2 1]\n[10. 11. 12. 13.] [0.  0.5 1. ]\n<dtype: \'float32\'> (5,)\n');
  });

  it('where, boolean_mask, unique, sequence_mask, reverse', () => {
    const out = py([...head,
      'c = tf.constant([[True, False], [False, True]])',
      'print(sess.run(tf.where(c)))',
      'print(sess.run(tf.boolean_mask(tf.constant([1, 2, 3, 4]), tf.constant([True, False, True, False]))))',
      'y, idx = tf.unique(tf.constant([4, 4, 1, 4, 2]))',
      'print(sess.run(y), sess.run(idx))',
      'print(sess.run(tf.sequence_mask([1, 3], 4)))',
      'print(sess.run(tf.reverse(tf.constant([[1, 2], [3, 4]]), axis=[1])))',
      'print(sess.run(tf.reverse_sequence(tf.constant([[1, 2, 3], [4, 5, 6]]), [2, 3], seq_dim=1, batch_dim=0)))',
    ]);
    assert.equal(out, [
      '[[0 0]', ' [1 1]]',
      '[1 3]',
      '[4 1 2] [0 0 1 0 2]',
      '[[ True False False False]', ' [ True  True  True False]]',
      '[[2 1]', ' [4 3]]',
      '[[2 1 3]', ' [6 5 4]]', '',
    ].join('\n'));
  });

  it('gather_nd, scatter_nd, tensordot, einsum, meshgrid', () => {
    const out = py([...head,
      'p = tf.constant([[1, 2], [3, 4]])',
      'print(sess.run(tf.gather_nd(p, [[1, 0], [0, 1]])), sess.run(tf.scatter_nd([[0], [2]], tf.constant([5, 6]), [4])))',
      'a = tf.constant([[1., 2.], [3., 4.]])',
      'print(sess.run(tf.tensordot(a, a, axes=[[1], [0]])))',
      'print(sess.run(tf.einsum("ij,jk->ik", a, a)))',
      'X, Y = tf.meshgrid([1, 2, 3], [4, 5])',
      'print(sess.run(X)); print(sess.run(Y))',
    ]);
    assert.equal(out, [
      '[3 2] [5 0 6 0]',
      '[[ 7. 10.]', ' [15. 22.]]',
      '[[ 7. 10.]', ' [15. 22.]]',
      '[[1 2 3]', ' [1 2 3]]',
      '[[4 4 4]', ' [5 5 5]]', '',
    ].join('\n'));
  });

  it('cumsum options, logsumexp, count_nonzero, clip_by_value, squared_difference, truncatediv', () => {
    const out = py([...head,
      'x = tf.constant([1., 2., 3.])',
      'print(sess.run(tf.cumsum(x, exclusive=True, reverse=True)), sess.run(tf.cumprod(x, exclusive=True)))',
      'print(round(float(sess.run(tf.reduce_logsumexp(x))), 5), sess.run(tf.count_nonzero(tf.constant([0, 3, 0, 1]))))',
      'print(sess.run(tf.clip_by_value(x, 1.5, 2.5)), sess.run(tf.squared_difference(x, 2.)))',
      'print(sess.run(tf.truncatediv(-7, 2)), sess.run(tf.floormod(-7, 2)), sess.run(tf.math.floordiv(-7, 2)))',
    ]);
    assert.equal(out, '[5. 3. 0.] [1. 1. 2.]\n3.40761 2\n[1.5 2.  2.5] [1. 0. 1.]\n-3 1 -4\n');
  });

  it('gradients through the new functions from Python (maximum ties go to x, as TF)', () => {
    const out = py([...head,
      'x = tf.constant([1., 2., 3.]); y = tf.constant([2., 2., 2.])',
      'gx, gy = tf.gradients(tf.reduce_sum(tf.maximum(x, y)), [x, y])',
      'print(sess.run(gx), sess.run(gy))',
      'g, = tf.gradients(tf.reduce_sum(tf.clip_by_value(x, 1.5, 2.5)), [x])',
      'print(sess.run(g))',
    ]);
    assert.equal(out, '[0. 1. 1.] [1. 0. 0.]\n[0. 1. 0.]\n');
  });
});
