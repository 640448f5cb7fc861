// tf.contrib.learn's estimators (TF 1.15 contrib/learn): the contrib Estimator's fit/evaluate/predict
// over x/y arrays (DataFeeder: whole set per step by default, RandomState(42) order) or input_fn,
// the canned DNN/linear models' variable names, mean-reduced loss and contrib metric keys,
// ModelFnOps, SKCompat, infer_real_valued_columns_from_input, real_valued_column and load_iris.
import { strict as assert } from 'assert';
import { ok, runScript } from './estimator_helpers';

function lastError(lines: string[]): string {
  const r = runScript(lines);
  const res = r.results[0];
  if (res.ok) throw new Error('expected an error; stdout:\n' + r.stdout);
  return res.error.traceback.trim().split('\n').pop()!;
}

const IRIS_XY = [
  'import numpy as np',
  'import tensorflow as tf',
  'iris = tf.contrib.learn.datasets.load_iris()',
  'x, y = iris.data.astype(np.float32), iris.target',
];

describe('tf.contrib.learn estimators', function () {
  this.timeout(180_000);

  it('LinearRegressor: one SGD step on x/y (all rows, mean squared loss) gives w = 3, b = 1 in linear/x/weight, linear/bias_weight', () => {
    // loss = mean((w x + b - y)^2) at w = b = 0 with x = 1..4, y = 2x: dL/dw = -2 mean(x y) = -30,
    // dL/db = -2 mean(y) = -10, so one step at rate 0.1 gives w = 3, b = 1 (a summed loss would give 12, 4).
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      "cols = [tf.contrib.layers.real_valued_column('x')]",
      'est = tf.contrib.learn.LinearRegressor(feature_columns=cols, optimizer=tf.train.GradientDescentOptimizer(0.1))',
      "x = {'x': np.array([1., 2., 3., 4.], np.float32)}",
      'y = np.array([2., 4., 6., 8.], np.float32)',
      'print(est.fit(x=x, y=y, steps=1) is est)',
      "print(sorted(est.get_variable_names()))",
      "print(est.get_variable_value('linear/x/weight').tolist(), est.get_variable_value('linear/bias_weight').tolist())",
      'm = est.evaluate(x=x, y=y)',
      "print(sorted(m), m['global_step'], round(float(m['loss']), 4))",
      'print([round(float(v), 3) for v in est.predict(x=x)])',
    ]));
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], 'True');
    assert.equal(lines[1], "['global_step', 'linear/bias_weight', 'linear/x/weight']");
    assert.equal(lines[2], '[[3.0]] [1.0]');
    // Predictions 3x + 1 = 4, 7, 10, 13 against 2, 4, 6, 8: squared errors 4, 9, 16, 25, mean 13.5.
    assert.equal(lines[3], "['global_step', 'loss'] 1 13.5");
    assert.equal(lines[4], '[4.0, 7.0, 10.0, 13.0]');
  });

  it('DNNClassifier on iris x/y: dnn/hiddenlayer_N/weights names, contrib eval keys, predict / predict_classes / predict_proba forms', () => {
    const r = ok(runScript([
      ...IRIS_XY,
      'cols = tf.contrib.learn.infer_real_valued_columns_from_input(x)',
      'print(cols)',
      'clf = tf.contrib.learn.DNNClassifier(hidden_units=[8], feature_columns=cols, n_classes=3, config=tf.contrib.learn.RunConfig(tf_random_seed=3))',
      'clf.fit(x, y, steps=300)',
      "print(sorted(n for n in clf.get_variable_names() if 'Adagrad' not in n))",
      'm = clf.evaluate(x=x, y=y)',
      "print(sorted(m), m['global_step'], m['accuracy'] >= 0.9, type(m['accuracy']).__name__)",
      'classes = list(clf.predict(x[:3]))',
      'print(classes, type(classes[0]).__name__)',
      'print(clf.predict_classes(x[:3], as_iterable=False).tolist())',
      'p = clf.predict_proba(x=x[:3], as_iterable=False)',
      'print(p.shape, np.allclose(p.sum(axis=1), 1.0))',
      "d = list(clf.predict(x=x[:2], outputs=['classes', 'probabilities']))",
      'print(len(d), sorted(d[0]))',
    ]));
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], "[_RealValuedColumn(column_name='', dimension=4, default_value=None, dtype=tf.float32, normalizer=None)]");
    assert.equal(lines[1], "['dnn/hiddenlayer_0/biases', 'dnn/hiddenlayer_0/weights', 'dnn/logits/biases', 'dnn/logits/weights', 'dnn/multi_class_head/dnn/learning_rate', 'global_step']");
    assert.equal(lines[2], "['accuracy', 'global_step', 'loss'] 300 True float32");
    assert.equal(lines[3], '[0, 0, 0] int64');
    assert.equal(lines[4], '[0, 0, 0]');
    assert.equal(lines[5], '(3, 3) True');
    assert.equal(lines[6], "2 ['classes', 'probabilities']");
  });

  it('input_fn of constant tensors: fit(steps) trains, evaluate(steps=1), predict yields one batch (no queue or feeder)', () => {
    const r = ok(runScript([
      ...IRIS_XY,
      "cols = [tf.contrib.layers.real_valued_column('', dimension=4)]",
      'clf = tf.contrib.learn.DNNClassifier(hidden_units=[10], feature_columns=cols, n_classes=3)',
      'clf.fit(input_fn=lambda: (tf.constant(x), tf.constant(y)), steps=50)',
      'm = clf.evaluate(input_fn=lambda: (tf.constant(x), tf.constant(y)), steps=1)',
      "print(m['global_step'], sorted(m))",
      'print(len(list(clf.predict(input_fn=lambda: x[:5]))))',
      'clf.fit(input_fn=lambda: (tf.constant(x), tf.constant(y)), steps=20)',
      "print(clf.evaluate(input_fn=lambda: (tf.constant(x), tf.constant(y)), steps=2)['global_step'])",
    ]));
    assert.deepEqual(r.stdout.trim().split('\n'), ["50 ['accuracy', 'global_step', 'loss']", '5', '70']);
  });

  it('binary heads (n_classes=2) evaluate to contrib\'s metric keys; LinearClassifier separates two iris species', () => {
    const r = ok(runScript([
      ...IRIS_XY,
      'keep = y < 2',
      "cols = [tf.contrib.layers.real_valued_column('f', dimension=4)]",
      'clf = tf.contrib.learn.LinearClassifier(feature_columns=cols)',
      "clf.fit(x={'f': x[keep]}, y=y[keep], steps=100)",
      "m = clf.evaluate(x={'f': x[keep]}, y=y[keep])",
      'print(sorted(m))',
      "print(m['accuracy'], m['auc'] > 0.99, abs(m['labels/actual_label_mean'] - 0.5) < 1e-6, m['accuracy/baseline_label_mean'])",
      "print(sorted(n for n in clf.get_variable_names() if 'Ftrl' not in n))",
      "print(sorted(list(clf.predict(x={'f': x[:1]}, outputs=['classes', 'logistic', 'probabilities', 'logits']))[0]))",
    ]));
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], "['accuracy', 'accuracy/baseline_label_mean', 'accuracy/threshold_0.500000_mean', 'auc', 'auc_precision_recall', 'global_step', 'labels/actual_label_mean', 'labels/prediction_mean', 'loss', 'precision/positive_threshold_0.500000_mean', 'recall/positive_threshold_0.500000_mean']");
    assert.equal(lines[1], '1.0 True True 0.5');
    assert.equal(lines[2], "['global_step', 'linear/bias_weight', 'linear/f/weight']");
    assert.equal(lines[3], "['classes', 'logistic', 'logits', 'probabilities']");
  });

  it('a contrib model_fn returning ModelFnOps or a (predictions, loss, train_op) tuple; SKCompat fit/score/predict', () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      'def model(features, targets, mode):',
      "    w = tf.get_variable('w', [1], tf.float32, tf.zeros_initializer())",
      "    pred = w * features['x']",
      // The DataFeeder feeds a 1-D x as [batch, 1] and y as [batch] (as TF's), so the model reshapes.
      '    loss = None if targets is None else tf.reduce_mean(tf.square(pred - tf.reshape(targets, [-1, 1])))',
      '    train = None',
      '    if mode == tf.contrib.learn.ModeKeys.TRAIN:',
      '        train = tf.train.GradientDescentOptimizer(0.05).minimize(loss, global_step=tf.train.get_global_step())',
      '    return tf.contrib.learn.ModelFnOps(mode=mode, predictions=pred, loss=loss, train_op=train)',
      'est = tf.contrib.learn.Estimator(model_fn=model)',
      "x = {'x': np.array([1., 2., 3.], np.float32)}",
      'y = np.array([2., 4., 6.], np.float32)',
      'est.fit(x=x, y=y, steps=200)',
      "print(round(float(est.get_variable_value('w')[0]), 3), [np.round(v.astype(float), 2).tolist() for v in est.predict(x=x)])",
      'def tuple_model(features, labels):',
      "    w = tf.get_variable('w', [1], tf.float32, tf.zeros_initializer())",
      "    pred = w * features['x']",
      '    if labels is None:',
      '        return pred, None, None',
      '    loss = tf.reduce_mean(tf.square(pred - tf.reshape(labels, [-1, 1])))',
      '    return pred, loss, tf.train.GradientDescentOptimizer(0.05).minimize(loss, global_step=tf.train.get_global_step())',
      'sk = tf.contrib.learn.SKCompat(tf.contrib.learn.Estimator(model_fn=tuple_model))',
      'print(sk.fit(x, y, steps=200) is sk)',
      "s = sk.score(x, y)",
      "print(sorted(s), s['global_step'], s['loss'] < 1e-4)",
      'print(np.round(sk.predict(x).astype(float), 2).tolist())',
    ]));
    assert.deepEqual(r.stdout.trim().split('\n'), [
      '2.0 [[2.0], [4.0], [6.0]]', 'True', "['global_step', 'loss'] 200 True", '[[2.0], [4.0], [6.0]]',
    ]);
  });

  it('load_iris (TF\'s bundled 150 rows), load_dataset("iris"), io.numpy_input_fn and sklearn.datasets.load_iris (Fisher\'s two fixes)', () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      'from sklearn import datasets',
      'a = tf.contrib.learn.datasets.load_iris()',
      "b = tf.contrib.learn.datasets.load_dataset('iris')",
      'print(a.data.shape, a.data.dtype, a.target.dtype, np.round(a.data.sum(axis=0), 1).tolist(), np.bincount(a.target).tolist())',
      'print(np.array_equal(a.data, b.data), a.data[0].tolist(), a.data[34].tolist(), a.data[37].tolist())',
      's = datasets.load_iris()',
      'print(s.data.shape, s.target_names.tolist(), s.feature_names[0], np.round(s.data.sum(axis=0), 1).tolist())',
      'print(s.data[34].tolist(), s.data[37].tolist(), np.array_equal(s.target, a.target))',
      'X, Y = datasets.load_iris(return_X_y=True)',
      'print(np.array_equal(X, s.data), Y.shape)',
    ]));
    // Column sums of the UCI file TF shipped (876.5, 458.1, 563.8, 179.8), and after the fixes of
    // rows 35 and 38 (UCI's note: 4.9,3.1,1.5,0.2 and 4.9,3.6,1.4,0.1) sklearn's 458.6, 563.7, 179.9.
    assert.deepEqual(r.stdout.trim().split('\n'), [
      '(150, 4) float64 int64 [876.5, 458.1, 563.8, 179.8] [50, 50, 50]',
      'True [5.1, 3.5, 1.4, 0.2] [4.9, 3.1, 1.5, 0.1] [4.9, 3.1, 1.5, 0.1]',
      "(150, 4) ['setosa', 'versicolor', 'virginica'] sepal length (cm) [876.5, 458.6, 563.7, 179.9]",
      '[4.9, 3.1, 1.5, 0.2] [4.9, 3.6, 1.4, 0.1] True',
      'True (150,)',
    ]);
  });

  it('DNNRegressor over real_valued_column(k) features from a dict of constants (the Boston input_fn tutorial\'s form): loss falls, scores per example', () => {
    // y = 2 a - b + 1 on 40 points; 300 Adagrad steps of a [10, 10] net bring the mean squared error well
    // below its starting value (the labels' mean square, about 3); predict() yields one float per row.
    const r = ok(runScript([
      'import itertools',
      'import numpy as np',
      'import tensorflow as tf',
      'rng = np.random.RandomState(0)',
      "data = {'a': rng.uniform(-1, 1, 40).astype(np.float32), 'b': rng.uniform(-1, 1, 40).astype(np.float32)}",
      "target = (2 * data['a'] - data['b'] + 1).astype(np.float32)",
      "FEATURES = ['a', 'b']",
      'feature_cols = [tf.contrib.layers.real_valued_column(k) for k in FEATURES]',
      'regressor = tf.contrib.learn.DNNRegressor(feature_columns=feature_cols, hidden_units=[10, 10], config=tf.contrib.learn.RunConfig(tf_random_seed=2))',
      'def input_fn():',
      '    return {k: tf.constant(data[k]) for k in FEATURES}, tf.constant(target)',
      'before = regressor.fit(input_fn=input_fn, steps=1).evaluate(input_fn=input_fn, steps=1)["loss"]',
      'regressor.fit(input_fn=input_fn, steps=300)',
      'ev = regressor.evaluate(input_fn=input_fn, steps=1)',
      "print(sorted(ev), ev['global_step'], ev['loss'] < before / 4)",
      'y = regressor.predict(input_fn=lambda: {k: tf.constant(data[k][:6]) for k in FEATURES})',
      'predictions = list(itertools.islice(y, 6))',
      'print(len(predictions), type(predictions[0]).__name__, float(np.mean(np.abs(np.array(predictions) - target[:6]))) < 0.5)',
    ]));
    assert.deepEqual(r.stdout.trim().split('\n'), ["['global_step', 'loss'] 301 True", '6 float32 True']);
  });

  it('contrib sparse columns: sparse_column_with_keys / _integerized_feature through embedding_column and one_hot_column (DNN) and bucketized (linear)', () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      'layers = tf.contrib.layers',
      'rng = np.random.RandomState(1)',
      'n = 120',
      "color = rng.choice(['red', 'green', 'blue'], n)",
      'size = rng.randint(0, 4, n)',
      'age = rng.uniform(0, 60, n).astype(np.float32)',
      "y = ((color == 'red') | (size == 3)).astype(np.int64)",
      "color_c = layers.sparse_column_with_keys('color', keys=['red', 'green', 'blue'])",
      "size_c = layers.sparse_column_with_integerized_feature('size', bucket_size=4)",
      "age_b = layers.bucketized_column(layers.real_valued_column('age'), boundaries=[20, 40])",
      'print(color_c)',
      "x = {'color': color, 'size': size, 'age': age}",
      'dnn = tf.contrib.learn.DNNClassifier(hidden_units=[6], feature_columns=[layers.embedding_column(color_c, 3), layers.one_hot_column(size_c)], config=tf.contrib.learn.RunConfig(tf_random_seed=5))',
      'dnn.fit(x=x, y=y, steps=300)',
      "print(dnn.evaluate(x=x, y=y)['accuracy'] >= 0.95)",
      "print(sorted(n for n in dnn.get_variable_names() if n.startswith('dnn/') and 'Adagrad' not in n))",
      'lin = tf.contrib.learn.LinearClassifier(feature_columns=[color_c, size_c, age_b])',
      'lin.fit(x=x, y=y, steps=200)',
      "print(lin.evaluate(x=x, y=y)['accuracy'] >= 0.95)",
      "print(sorted(n for n in lin.get_variable_names() if n.startswith('linear/') and 'Ftrl' not in n))",
    ]));
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], "_SparseColumnKeys(column_name='color', is_integerized=False, bucket_size=None, lookup_config=('red', 'green', 'blue'), combiner='sum', dtype=tf.string)");
    assert.equal(lines[1], 'True');
    assert.equal(lines[2], "['dnn/binary_logistic_head/dnn/learning_rate', 'dnn/hiddenlayer_0/biases', 'dnn/hiddenlayer_0/weights', 'dnn/input_from_feature_columns/color_embedding/weights', 'dnn/logits/biases', 'dnn/logits/weights']");
    assert.equal(lines[3], 'True');
    assert.equal(lines[4], "['linear/age_bucketized/weights', 'linear/bias_weight', 'linear/color/weights', 'linear/size/weights']");
  });

  it('preprocessing.VocabularyProcessor: ids by first sight (0 pads and is unknown), min_frequency renumbers by count, reverse, save/restore; ByteProcessor', () => {
    const r = ok(runScript([
      'import numpy as np',
      'from tensorflow.contrib import learn',
      "docs = ['the cat sat', 'the dog sat down', 'A cat and a DOG']",
      'vp = learn.preprocessing.VocabularyProcessor(4)',
      'x = np.array(list(vp.fit_transform(docs)))',
      'print(x.tolist(), x.dtype, len(vp.vocabulary_))',
      "print(list(vp.transform(['the bird sat']))[0].tolist(), list(vp.reverse([[1, 2, 3, 0]])))",
      'vp2 = learn.preprocessing.VocabularyProcessor(3, min_frequency=1)',
      'print(np.array(list(vp2.fit_transform(docs))).tolist(), len(vp2.vocabulary_))',
      "print(learn.preprocessing.TOKENIZER_RE.findall(\"NASA's HelloWorld, well-known 3\"))",
      "bp = learn.preprocessing.ByteProcessor(5)",
      "print(np.array(list(bp.transform(['ab', 'h\\u00e9llo!']))).tolist(), list(bp.reverse(bp.transform(['ab']))))",
      "vp.save('/tmp/gradbook_vp.pkl')",
      "print(list(learn.preprocessing.VocabularyProcessor.restore('/tmp/gradbook_vp.pkl').transform(['dog sat']))[0].tolist())",
    ]));
    // Ids by first sight: the 1, cat 2, sat 3, dog 4, down 5, A 6, and 7, a 8, DOG 9 (+ <UNK> = 10).
    // min_frequency=1 keeps the words seen twice (cat, sat, the), numbered in sorted order at equal counts.
    assert.deepEqual(r.stdout.trim().split('\n'), [
      '[[1, 2, 3, 0], [1, 4, 3, 5], [6, 2, 7, 8]] int64 10',
      "[1, 0, 3, 0] ['the cat sat <UNK>']",
      '[[3, 1, 2], [3, 0, 2], [0, 1, 0]] 4',
      "['NASA', \"'s\", 'Hello', 'World', 'well-known', '3']",
      "[[97, 98, 0, 0, 0], [104, 195, 169, 108, 108]] ['ab']",
      '[4, 3, 0, 0]',
    ]);
  });

  it('argument errors and unsupported arguments', () => {
    const base = ['import numpy as np', 'import tensorflow as tf', "cols = [tf.contrib.layers.real_valued_column('')]"];
    assert.equal(lastError([...base, 'e = tf.contrib.learn.LinearRegressor(cols)', 'e.fit(x=np.zeros(3), input_fn=lambda: None)']),
      'ValueError: Can not provide both input_fn and x or y.');
    assert.equal(lastError([...base, 'e = tf.contrib.learn.LinearRegressor(cols)', 'e.fit(steps=1)']),
      'ValueError: Either x or input_fn must be provided.');
    assert.equal(lastError([...base, 'e = tf.contrib.learn.LinearRegressor(cols)', 'e.fit(x=np.zeros(3), y=np.zeros(3), steps=1, max_steps=2)']),
      'ValueError: Can not provide both steps and max_steps.');
    assert.equal(lastError([...base, 'tf.contrib.learn.DNNClassifier([4], cols, weight_column_name="w")']),
      'NotImplementedError: DNNClassifier() argument weight_column_name is not supported by Gradbook');
    assert.equal(lastError([...base, 'tf.contrib.learn.DNNClassifier([4], cols, n_classes=1)']),
      'ValueError: n_classes must be > 1 for classification: 1.');
    assert.match(lastError([...base, "tf.contrib.layers.sparse_column_with_hash_bucket('c', 10)"]),
      /^NotImplementedError: tf\.contrib\.layers\.sparse_column_with_hash_bucket\(\) is not supported by Gradbook/);
    assert.match(lastError([...base, 'tf.contrib.learn.Experiment']),
      /^NotImplementedError: tf\.contrib\.learn\.Experiment is not supported by Gradbook/);
    assert.match(lastError([...base, 'e = tf.contrib.learn.LinearRegressor(cols)', 'list(e.predict(x=np.zeros(3)))']),
      /NotFittedError: Couldn't find trained model at /);
  });
});
