// tf.metrics: (value, update_op) pairs over local metric variables with TF's names, values
// accumulated across update runs and reset by local_variables_initializer, and AUC with TF's
// 200 thresholds against a trapezoidal sum computed here from the same thresholds.
import { strict as assert } from 'assert';
import { py, pyError } from './run';
import { aucThresholds } from '../../../../src/python/modules/tensorflow/metrics/metric_ops';

describe('tf.metrics', () => {
  it('accuracy, precision, recall: TF variable names, accumulation, reset', () => {
    const out = py([
      'labels = tf.placeholder(tf.int64, [None]); preds = tf.placeholder(tf.int64, [None])',
      'acc, acc_op = tf.metrics.accuracy(labels, preds)',
      'p, p_op = tf.metrics.precision(labels, preds)',
      'r, r_op = tf.metrics.recall(labels, preds)',
      'print([v.name for v in tf.local_variables()] == [v.name for v in tf.get_collection(tf.GraphKeys.METRIC_VARIABLES)])',
      'print([v.name for v in tf.local_variables()])',
      'sess = tf.Session(); sess.run(tf.local_variables_initializer())',
      'print(sess.run([acc_op, p_op, r_op], {labels: [1, 0, 1, 1], preds: [1, 1, 0, 1]}))',
      'sess.run([acc_op, p_op, r_op], {labels: [0, 0], preds: [0, 0]})',
      'print(sess.run([acc, p, r]))',
      'sess.run(tf.local_variables_initializer())',
      'print(sess.run([acc, p, r]), tf.metrics.accuracy(labels, preds)[0].name)',
    ]);
    assert.equal(out, [
      'True',
      "['accuracy/total:0', 'accuracy/count:0', 'precision/true_positives/count:0', 'precision/false_positives/count:0', 'recall/true_positives/count:0', 'recall/false_negatives/count:0']",
      '[0.5, 0.6666667, 0.6666667]', '[0.6666667, 0.6666667, 0.6666667]', '[0.0, 0.0, 0.0] accuracy_1/value:0', '',
    ].join('\n'));
  });

  it('mean with weights, mean_squared_error, mean_absolute_error, root_mean_squared_error', () => {
    const out = py([
      'm, m_op = tf.metrics.mean([1.0, 2.0, 3.0], weights=[1.0, 0.0, 3.0])',
      'mse, mse_op = tf.metrics.mean_squared_error([1.0, 2.0], [2.0, 4.0])',
      'mae, mae_op = tf.metrics.mean_absolute_error([1.0, 2.0], [2.0, 4.0])',
      'rmse, rmse_op = tf.metrics.root_mean_squared_error([1.0, 2.0], [2.0, 4.0])',
      'sess = tf.Session(); sess.run(tf.local_variables_initializer())',
      'print(sess.run([m_op, mse_op, mae_op, rmse_op]))',
      'print(sess.run(m_op), sess.run(m))',
    ]);
    assert.equal(out, '[2.5, 2.5, 1.5, 1.5811388]\n2.5 2.5\n');
  });

  it('auc: 200 thresholds, strict comparisons, trapezoidal ROC', () => {
    const labels = [0, 0, 1, 1, 0, 1, 1, 0], scores = [0.1, 0.4, 0.35, 0.8, 0.5, 0.9, 0.05, 0.6];
    const th = aucThresholds(200), eps = 1e-6;
    assert.deepEqual([th.length, th[0], th[1], th[198], th[199]], [200, -1e-7, 1 / 199, 198 / 199, 1 + 1e-7]);
    const rec: number[] = [], fpr: number[] = [];
    for (const t of th) {
      let tp = 0, fn = 0, tn = 0, fp = 0;
      scores.forEach((s, i) => { const p = s > t; if (labels[i]) { if (p) tp++; else fn++; } else if (p) fp++; else tn++; });
      rec.push((tp + eps) / (tp + fn + eps)); fpr.push(fp / (fp + tn + eps));
    }
    let expected = 0;
    for (let i = 0; i < th.length - 1; i++) expected += (fpr[i] - fpr[i + 1]) * (rec[i] + rec[i + 1]) / 2;
    const out = py([
      `a, a_op = tf.metrics.auc(tf.constant(${JSON.stringify(labels)}), tf.constant(${JSON.stringify(scores)}))`,
      'print([v.name for v in tf.local_variables()], a_op.shape)',
      'sess = tf.Session(); sess.run(tf.local_variables_initializer())',
      "print('%.6f' % sess.run(a_op))",
    ]);
    const [names, value] = out.trim().split('\n');
    assert.equal(names, "['auc/true_positives:0', 'auc/false_negatives:0', 'auc/true_negatives:0', 'auc/false_positives:0'] ()");
    assert.ok(Math.abs(Number(value) - expected) < 2e-6, `${value} vs ${expected}`);
    assert.match(pyError(['tf.metrics.auc([1], [0.5], curve="XY")']), /ValueError: curve must be either ROC or PR, XY unknown/);
  });

  it('metrics read uninitialized local variables as TF does', () => {
    assert.match(pyError(['acc, op = tf.metrics.accuracy([1], [1])', 'tf.Session().run(op)']),
      /FailedPreconditionError: Attempting to use uninitialized value accuracy\/(total|count)/);
  });
});
