// TF1 API corners the corpus programs of wave 12 reached (each case is a call real programs make).
import { strict as assert } from 'assert';
import { py } from './layers/helpers';

describe('TF1 API breadth (wave 12 corpus)', () => {
  it('get_variable instantiates an initializer given as a class with the variable dtype', () => {
    const out = py([
      'import tensorflow as tf',
      'a = tf.get_variable("a", [2], dtype=tf.float64, initializer=tf.ones_initializer)',
      'b = tf.contrib.layers.fully_connected(tf.ones([1, 3]), 2, biases_initializer=tf.zeros_initializer, weights_initializer=tf.ones_initializer)',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    print(s.run(a), a.dtype.name, s.run(b))',
    ]);
    assert.equal(out, '[1. 1.] float64_ref [[3. 3.]]\n');
  });
  it('tf.contrib.layers.conv2d_transpose scatters each input through the kernel (SAME crops, VALID overhangs)', () => {
    // NumPy: out[2p:2p+3, 2q:2q+3] += x[p, q] for a ones 3x3 kernel, stride 2; SAME keeps the first 4x4
    const out = py([
      'import numpy as np',
      'import tensorflow as tf',
      'x = tf.placeholder(tf.float32, [None, 2, 2, 1])',
      'same = tf.contrib.layers.conv2d_transpose(x, 1, 3, stride=2, activation_fn=None, weights_initializer=tf.ones_initializer(), biases_initializer=tf.constant_initializer(0.5))',
      'valid = tf.contrib.layers.conv2d_transpose(x, 1, [3, 3], stride=2, padding="VALID", activation_fn=None, weights_initializer=tf.ones_initializer(), scope="dec")',
      'print(same.shape, valid.shape, [v.name for v in tf.global_variables()])',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    a, b = s.run([same, valid], {x: np.array([[1., 2.], [3., 4.]]).reshape(1, 2, 2, 1)})',
      '    print(a[0, :, :, 0].tolist())',
      '    print(b[0, :, :, 0].tolist())',
    ]);
    assert.equal(out, [
      "(?, 4, 4, 1) (?, 5, 5, 1) ['Conv2d_transpose/weights:0', 'Conv2d_transpose/biases:0', 'dec/weights:0', 'dec/biases:0']",
      '[[1.5, 1.5, 3.5, 2.5], [1.5, 1.5, 3.5, 2.5], [4.5, 4.5, 10.5, 6.5], [3.5, 3.5, 7.5, 4.5]]',
      '[[1.0, 1.0, 3.0, 2.0, 2.0], [1.0, 1.0, 3.0, 2.0, 2.0], [4.0, 4.0, 10.0, 6.0, 6.0], [3.0, 3.0, 7.0, 4.0, 4.0], [3.0, 3.0, 7.0, 4.0, 4.0]]',
      '',
    ].join('\n'));
  });

  it('tf.contrib.layers.layer_norm normalizes over the trailing axes with beta/gamma variables', () => {
    // NumPy: (v - v.mean()) / sqrt(v.var() + 1e-12) for v = [1, 2, 3, 4]
    const out = py([
      'import tensorflow as tf',
      'y = tf.contrib.layers.layer_norm(tf.constant([[1., 2., 3., 4.]]), activation_fn=tf.nn.relu)',
      'print([v.name for v in tf.trainable_variables()], y.shape)',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    print([round(float(v), 5) for v in s.run(y)[0]])',
      'try:',
      '    tf.contrib.layers.layer_norm(tf.ones([2, 3]), begin_norm_axis=2)',
      'except ValueError as e:',
      '    print("ValueError", e)',
    ]);
    assert.equal(out, [
      "['LayerNorm/beta:0', 'LayerNorm/gamma:0'] (1, 4)",
      '[0.0, 0.0, 0.44721, 1.34164]',
      'ValueError begin_params_axis (-1) and begin_norm_axis (2) must be < rank(inputs) (2)',
      '',
    ].join('\n'));
  });
  it('tf.metrics true/false positives/negatives count (weighted) cases in a local count variable', () => {
    // labels 1 1 0 0 1, predictions 1 0 1 0 1, weights 1 2 3 4 5: tp 1+5, fn 2, fp 3, tn 4
    const out = py([
      'import tensorflow as tf',
      'l = tf.constant([1, 1, 0, 0, 1]); p = tf.constant([1, 0, 1, 0, 1]); w = tf.constant([1., 2., 3., 4., 5.])',
      'ms = [tf.metrics.true_positives(l, p, weights=w), tf.metrics.false_negatives(l, p, weights=w),',
      '      tf.metrics.false_positives(l, p, weights=w), tf.metrics.true_negatives(l, p, weights=w, name="tn")]',
      'print([v.name for v in tf.local_variables()])',
      'with tf.Session() as s:',
      '    s.run(tf.local_variables_initializer())',
      '    s.run([u for _, u in ms]); s.run([u for _, u in ms])',
      '    print(s.run([v for v, _ in ms]))',
    ]);
    assert.equal(out, "['true_positives/count:0', 'false_negatives/count:0', 'false_positives/count:0', 'tn/count:0']\n[12.0, 4.0, 6.0, 8.0]\n");
  });
  it('tf.eye, tf.norm, tf.trace and the diagonal/band helpers give NumPy values and gradients', () => {
    // NumPy: np.linalg.norm(x) = 16.881943, norm(x, axis=1) = [3.741657, 8.774964, 13.928388],
    // norm(x, 1) = 18, norm(x, inf) = 24, trace 15; d(trace + fro)/dx = I + x / 16.881943
    const out = py([
      'import numpy as np',
      'import tensorflow as tf',
      'x = tf.constant([[1., -2., 3.], [4., 5., -6.], [7., 8., 9.]])',
      'v = tf.constant([3., -4.])',
      'r = lambda t: np.round(np.asarray(t, dtype=np.float64), 5).tolist()',
      'with tf.Session() as s:',
      '    print(r(s.run(tf.eye(2, 3))), s.run(tf.eye(2, batch_shape=[3], dtype=tf.int32)).shape)',
      '    print(r(s.run([tf.norm(v), tf.norm(v, ord=1), tf.norm(v, ord=np.inf), tf.norm(v, ord=3)])))',
      '    print(r(s.run(tf.norm(x))), r(s.run(tf.norm(x, axis=1))), r(s.run(tf.norm(x, ord=1, axis=[0, 1]))), r(s.run(tf.norm(x, ord=np.inf, axis=(0, 1)))))',
      '    print(r(s.run(tf.trace(x))), r(s.run(tf.diag_part(x))), r(s.run(tf.matrix_diag_part(x[:2]))), r(s.run(tf.matrix_diag_part(x[:, :2]))))',
      '    print(r(s.run(tf.diag([1., 2.]))), r(s.run(tf.matrix_band_part(x, 1, 0))), r(s.run(tf.matrix_diag([[np.inf, 1.]]))))',
      '    print(r(s.run(tf.gradients(tf.trace(x) + tf.norm(x), x)[0])))',
      'print(tf.norm(x, axis=0, keepdims=True).shape, tf.trace(tf.ones([4, 2, 2])).shape)',
      'try:',
      '    tf.eye(tf.constant(3))',
      'except NotImplementedError as e:',
      '    print("NotImplementedError")',
    ]);
    assert.equal(out, [
      '[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]] (3, 2, 2)',
      '[5.0, 7.0, 4.0, 4.49794]',
      '16.88194 [3.74166, 8.77496, 13.92839] 18.0 24.0',
      '15.0 [1.0, 5.0, 9.0] [1.0, 5.0] [1.0, 5.0]',
      '[[1.0, 0.0], [0.0, 2.0]] [[1.0, 0.0, 0.0], [4.0, 5.0, 0.0], [0.0, 8.0, 9.0]] [[[inf, 0.0], [0.0, 1.0]]]',
      '[[1.05923, -0.11847, 0.1777], [0.23694, 1.29617, -0.35541], [0.41464, 0.47388, 1.53311]]',
      '(1, 3) (4,)',
      'NotImplementedError',
      '',
    ].join('\n'));
  });
  it('tf.cross gives NumPy\'s np.cross of the last axis, with gradients, and refuses vectors that are not 3-D', () => {
    // np.cross([[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [1, 0, -1]]) = [[-6, 12, -6], [-5, 10, -5]];
    // d sum(cross(a, b)) / da = (b1 - b2, b2 - b0, b0 - b1) per row.
    const out = py([
      'import tensorflow as tf',
      'a = tf.constant([[1., 2., 3.], [4., 5., 6.]])',
      'b = tf.constant([[7., 8., 9.], [1., 0., -1.]])',
      'c = tf.cross(a, b)',
      'with tf.Session() as s:',
      '    print(s.run(c).tolist(), s.run(tf.gradients(tf.reduce_sum(c), a)[0]).tolist(), c.shape)',
      'try:',
      '    tf.cross([1., 2.], [3., 4.])',
      'except ValueError as e:',
      '    print(e)',
    ]);
    assert.equal(out, '[[-6.0, 12.0, -6.0], [-5.0, 10.0, -5.0]] [[-1.0, 2.0, -1.0], [1.0, -2.0, 1.0]] (2, 3)\nDimension must be 3 but is 2 for Cross\n');
  });

  it('tensorflow.python.framework.ops / dtypes give the same objects as tf (cookbook imports)', () => {
    const out = py([
      'from tensorflow.python.framework import ops',
      'from tensorflow.python.framework import dtypes',
      'import tensorflow as tf',
      'tf.constant(1.0)',
      'ops.reset_default_graph()',
      'print(len(tf.get_default_graph().get_operations()), ops.get_default_graph() is tf.get_default_graph())',
      'print(dtypes.float32 is tf.float32, ops.Tensor is tf.Tensor, ops.GraphKeys.TRAINABLE_VARIABLES)',
    ]);
    assert.equal(out, '0 True\nTrue True trainable_variables\n');
  });
  it('tensorflow.python.data gives tf.data\'s Dataset (the Machine Learning Crash Course import)', () => {
    const out = py([
      'from tensorflow.python.data import Dataset, Iterator, make_one_shot_iterator',
      'import tensorflow as tf',
      'ds = Dataset.from_tensor_slices(({"x": [1.0, 2.0, 3.0]}, [4.0, 5.0, 6.0])).batch(2)',
      'features, labels = make_one_shot_iterator(ds).get_next()',
      'with tf.Session() as sess:',
      '    f, l = sess.run([features, labels])',
      'print(Dataset is tf.data.Dataset, Iterator is tf.data.Iterator, f["x"].tolist(), l.tolist())',
    ]);
    assert.equal(out, 'True True [1.0, 2.0] [4.0, 5.0]\n');
  });
  it('tf.estimator.train_and_evaluate evaluates after the first save past step 0 and at the end', () => {
    const out = py([
      'import os, shutil, tempfile',
      'import numpy as np',
      'import tensorflow as tf',
      'tf.logging.set_verbosity(tf.logging.ERROR)',
      'd = os.path.join(tempfile.gettempdir(), "gradbook_test_train_eval")',
      'shutil.rmtree(d, ignore_errors=True)',
      'def model_fn(features, labels, mode):',
      '    w = tf.get_variable("w", [], initializer=tf.zeros_initializer())',
      '    loss = tf.reduce_mean(tf.square(features["x"] * w - labels))',
      '    train_op = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=tf.train.get_global_step())',
      '    return tf.estimator.EstimatorSpec(mode, loss=loss, train_op=train_op)',
      'class Steps(tf.train.SessionRunHook):',
      '    seen = []',
      '    def after_create_session(self, session, coord):',
      '        Steps.seen.append(int(session.run(tf.train.get_global_step())))',
      'fn = tf.estimator.inputs.numpy_input_fn({"x": np.ones(4, np.float32)}, np.ones(4, np.float32) * 2, batch_size=4, num_epochs=None, shuffle=False)',
      'est = tf.estimator.Estimator(model_fn, config=tf.estimator.RunConfig(model_dir=d, save_checkpoints_steps=2))',
      'metrics, exports = tf.estimator.train_and_evaluate(est, tf.estimator.TrainSpec(fn, max_steps=5), tf.estimator.EvalSpec(fn, steps=1, hooks=[Steps()]))',
      'print(Steps.seen, metrics["global_step"], exports, sorted(metrics))',
      'for bad in [lambda: tf.estimator.TrainSpec(fn, max_steps=0), lambda: tf.estimator.EvalSpec(3)]:',
      '    try:',
      '        bad()',
      '    except (ValueError, TypeError) as e:',
      '        print(type(e).__name__, e)',
      'try:',
      '    tf.estimator.EvalSpec(fn, exporters=[object()])',
      'except NotImplementedError:',
      '    print("NotImplementedError")',
    ]);
    assert.equal(out, [
      "[2, 5] 5 [] ['global_step', 'loss']",
      'ValueError Must specify max_steps > 0, given: 0',
      'TypeError `input_fn` must be callable, given: 3',
      'NotImplementedError',
      '',
    ].join('\n'));
  });
  it('tf.contrib.layers.stack / repeat / embed_sequence / one_hot_encoding build TF scopes and values', () => {
    const out = py([
      'import numpy as np',
      'import tensorflow as tf',
      'y = tf.contrib.layers.stack(tf.ones([2, 3]), tf.contrib.layers.fully_connected, [4, 5], weights_initializer=tf.ones_initializer())',
      'z = tf.contrib.layers.repeat(tf.ones([1, 4, 4, 1]), 2, tf.contrib.layers.conv2d, 2, [3, 3])',
      'e = tf.contrib.layers.embed_sequence(tf.constant([[1, 2], [3, 0]]), vocab_size=5, embed_dim=3, initializer=tf.constant_initializer(np.arange(15).reshape(5, 3)))',
      'again = tf.contrib.layers.embed_sequence(tf.constant([4]), scope="EmbedSequence", reuse=True)',
      'o = tf.contrib.layers.one_hot_encoding(tf.constant([0, 2]), 3)',
      'print([v.name for v in tf.global_variables()])',
      'print(z.shape, o.dtype.name)',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    print(s.run(y).tolist(), s.run(e).tolist(), s.run(again).tolist(), s.run(o).tolist())',
    ]);
    assert.equal(out, [
      "['Stack/fully_connected_1/weights:0', 'Stack/fully_connected_1/biases:0', 'Stack/fully_connected_2/weights:0', 'Stack/fully_connected_2/biases:0', "
        + "'Repeat/convolution2d_1/weights:0', 'Repeat/convolution2d_1/biases:0', 'Repeat/convolution2d_2/weights:0', 'Repeat/convolution2d_2/biases:0', 'EmbedSequence/embeddings:0']",
      '(1, 4, 4, 2) float32',
      '[[12.0, 12.0, 12.0, 12.0, 12.0], [12.0, 12.0, 12.0, 12.0, 12.0]] [[[3.0, 4.0, 5.0], [6.0, 7.0, 8.0]], [[9.0, 10.0, 11.0], [0.0, 1.0, 2.0]]] [[12.0, 13.0, 14.0]] [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]',
      '',
    ].join('\n'));
  });
});
