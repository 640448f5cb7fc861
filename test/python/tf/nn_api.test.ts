// tf.nn.*, tf.losses.* and the clip functions as Python sees them: TF 1.15 signatures (aliases,
// deprecated spellings, named-arguments-only xent), tuple and namedtuple results, unsupported
// arguments as NotImplementedError, and TF's error texts.
import { strict as assert } from 'assert';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { run, errorOf } from '../helpers';

function py(lines: string[]): string {
  clearDefaultGraphState();
  const r = run(['import tensorflow as tf', 'import numpy as np', 'sess = tf.Session()', ...lines].join('\n') + '\n');
  if (!r.result.ok) throw new Error(errorOf(r.result).traceback);
  return r.stdout;
}
function pyError(lines: string[]): { ename: string; evalue: string } {
  clearDefaultGraphState();
  const r = run(['import tensorflow as tf', 'import numpy as np', ...lines].join('\n') + '\n');
  return errorOf(r.result);
}

describe('tf.nn / tf.losses from Python', () => {
  it('activations, softmax axis/dim, bias_add NCHW, aliases', () => {
    const out = py([
      'x = tf.constant([[1., -2.], [3., -4.]])',
      'print(sess.run(tf.nn.relu6(x * 3)).tolist(), sess.run(tf.nn.leaky_relu(x, alpha=0.5)).tolist())',
      'print(sess.run(tf.nn.softmax([[0., 0.]], axis=1)).tolist(), sess.run(tf.nn.log_softmax([[0., 0.]], dim=-1)).tolist())',
      'img = tf.constant(np.zeros((1, 2, 1, 1), np.float32))',
      'print(sess.run(tf.nn.bias_add(img, [1., 2.], data_format="NCHW")).ravel().tolist())',
      'print(tf.math.top_k is tf.nn.top_k, tf.nn.lrn is tf.nn.local_response_normalization, tf.math.softmax is tf.nn.softmax)',
    ]);
    assert.equal(out, '[[3.0, 0.0], [6.0, 0.0]] [[1.0, -1.0], [3.0, -2.0]]\n[[0.5, 0.5]] [[-0.6931471824645996, -0.6931471824645996]]\n[1.0, 2.0]\nTrue True True\n');
  });
  it('softmax: axis and dim together is TF\'s ValueError', () => {
    const e = pyError(['tf.nn.softmax([[1., 2.]], axis=1, dim=1)']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', "Cannot specify both 'dim' and 'axis'"]);
  });

  it('tuple and namedtuple results: moments, top_k, fused_batch_norm, clip_by_global_norm, max_pool_with_argmax', () => {
    const out = py([
      'x = tf.constant([[1., 5., 3.], [4., 2., 6.]])',
      'm = tf.nn.moments(x, [0]); print(type(m).__name__, len(m), m[0].name)',
      'r = tf.nn.top_k(x, k=2); print(type(r).__name__, r._fields, r.indices is r[1], sess.run(r.indices).tolist())',
      'y = tf.nn.fused_batch_norm(tf.ones([1, 2, 2, 3]), [1., 1., 1.], [0., 0., 0.]); print(type(y).__name__, len(y))',
      'c = tf.clip_by_global_norm([x, None], 1.0); print(type(c).__name__, type(c[0]).__name__, c[0][1])',
      'o, a = tf.nn.max_pool_with_argmax(tf.ones([1, 2, 2, 1]), [1, 2, 2, 1], [1, 2, 2, 1], "VALID", Targmax=tf.int32); print(a.dtype)',
    ]);
    assert.equal(out, "tuple 2 moments/Squeeze:0\nTopKV2 ('values', 'indices') True [[1, 2], [2, 0]]\ntuple 3\ntuple list None\n<dtype: 'int32'>\n");
  });

  it('pooling signatures: int ksize, the input alias, explicit paddings not supported', () => {
    const out = py([
      'img = tf.constant(np.arange(16, dtype=np.float32).reshape(1, 4, 4, 1))',
      'print(sess.run(tf.nn.max_pool(img, 2, 2, "VALID")).ravel().tolist(), tf.nn.avg_pool(img, [2, 2], [2, 2], "SAME", name="p").name)',
    ]);
    assert.equal(out, '[5.0, 7.0, 13.0, 15.0] p:0\n');
    let e = pyError(['img = tf.ones([1, 4, 4, 1])', 'tf.nn.max_pool(img, 2, 2, [[0, 0], [1, 1], [1, 1], [0, 0]])']);
    assert.deepEqual([e.ename, e.evalue], ['NotImplementedError', "max_pool() argument 'padding' is not supported by Gradbook: explicit paddings (a list of pairs)"]);
    e = pyError(['img = tf.ones([1, 4, 4, 1])', 'tf.nn.max_pool(img, 2, 2, "VALID", input=img)']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', "Cannot specify both 'value' and 'input'"]);
    e = pyError(['tf.nn.max_pool(tf.ones([1, 4, 4, 1]), [1, 2, 2], 2, "VALID")']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', 'ksize should be of length 1, 2 or 4 but was 3']);
    e = pyError(['tf.nn.pool(tf.ones([1, 4, 4, 1]), [2, 2], "MAX", "VALID", dilation_rate=[2, 2])']);
    assert.deepEqual([e.ename, e.evalue], ['NotImplementedError', "pool() argument 'dilation_rate' is not supported by Gradbook: dilation rates above 1"]);
  });

  it('cross entropies: v1 named-only (dim/axis quirk of 1.15), v2 positional, weighted with the targets alias', () => {
    let e = pyError(['y = tf.ones([2, 3])', 'tf.nn.softmax_cross_entropy_with_logits(y, y)']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', 'Only call `softmax_cross_entropy_with_logits` with named arguments (labels=..., logits=..., ...)']);
    e = pyError(['y = tf.ones([2, 3])', 'tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=y, axis=1)']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', "Cannot specify both 'dim' and 'axis'"]);
    e = pyError(['tf.nn.sigmoid_cross_entropy_with_logits(logits=tf.ones([2]))']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', 'Both labels and logits must be provided.']);
    const out = py([
      'print(sess.run(tf.nn.softmax_cross_entropy_with_logits_v2([[0., 1.]], [[0., 0.]])).tolist())',
      'print(sess.run(tf.nn.weighted_cross_entropy_with_logits(targets=[1.], logits=[0.], pos_weight=3.)).tolist())',
    ]);
    assert.equal(out, '[0.6931471824645996]\n[2.079441547393799]\n');
  });

  it('dropout: keep_prob or rate, TF 1.15\'s checks', () => {
    const out = py(['x = tf.ones([4])', 'print(sess.run(tf.nn.dropout(x, rate=0.0)).tolist(), tf.nn.dropout(x, keep_prob=1.0) is x)']);
    assert.equal(out, '[1.0, 1.0, 1.0, 1.0] True\n');
    let e = pyError(['tf.nn.dropout(tf.ones([2]), keep_prob=0.5, rate=0.5)']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', "Cannot specify both 'keep_prob' and 'rate'"]);
    e = pyError(['tf.nn.dropout(tf.ones([2]))']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', 'You must provide a rate to dropout.']);
    e = pyError(['tf.nn.dropout(tf.ones([2]), keep_prob=1.5)']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', 'rate must be a scalar tensor or a float in the range [0, 1), got -0.5']);
  });

  it('tf.losses: Reduction, reductions by keyword, loss_collection=None, the total loss', () => {
    const out = py([
      'R = tf.losses.Reduction',
      'print(R.NONE, R.SUM_BY_NONZERO_WEIGHTS, R.SUM_OVER_NONZERO_WEIGHTS == R.SUM_BY_NONZERO_WEIGHTS, len(R.all()))',
      'a = tf.losses.mean_squared_error([1., 2.], [2., 4.])',
      'b = tf.losses.absolute_difference([1., 2.], [2., 4.], weights=[1., 0.], reduction=R.SUM)',
      'c = tf.losses.huber_loss([0.], [3.], loss_collection=None)',
      'print(a.name, [t.name for t in tf.losses.get_losses()], sess.run([a, b, c]))',
      'print(sess.run(tf.losses.get_total_loss()), sess.run(tf.losses.get_regularization_loss()))',
      'print(sess.run(tf.losses.compute_weighted_loss([[1., 2.], [3., 4.]], weights=[[1.], [0.]], reduction=R.MEAN)))',
    ]);
    assert.equal(out, [
      'none weighted_sum_by_nonzero_weights True 6',
      "mean_squared_error/value:0 ['mean_squared_error/value:0', 'absolute_difference/Sum:0'] [2.5, 1.0, 2.5]",
      '3.5 0.0',
      '1.5',
      '',
    ].join('\n'));
  });
  it('tf.losses errors: None labels, a bad reduction, cosine_distance without axis', () => {
    let e = pyError(['tf.losses.log_loss(None, [0.5])']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', 'labels must not be None.']);
    e = pyError(['tf.losses.mean_squared_error([1.], [2.], reduction="avg")']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', 'Invalid Reduction Key avg.']);
    e = pyError(['tf.losses.cosine_distance([[1.]], [[1.]])']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', "You must specify 'axis'."]);
    e = pyError(['tf.losses.Reduction.validate("x")']);
    assert.deepEqual([e.ename, e.evalue], ['ValueError', 'Invalid Reduction Key x.']);
  });

  it('normalization and conv functions from Python', () => {
    const out = py([
      'x = tf.constant([[1., 2.], [3., 6.]])',
      'mean, var = tf.nn.moments(x, axes=[0], keep_dims=True)',
      'print(sess.run([mean, var]), tf.nn.batch_normalization(x, mean, var, None, None, 0.).name)',
      'print(sess.run(tf.nn.l2_normalize([3., 4.], 0)).tolist())',
      'y = tf.nn.conv2d_transpose(tf.ones([1, 2, 2, 1]), tf.ones([2, 2, 1, 1]), output_shape=[1, 4, 4, 1], strides=[1, 2, 2, 1])',
      'print(y.shape, sess.run(tf.reduce_sum(y)))',
      'print(tf.nn.conv1d(tf.ones([1, 5, 2]), tf.ones([3, 2, 1]), stride=1, padding="SAME").shape)',
      'print(tf.nn.depthwise_conv2d(tf.ones([1, 3, 3, 2]), tf.ones([2, 2, 2, 2]), [1, 1, 1, 1], "VALID").shape)',
    ]);
    assert.equal(out, '[array([[2., 4.]], dtype=float32), array([[1., 4.]], dtype=float32)] batchnorm/add_1:0\n[0.6000000238418579, 0.800000011920929]\n(1, 4, 4, 1) 16.0\n(1, 5, 1)\n(1, 2, 2, 4)\n');
  });

  it('call errors name the function as CPython does', () => {
    let e = pyError(['tf.nn.relu()']);
    assert.deepEqual([e.ename, e.evalue], ['TypeError', "relu() missing 1 required positional argument: 'features'"]);
    e = pyError(['tf.nn.fused_batch_norm(tf.ones([1, 2, 2, 1]), [1.], [0.], is_training=1)']);
    assert.deepEqual([e.ename, e.evalue], ['TypeError', "Expected bool for argument 'is_training' not 1."]);
  });
  it('zero_fraction: zero count over size in float32, named zero_fraction/counts_to_fraction/fraction', () => {
    const out = py([
      'z = tf.nn.zero_fraction(tf.constant([[0., 1., 0.], [2., 0., 0.]]))',
      'print(z.name, z.dtype, z.get_shape().as_list())',
      'print(sess.run(z), sess.run(tf.math.zero_fraction(tf.constant([1, 2, 0]))), sess.run(tf.nn.zero_fraction(tf.nn.relu([-1., 2., -3., 4.]))))',
    ]);
    assert.equal(out, "zero_fraction/counts_to_fraction/fraction:0 <dtype: 'float32'> []\n0.6666667 0.33333334 0.5\n");
  });
});
