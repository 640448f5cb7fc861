// What the TF 1.x official examples (tensorflow/examples/learn, tutorials/estimators, wave 16)
// needed from the contrib era: tf.contrib.losses (tf.losses' values, contrib's argument order; the
// per-element hinge loss), contrib.layers weights in the inputs' dtype and its relu / convolution
// entry points, the contrib Estimator's positional labels and predict-time label placeholders,
// learn.monitors.ValidationMonitor's evaluation and early stopping, and sklearn.pipeline.Pipeline.
import { strict as assert } from 'assert';
import { ok, runScript } from './estimator_helpers';

function lastError(lines: string[]): string {
  const res = runScript(lines).results[0];
  if (res.ok) throw new Error('expected an error');
  return res.error.traceback.trim().split('\n').pop()!;
}

describe('contrib-era APIs of the official TF examples', function () {
  this.timeout(120_000);

  it('tf.contrib.losses: predictions/logits first, the values tf.losses gives; hinge_loss per element', () => {
    const r = ok(runScript([
      'import tensorflow as tf',
      'mse = tf.contrib.losses.mean_squared_error(tf.constant([1., 2., 3.]), tf.constant([1, 1, 1]))',
      'mad = tf.contrib.losses.absolute_difference(tf.constant([1., 2., 3.]), tf.constant([1., 1., 1.]))',
      'ce = tf.contrib.losses.softmax_cross_entropy(tf.constant([[0., 0.], [2., 0.]]), tf.constant([[1, 0], [0, 1]]))',
      'sce = tf.contrib.losses.sparse_softmax_cross_entropy(tf.constant([[0., 0.]]), tf.constant([1]))',
      'hinge = tf.contrib.losses.hinge_loss(tf.constant([[-1., 0.5, 2.]]), tf.constant([[0., 1., 1.]]))',
      'with tf.Session() as sess:',
      '    print(sess.run([mse, mad, ce, sce]))',
      '    print(sess.run(hinge).tolist(), len(tf.contrib.losses.get_losses()))',
    ]));
    // (0 + 1 + 4) / 3; (0 + 1 + 2) / 3; (ln 2 + ln(1 + e^2)) / 2 = (0.693147 + 2.126928) / 2; ln 2.
    // Hinge: labels {0, 1} -> {-1, 1}: relu(1 - 1), relu(1 - 0.5), relu(1 - 2); it adds no loss.
    assert.equal(r.stdout, '[1.6666666, 1.0, 1.4100376, 0.6931472]\n[[0.0, 0.5, 0.0]] 4\n');
  });

  it('contrib.layers: float64 inputs get float64 weights; relu is fully_connected; convolution is conv2d for rank 4', () => {
    const r = ok(runScript([
      'import tensorflow as tf',
      'x = tf.placeholder(tf.float64, [None, 3])',
      'h = tf.contrib.layers.relu(x, 2)',
      'y = tf.contrib.layers.linear(h, 1)',
      'c = tf.contrib.layers.convolution(tf.zeros([1, 4, 4, 1]), 2, [3, 3])',
      'print(h.dtype, y.dtype, c.get_shape().as_list())',
      'print([(v.op.name, v.dtype.base_dtype.name) for v in tf.global_variables()])',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    print(sess.run(h, {x: [[-1., 2., 3.]]}).min() >= 0)',
    ]));
    assert.equal(r.stdout, "<dtype: 'float64'> <dtype: 'float64'> [1, 4, 4, 2]\n"
      + "[('fully_connected/weights', 'float64'), ('fully_connected/biases', 'float64'), "
      + "('fully_connected_1/weights', 'float64'), ('fully_connected_1/biases', 'float64'), "
      + "('Conv/weights', 'float32'), ('Conv/biases', 'float32')]\nTrue\n");
    assert.match(lastError(['import tensorflow as tf', 'tf.contrib.layers.convolution(tf.zeros([1, 4, 1]), 2, 3)']),
      /^NotImplementedError: tf.contrib.layers.convolution\(\) of rank-3 inputs \(1-D convolution\) is not supported/);
  });

  it('the contrib Estimator passes labels positionally and, when predicting, a placeholder shaped like fit()\'s labels', () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      'seen = []',
      'def model_fn(features, target, mode):',
      '    seen.append((mode, target.dtype.name, target.get_shape().as_list(), target.op.type))',
      '    onehot = tf.one_hot(target, 2, 1, 0)',
      '    logits = tf.contrib.layers.fully_connected(features, 2, activation_fn=None)',
      '    loss = tf.contrib.losses.softmax_cross_entropy(logits, onehot)',
      '    train_op = tf.contrib.layers.optimize_loss(loss, tf.contrib.framework.get_global_step(), optimizer="SGD", learning_rate=0.5)',
      '    return {"class": tf.argmax(logits, 1)}, loss, train_op',
      'x = np.array([[0.], [1.], [2.], [3.]], dtype=np.float32)',
      'y = np.array([0, 0, 1, 1])',
      'est = tf.contrib.learn.Estimator(model_fn=model_fn)',
      'est.fit(x, y, steps=5)',
      'print([p["class"] >= 0 for p in est.predict(x, as_iterable=True)])',
      'print(seen)',
    ]));
    assert.equal(r.stdout, '[True, True, True, True]\n'
      + "[('train', 'int64', [None], 'Placeholder'), ('infer', 'int64', [None], 'Placeholder')]\n");
  });

  it('ValidationMonitor evaluates each new checkpoint and stops after early_stopping_rounds without improvement', () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      'x = np.array([[0.], [1.], [2.], [3.]], dtype=np.float32)',
      'y = np.array([0, 0, 1, 1])',
      // maximizing the loss while it falls: the first validation stays the best one
      'monitor = tf.contrib.learn.monitors.ValidationMonitor(x, y, every_n_steps=10, early_stopping_rounds=20,',
      '    early_stopping_metric_minimize=False, check_interval_secs=0)',
      'est = tf.contrib.learn.DNNClassifier(hidden_units=[4], n_classes=2,',
      '    feature_columns=tf.contrib.learn.infer_real_valued_columns_from_input(x),',
      '    config=tf.contrib.learn.RunConfig(save_checkpoints_steps=10, save_checkpoints_secs=None, tf_random_seed=1))',
      'est.fit(x, y, steps=100, monitors=[monitor])',
      'print(monitor.early_stopped, monitor.best_step, "loss" in monitor.best_metrics, est.get_variable_value("global_step"))',
    ]));
    // Steps 1, 11 and 21 validate the checkpoints of steps 0, 10 and 20; 21 - 1 >= 20 stops the run.
    assert.equal(r.stdout, 'True 1 True 21\n');
  });

  it('sklearn.pipeline.Pipeline routes step__param to the step\'s fit and predicts through the transformers', () => {
    const r = ok(runScript([
      'import numpy as np',
      'from sklearn.pipeline import Pipeline, make_pipeline',
      'from sklearn.preprocessing import StandardScaler',
      'class Last(object):',
      '    def fit(self, X, y, steps=None):',
      '        self.mean, self.steps = X.mean(axis=0).tolist(), steps',
      '        return self',
      '    def predict(self, X):',
      '        return X.sum(axis=1)',
      'p = Pipeline([("scale", StandardScaler()), ("last", Last())])',
      'print(p.fit(np.array([[1., 10.], [3., 30.]]), [0, 1], last__steps=7) is p, p.named_steps["last"].steps, p.named_steps["last"].mean)',
      'print(p.predict(np.array([[3., 10.]])).tolist(), [n for n, _ in make_pipeline(StandardScaler(), Last()).steps])',
    ]));
    assert.equal(r.stdout, 'True 7 [0.0, 0.0]\n[0.0] [\'standardscaler\', \'last\']\n');
    assert.match(lastError(['from sklearn.pipeline import Pipeline', 'from sklearn.preprocessing import StandardScaler',
      'Pipeline([("a", StandardScaler()), ("a", StandardScaler())])']), /^ValueError: Names provided are not unique/);
  });
});

describe('tf.contrib.metrics and MetricSpec (iris_monitors.py)', function () {
  this.timeout(120_000);

  it('streaming metrics take predictions first and stream like tf.metrics', () => {
    const r = ok(runScript([
      'import tensorflow as tf',
      'p = tf.placeholder(tf.int64, [None])',
      'l = tf.placeholder(tf.int64, [None])',
      'acc, acc_up = tf.contrib.metrics.streaming_accuracy(p, l)',
      'prec, prec_up = tf.contrib.metrics.streaming_precision(p, l)',
      'rec, rec_up = tf.contrib.metrics.streaming_recall(p, l)',
      'with tf.Session() as sess:',
      '    sess.run(tf.local_variables_initializer())',
      '    sess.run([acc_up, prec_up, rec_up], {p: [1, 0, 1], l: [1, 1, 0]})',
      '    sess.run([acc_up, prec_up, rec_up], {p: [1], l: [1]})',
      '    print(sess.run([acc, prec, rec]))',
    ]));
    // Over both batches: 2 of 4 right; predicted positive 3, of them 2 true; actual positive 3, 2 found.
    assert.equal(r.stdout, '[0.5, 0.6666667, 0.6666667]\n');
  });

  it('evaluate(metrics={name: MetricSpec}) adds the metric on the named prediction to the canned metrics', () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      'x = np.array([[0.], [1.], [2.], [3.]], dtype=np.float32)',
      'y = np.array([0, 0, 1, 1])',
      'est = tf.contrib.learn.DNNClassifier(hidden_units=[4], n_classes=3,',
      '    feature_columns=tf.contrib.learn.infer_real_valued_columns_from_input(x),',
      '    config=tf.contrib.learn.RunConfig(tf_random_seed=1))',
      'est.fit(x, y, steps=50)',
      'spec = tf.contrib.learn.MetricSpec(tf.contrib.metrics.streaming_accuracy,',
      '    prediction_key=tf.contrib.learn.prediction_key.PredictionKey.CLASSES)',
      'ev = est.evaluate(x, y, metrics={"my_accuracy": spec})',
      'print(sorted(ev), ev["my_accuracy"] == ev["accuracy"])',
      'print(sorted(est.evaluate(x, y)))',
    ]));
    assert.equal(r.stdout, "['accuracy', 'global_step', 'loss', 'my_accuracy'] True\n['accuracy', 'global_step', 'loss']\n");
  });
});
