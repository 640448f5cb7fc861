// The premade estimators over tf.feature_column.numeric_column: TF's variable names, default
// optimizers, summed training loss and the canned eval metrics.
import { strict as assert } from 'assert';
import * as path from 'path';
import { ok, runScript } from './estimator_helpers';

const IRIS = path.resolve(__dirname, '../../corpus/data');

describe('premade estimators', function () {
  this.timeout(120_000);

  it('LinearRegressor (Ftrl) fits y = 1 - x as the TF get-started guide: small average_loss, TF\'s metric keys and variable names', () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      "columns = [tf.feature_column.numeric_column('x', shape=[1])]",
      'est = tf.estimator.LinearRegressor(feature_columns=columns)',
      "x, y = np.array([1., 2., 3., 4.]), np.array([0., -1., -2., -3.])",
      "est.train(tf.estimator.inputs.numpy_input_fn({'x': x}, y, batch_size=4, num_epochs=None, shuffle=True), steps=1000)",
      "m = est.evaluate(tf.estimator.inputs.numpy_input_fn({'x': x}, y, batch_size=4, num_epochs=1000, shuffle=False))",
      "print(sorted(m), m['global_step'], m['average_loss'] < 1e-3, abs(m['loss'] - 4 * m['average_loss']) < 1e-4, m['label/mean'])",
      'print(sorted(est.get_variable_names()))',
      "print(np.round(est.get_variable_value('linear/linear_model/x/weights').astype(float), 2).tolist())",
      "p = list(est.predict(tf.estimator.inputs.numpy_input_fn({'x': np.array([10.])}, shuffle=False)))",
      "print(sorted(p[0]), round(float(p[0]['predictions'][0]), 1))",
    ]));
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], "['average_loss', 'global_step', 'label/mean', 'loss', 'prediction/mean'] 1000 True True -1.5");
    assert.ok(lines[1].includes("'linear/linear_model/bias_weights'") && lines[1].includes("'linear/linear_model/x/weights'"), lines[1]);
    assert.equal(lines[2], '[[-1.0]]');
    assert.equal(lines[3], "['predictions'] -9.0");
  });

  it('DNNClassifier [10, 20, 10] on iris reaches >= 0.85 accuracy; dnn/hiddenlayer_0/kernel names; per-example class_ids', () => {
    const r = ok(runScript([
      'import csv',
      'import numpy as np',
      'import tensorflow as tf',
      'def load(name):',
      `    rows = list(csv.reader(open(${JSON.stringify(IRIS)} + '/' + name)))[1:]`,
      '    return np.array([[float(v) for v in row[:4]] for row in rows], np.float32), np.array([int(row[4]) for row in rows])',
      "train_x, train_y = load('iris_training.csv')",
      "test_x, test_y = load('iris_test.csv')",
      "columns = [tf.feature_column.numeric_column('x', shape=[4])]",
      'clf = tf.estimator.DNNClassifier(feature_columns=columns, hidden_units=[10, 20, 10], n_classes=3, config=tf.estimator.RunConfig(tf_random_seed=1))',
      "clf.train(tf.estimator.inputs.numpy_input_fn({'x': train_x}, train_y, num_epochs=None, shuffle=True), steps=400)",
      "m = clf.evaluate(tf.estimator.inputs.numpy_input_fn({'x': test_x}, test_y, num_epochs=1, shuffle=False))",
      "print(sorted(m), m['accuracy'])",
      "print(sorted(n for n in clf.get_variable_names() if n.startswith('dnn/') and not n.endswith('/Adagrad')))",
      "p = list(clf.predict(tf.estimator.inputs.numpy_input_fn({'x': test_x}, num_epochs=1, shuffle=False)))",
      "ids = np.array([q['class_ids'][0] for q in p])",
      "print(len(p), sorted(p[0]), abs(np.mean(ids == test_y) - m['accuracy']) < 1e-6, np.allclose([q['probabilities'].sum() for q in p], 1, atol=1e-5))",
    ]));
    const lines = r.stdout.split('\n');
    const [keys, acc] = [lines[0].slice(0, lines[0].lastIndexOf(']') + 1), Number(lines[0].slice(lines[0].lastIndexOf(']') + 2))];
    assert.equal(keys, "['accuracy', 'average_loss', 'global_step', 'loss']");
    assert.ok(acc >= 0.85, `accuracy ${acc}`);
    assert.equal(lines[1], "['dnn/hiddenlayer_0/bias', 'dnn/hiddenlayer_0/kernel', 'dnn/hiddenlayer_1/bias', 'dnn/hiddenlayer_1/kernel', 'dnn/hiddenlayer_2/bias', 'dnn/hiddenlayer_2/kernel', 'dnn/logits/bias', 'dnn/logits/kernel']");
    assert.equal(lines[2], "30 ['class_ids', 'classes', 'logits', 'probabilities'] True True");
  });

  it("predictions' classes are the class ids as byte strings (as_string, TF's str_classes), for softmax and logistic heads", () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      "x = np.array([[0.], [1.], [2.], [3.]], np.float32)",
      "cols = [tf.feature_column.numeric_column('x')]",
      'for n in (3, 2):',
      "    clf = tf.estimator.LinearClassifier(cols, n_classes=n)",
      "    clf.train(tf.estimator.inputs.numpy_input_fn({'x': x}, np.array([0, 1, 1, 0]), shuffle=False), steps=2)",
      "    p = list(clf.predict(tf.estimator.inputs.numpy_input_fn({'x': x}, shuffle=False)))",
      "    print(repr(p[0]['classes']), all(q['classes'][0] == str(q['class_ids'][0]).encode() for q in p))",
    ]));
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /^array\(\[b'[012]'\], dtype=object\) True$/);
    assert.match(lines[1], /^array\(\[b'[01]'\], dtype=object\) True$/);
  });

  it('input_fn returning a tf.data.Dataset: train stops when a finite dataset ends, evaluate reads every example once', () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      "x = np.array([[1.], [2.], [3.], [4.]], np.float32)",
      "y = np.array([[0.], [-1.], [-2.], [-3.]], np.float32)",
      "data = lambda: tf.data.Dataset.from_tensor_slices(({'x': x}, y))",
      "est = tf.estimator.LinearRegressor([tf.feature_column.numeric_column('x')])",
      'est.train(lambda: data().batch(2), steps=100)',
      "print(est.get_variable_value('global_step'))",
      'est.train(lambda: data().repeat().batch(4), steps=300)',
      'm = est.evaluate(lambda: data().batch(3))',
      "print(m['global_step'], m['label/mean'], m['average_loss'] < 0.05)",
    ]));
    // Two batches of 2 end the first train call (TF stops on OutOfRangeError); the label mean over
    // all four examples of the 3+1 evaluation batches is (0 - 1 - 2 - 3) / 4.
    assert.equal(r.stdout, '2\n302 -1.5 True\n');
  });

  it('unsupported arguments and feature columns raise NotImplementedError naming them', () => {
    for (const [line, message] of [
      ["tf.estimator.DNNClassifier([4], [tf.feature_column.numeric_column('x')], weight_column='w')", 'DNNClassifier() argument weight_column is not supported by Gradbook'],
      ["tf.feature_column.weighted_categorical_column(tf.feature_column.categorical_column_with_identity('c', 3), 'w')", 'tf.feature_column.weighted_categorical_column() is not supported by Gradbook: weighted sparse ids are not provided'],
      ["tf.feature_column.categorical_column_with_vocabulary_list('c', ['a'], num_oov_buckets=2)", "categorical_column_with_vocabulary_list() argument num_oov_buckets is not supported by Gradbook (OOV buckets hash the value with TF's fingerprint)"],
    ]) {
      const r = runScript(['import tensorflow as tf', line]);
      assert.ok(!r.results[0].ok);
      if (!r.results[0].ok) assert.equal(r.results[0].error.evalue, message);
    }
  });
});
