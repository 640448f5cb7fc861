// tf.nn.embedding_lookup_sparse: combiners sum / mean (the default) / sqrtn, with and without
// sp_weights, and the gradient reaching params. Expected rows were worked out with numpy on
// params = arange(10).reshape(5, 2): row 0 holds ids [1, 3] (weights [2, 0.5]), row 1 id [4] (3).
import { strict as assert } from 'assert';
import { py, pyError } from '../data/run';

const SETUP = [
  'params = tf.constant(np.arange(10, dtype=np.float32).reshape(5, 2))',
  'ids = tf.SparseTensor(indices=[[0, 0], [0, 1], [1, 0]], values=tf.constant([1, 3, 4], tf.int64), dense_shape=[2, 2])',
  'w = tf.SparseTensor(indices=[[0, 0], [0, 1], [1, 0]], values=[2.0, 0.5, 3.0], dense_shape=[2, 2])',
  'sess = tf.Session()',
  'def show(t): print(np.round(sess.run(t).astype(np.float64), 5).tolist())',
];

describe('tf.nn.embedding_lookup_sparse', () => {
  it('unweighted: sum, mean (the default) and sqrtn', () => {
    const out = py([...SETUP,
      "show(tf.nn.embedding_lookup_sparse(params, ids, None, combiner='sum'))",
      'show(tf.nn.embedding_lookup_sparse(params, ids, None))',
      "show(tf.nn.embedding_lookup_sparse(params, ids, None, combiner='sqrtn'))"]);
    assert.equal(out, '[[8.0, 10.0], [8.0, 9.0]]\n[[4.0, 5.0], [8.0, 9.0]]\n[[5.65685, 7.07107], [8.0, 9.0]]\n');
  });
  it('weighted: sum, mean divides by the weight sum, sqrtn by the root of the squared weights', () => {
    const out = py([...SETUP,
      "show(tf.nn.embedding_lookup_sparse(params, ids, w, combiner='sum'))",
      "show(tf.nn.embedding_lookup_sparse(params, ids, w, combiner='mean'))",
      "show(tf.nn.embedding_lookup_sparse(params, ids, w, combiner='sqrtn'))"]);
    assert.equal(out, '[[7.0, 9.5], [24.0, 27.0]]\n[[2.8, 3.8], [8.0, 9.0]]\n[[3.3955, 4.60818], [8.0, 9.0]]\n');
  });
  it('the gradient to a params Variable counts each looked-up row (repeated ids add) as IndexedSlices', () => {
    const out = py([
      'params = tf.Variable(np.arange(10, dtype=np.float32).reshape(5, 2))',
      'ids = tf.SparseTensor(indices=[[0, 0], [0, 1], [1, 0]], values=tf.constant([1, 3, 1], tf.int64), dense_shape=[2, 2])',
      "bag = tf.nn.embedding_lookup_sparse(params, ids, None, combiner='mean')",
      'g = tf.gradients(tf.reduce_sum(bag), params)[0]',
      'sess = tf.Session()', 'sess.run(tf.global_variables_initializer())',
      'print(type(g).__name__, sess.run(tf.convert_to_tensor(g)).tolist())',
    ]);
    assert.equal(out, 'IndexedSlices [[0.0, 0.0], [1.5, 1.5], [0.0, 0.0], [0.5, 0.5], [0.0, 0.0]]\n');
  });
  it('an unknown combiner is a ValueError', () => {
    assert.match(pyError([...SETUP, "tf.nn.embedding_lookup_sparse(params, ids, None, combiner='max')"]), /ValueError: combiner must be one of 'mean', 'sqrtn' or 'sum'/);
  });
});

describe('tf.nn.safe_embedding_lookup_sparse', () => {
  const IDS = [
    'params = tf.constant(np.arange(10, dtype=np.float32).reshape(5, 2))',
    'ids = tf.SparseTensor(indices=[[0, 0], [0, 1], [2, 0]], values=tf.constant([1, -1, 3], tf.int64), dense_shape=[3, 2])',
    'sess = tf.Session()',
  ];
  it('a negative id is dropped; an empty row gives zeros, or default_id\'s embedding', () => {
    const out = py([...IDS,
      'print(sess.run(tf.nn.safe_embedding_lookup_sparse([params], ids)).tolist())',
      'print(sess.run(tf.nn.safe_embedding_lookup_sparse(params, ids, default_id=4)).tolist())']);
    assert.equal(out, '[[2.0, 3.0], [0.0, 0.0], [6.0, 7.0]]\n[[2.0, 3.0], [8.0, 9.0], [6.0, 7.0]]\n');
  });
  it('ids of rank 3 give a rank-3 result; weights <= 0 are dropped for mean; gradient reaches params', () => {
    const out = py([
      'params = tf.Variable(np.arange(10, dtype=np.float32).reshape(5, 2))',
      'ids = tf.SparseTensor(indices=[[0, 0, 0], [0, 0, 1], [1, 0, 0]], values=tf.constant([1, 2, 3], tf.int64), dense_shape=[2, 1, 2])',
      'w = tf.SparseTensor(indices=[[0, 0, 0], [0, 0, 1], [1, 0, 0]], values=[3.0, 0.0, 1.0], dense_shape=[2, 1, 2])',
      "r = tf.nn.safe_embedding_lookup_sparse(params, ids, w, combiner='mean')",
      'g = tf.gradients(tf.reduce_sum(r), params)[0]',
      'sess = tf.Session()', 'sess.run(tf.global_variables_initializer())',
      'print(sess.run(r).tolist())', 'print(sess.run(tf.convert_to_tensor(g)).tolist())']);
    assert.equal(out, '[[[2.0, 3.0]], [[6.0, 7.0]]]\n[[0.0, 0.0], [1.0, 1.0], [0.0, 0.0], [1.0, 1.0], [0.0, 0.0]]\n');
  });
});
