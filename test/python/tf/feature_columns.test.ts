// tf.feature_column's categorical columns (vocabulary list, identity, bucketized) through
// input_layer (indicator / embedding columns) and linear_model, and the wide & deep premade
// estimators (DNNLinearCombinedClassifier / Regressor) over them.
import { strict as assert } from 'assert';
import { ok, runScript } from './estimator_helpers';

describe('tf.feature_column categorical columns', function () {
  this.timeout(120_000);

  it('input_layer: bucketized one-hot, indicator of a vocabulary (out-of-vocabulary is a zero row), embedding lookups; sorted by name', () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      "age = tf.feature_column.numeric_column('age')",
      "b = tf.feature_column.bucketized_column(age, [18, 30])",
      "color = tf.feature_column.categorical_column_with_vocabulary_list('color', ['red', 'green'])",
      "kind = tf.feature_column.categorical_column_with_identity('kind', 3)",
      "emb = tf.feature_column.embedding_column(kind, 2, initializer=tf.constant_initializer([[1., 2.], [3., 4.], [5., 6.]]))",
      "features = {'age': tf.constant([[10.], [18.], [45.]]), 'color': tf.constant(['green', 'red', 'teal']), 'kind': tf.constant([2, 0, 1])}",
      'net = tf.feature_column.input_layer(features, [tf.feature_column.indicator_column(color), b, emb])',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    print(s.run(net).tolist())',
      "print([v.name for v in tf.global_variables()], b.name, emb.name)",
    ]));
    // Columns sorted by name: age_bucketized (3 buckets: <18, [18, 30), >=30), color_indicator, kind_embedding.
    assert.deepEqual(r.stdout.trim().split('\n'), [
      '[[1.0, 0.0, 0.0, 0.0, 1.0, 5.0, 6.0], [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 2.0], [0.0, 0.0, 1.0, 0.0, 0.0, 3.0, 4.0]]',
      "['input_layer/kind_embedding/embedding_weights:0'] age_bucketized kind_embedding",
    ]);
  });

  it('linear_model: weights [num_buckets, units] per column picked by id, plus bias_weights; a categorical column in input_layer is a ValueError', () => {
    const r = ok(runScript([
      'import tensorflow as tf',
      "color = tf.feature_column.categorical_column_with_vocabulary_list('color', ['red', 'green', 'blue'], default_value=0)",
      "x = tf.feature_column.numeric_column('x')",
      "features = {'color': tf.constant([['blue'], ['pink']]), 'x': tf.constant([[2.], [3.]])}",
      'logits = tf.feature_column.linear_model(features, [x, color])',
      'vs = dict((v.op.name, v) for v in tf.global_variables())',
      'print(sorted(vs))',
      "assigns = [tf.assign(vs['linear_model/color/weights'], [[1.], [10.], [100.]]), tf.assign(vs['linear_model/x/weights'], [[0.5]]), tf.assign(vs['linear_model/bias_weights'], [0.25])]",
      'with tf.Session() as s:',
      '    s.run(assigns)',
      '    print(s.run(logits).tolist())',
      'try:',
      '    tf.feature_column.input_layer(features, [color])',
      'except ValueError as e:',
      '    print(str(e)[:52])',
    ]));
    // 'blue' is id 2 (weight 100), 'pink' falls to default_value 0 (weight 1); plus 0.5 x + 0.25.
    assert.deepEqual(r.stdout.trim().split('\n'), [
      "['linear_model/bias_weights', 'linear_model/color/weights', 'linear_model/x/weights']",
      '[[101.25], [2.75]]',
      'Items of feature_columns must be a _DenseColumn. You',
    ]);
  });

  it('several ids per example ([batch, k]): indicator counts, embedding sum/mean/sqrtn over the valid ids (-1 pruned), linear sum', () => {
    const r = ok(runScript([
      'import tensorflow as tf',
      "ids = tf.feature_column.categorical_column_with_identity('w', 3)",
      "features = {'w': tf.constant([[0, 2, 2], [1, -1, -1], [-1, -1, -1]])}",
      'table = tf.constant_initializer([[1., 0.], [0., 1.], [4., 4.]])',
      'outs = [tf.feature_column.input_layer(features, [tf.feature_column.indicator_column(ids)])]',
      "for c in ['sum', 'mean', 'sqrtn']:",
      '    outs.append(tf.feature_column.input_layer(features, [tf.feature_column.embedding_column(ids, 2, combiner=c, initializer=table)]))',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    for v in s.run(outs):',
      '        print([[round(float(x), 4) for x in row] for row in v])',
    ]));
    // Row 0 holds ids 0, 2, 2: sum [9, 8], mean / 3, sqrtn / sqrt(3); row 1 only id 1; row 2 none (zeros).
    assert.deepEqual(r.stdout.trim().split('\n'), [
      '[[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]]',
      '[[9.0, 8.0], [0.0, 1.0], [0.0, 0.0]]',
      '[[3.0, 2.6667], [0.0, 1.0], [0.0, 0.0]]',
      '[[5.1962, 4.6188], [0.0, 1.0], [0.0, 0.0]]',
    ]);
  });

  it('SparseTensor features (the TF 1.0 input_fn style) are read densely: missing cells and \'\' are no id, even with a default_value', () => {
    const r = ok(runScript([
      'import tensorflow as tf',
      "c = tf.feature_column.categorical_column_with_vocabulary_list('c', ['a', 'b'], default_value=0)",
      "sp = tf.SparseTensor(indices=[[0, 0], [2, 0], [3, 0]], values=['b', 'zz', ''], dense_shape=[4, 1])",
      "net = tf.feature_column.input_layer({'c': sp}, [tf.feature_column.indicator_column(c)])",
      'with tf.Session() as s:',
      '    print(s.run(net).tolist())',
    ]));
    // 'b' is id 1; row 1 has no value and row 3 the ignore value '' (no id); 'zz' takes default_value 0.
    assert.equal(r.stdout.trim(), '[[0.0, 1.0], [0.0, 0.0], [1.0, 0.0], [0.0, 0.0]]');
  });

  it('categorical_column_with_vocabulary_file: ids by line number of the first vocabulary_size lines, as the list column gives them', () => {
    const r = ok(runScript([
      'import os, tempfile',
      'import tensorflow as tf',
      "path = os.path.join(tempfile.gettempdir(), 'gradbook_vocab_%d.txt' % os.getpid())",
      "with open(path, 'w') as f:",
      "    f.write('red\\ngreen\\nblue\\n')",
      "every = tf.feature_column.categorical_column_with_vocabulary_file('color', path)",
      "two = tf.feature_column.categorical_column_with_vocabulary_file('shade', path, vocabulary_size=2, default_value=0)",
      "features = {'color': tf.constant([['blue', 'red'], ['pink', '']]), 'shade': tf.constant([['blue'], ['green']])}",
      'net = tf.feature_column.input_layer(features, [tf.feature_column.indicator_column(every), tf.feature_column.indicator_column(two)])',
      'with tf.Session() as s:',
      '    print(s.run(net).tolist())',
      'print(every.name, every.num_buckets, two.num_buckets)',
      'for bad in (dict(vocabulary_size=4), dict(num_oov_buckets=1)):',
      '    try:',
      "        tf.feature_column.categorical_column_with_vocabulary_file('c', path, **bad)",
      '    except Exception as e:',
      '        print(type(e).__name__)',
      'os.remove(path)',
    ]));
    // color: row 0 has blue (line 2) and red (line 0); row 1 pink (no id) and '' (ignored). shade
    // keeps red and green: blue takes default_value 0, green is id 1.
    assert.deepEqual(r.stdout.trim().split('\n'), [
      '[[1.0, 0.0, 1.0, 1.0, 0.0], [0.0, 0.0, 0.0, 0.0, 1.0]]',
      'color 3 2',
      'InvalidArgumentError',
      'NotImplementedError',
    ]);
  });

  it('DNNLinearCombinedClassifier: wide and deep variables, both parts trained (one global step per step), accuracy on a rule the wide part can express, TF\'s binary metric keys', () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      'rng = np.random.RandomState(0)',
      'n = 200',
      "age = rng.uniform(18, 70, n).astype(np.float32)",
      "color = rng.choice(['red', 'green', 'blue'], n)",
      "y = ((age > 45) & (color != 'red')).astype(np.int64)",
      "age_c = tf.feature_column.numeric_column('age')",
      "color_c = tf.feature_column.categorical_column_with_vocabulary_list('color', ['red', 'green', 'blue'])",
      'est = tf.estimator.DNNLinearCombinedClassifier(',
      '    linear_feature_columns=[tf.feature_column.bucketized_column(age_c, [30, 45, 60]), color_c],',
      '    dnn_feature_columns=[tf.feature_column.embedding_column(color_c, 2)], dnn_hidden_units=[4],',
      '    config=tf.estimator.RunConfig(tf_random_seed=1))',
      "x = {'age': age, 'color': color}",
      'est.train(tf.estimator.inputs.numpy_input_fn(x, y, batch_size=40, num_epochs=None, shuffle=True), steps=200)',
      'm = est.evaluate(tf.estimator.inputs.numpy_input_fn(x, y, batch_size=50, num_epochs=1, shuffle=False))',
      "print(m['global_step'], m['accuracy'] >= 0.9, sorted(m))",
      "print(m['auc'] > 0.9, abs(m['accuracy_baseline'] - max(y.mean(), 1 - y.mean())) < 1e-6, 0 < m['precision'] <= 1, 0 < m['recall'] <= 1)",
      "names = sorted(n for n in est.get_variable_names() if 'Adagrad' not in n and 'Ftrl' not in n)",
      'print(names)',
      "w = est.get_variable_value('linear/linear_model/color/weights').ravel()",
      "print(w[0] < w[1], w[0] < w[2], np.abs(est.get_variable_value('dnn/logits/kernel')).sum() > 0)",
    ]));
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], "200 True ['accuracy', 'accuracy_baseline', 'auc', 'auc_precision_recall', 'average_loss', 'global_step', 'label/mean', 'loss', 'precision', 'prediction/mean', 'recall']");
    assert.equal(lines[1], 'True True True True');
    lines.splice(1, 1);
    assert.equal(lines[1], "['dnn/hiddenlayer_0/bias', 'dnn/hiddenlayer_0/kernel', 'dnn/input_from_feature_columns/input_layer/color_embedding/embedding_weights', 'dnn/logits/bias', 'dnn/logits/kernel', 'global_step', 'linear/linear_model/age_bucketized/weights', 'linear/linear_model/bias_weights', 'linear/linear_model/color/weights']");
    // 'red' never gives a positive label, so its wide weight ends below the other colours'.
    assert.equal(lines[2], 'True True True');
  });

  it('DNNLinearCombinedRegressor with only a linear part; argument checks', () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      "kind = tf.feature_column.categorical_column_with_identity('kind', 3)",
      'est = tf.estimator.DNNLinearCombinedRegressor(linear_feature_columns=[kind], linear_optimizer=tf.train.GradientDescentOptimizer(0.1))',
      "x = {'kind': np.array([0, 1, 2, 1])}",
      'y = np.array([1., 2., 3., 2.], np.float32)',
      'est.train(tf.estimator.inputs.numpy_input_fn(x, y, batch_size=4, num_epochs=None, shuffle=False), steps=1)',
      "print(est.get_variable_value('linear/linear_model/kind/weights').ravel().tolist(), est.get_variable_value('linear/linear_model/bias_weights').tolist())",
      'for kwargs in [{}, {"dnn_feature_columns": [tf.feature_column.numeric_column("a")]}]:',
      '    try:',
      '        tf.estimator.DNNLinearCombinedRegressor(**kwargs)',
      '    except ValueError as e:',
      '        print(str(e)[:60])',
    ]));
    // Summed squared loss at zero weights: d/dw_k = -2 * sum of labels with id k = [-2, -8, -6], bias -16;
    // one SGD step at 0.1 gives [0.2, 0.8, 0.6] and 1.6.
    assert.deepEqual(r.stdout.trim().split('\n'), [
      '[0.20000000298023224, 0.800000011920929, 0.6000000238418579] [1.600000023841858]',
      'Either linear_feature_columns or dnn_feature_columns must be',
      'dnn_hidden_units must be defined when dnn_feature_columns is',
    ]);
  });
  it('crossed_column and categorical_column_with_hash_bucket: tensorflow feature_column_test.py test_get_sparse_tensors_simple / test_linear_model and string_to_hash_bucket_op_test.py values', () => {
    const r = ok(runScript([
      'import tensorflow as tf',
      'fc = tf.feature_column',
      "a = fc.numeric_column('a', dtype=tf.int32, shape=(2,))",
      'b = fc.bucketized_column(a, boundaries=(0, 1))',
      "crossed = fc.crossed_column([b, 'c'], hash_bucket_size=5, hash_key=5)",
      "features = {'a': tf.constant(((-1., .5), (.5, 1.))), 'c': tf.SparseTensor(indices=((0, 0), (1, 0), (1, 1)), values=['cA', 'cB', 'cC'], dense_shape=(2, 2))}",
      'pred = fc.linear_model(features, [crossed])',
      "h = fc.categorical_column_with_hash_bucket('s', 10)",
      "net = fc.input_layer({'s': tf.constant([['a'], ['b'], ['c'], ['d'], ['']])}, [fc.indicator_column(h)])",
      "w = [v for v in tf.global_variables() if v.op.name.endswith('/weights')][0]",
      'print(crossed.name, w.op.name, h)',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    s.run(w.assign([[1.], [2.], [3.], [4.], [5.]]))',
      '    print(s.run(pred).tolist())',
      '    print(s.run(tf.argmax(net, 1)).tolist(), s.run(tf.reduce_sum(net, 1)).tolist())',
      'try:',
      "    fc.crossed_column([h, 'c'], 5)",
      'except ValueError as e:',
      '    print(str(e)[:55])',
    ]));
    // TF's expected ids after the cross are (1, 0) and (1, 3, 4, 2): 2 + 1 and 2 + 4 + 5 + 3; the
    // hash buckets of 'a'..'d' in 10 are 9, 2, 2, 5 and '' is no id (a zero row).
    assert.deepEqual(r.stdout.trim().split('\n'), [
      "a_bucketized_X_c linear_model/a_bucketized_X_c/weights HashedCategoricalColumn(key='s', hash_bucket_size=10, dtype=<dtype: 'string'>)",
      '[[3.0], [14.0]]',
      '[9, 2, 2, 5, 0] [1.0, 1.0, 1.0, 1.0, 0.0]',
      'categorical_column_with_hash_bucket is not supported fo',
    ]);
  });
});
