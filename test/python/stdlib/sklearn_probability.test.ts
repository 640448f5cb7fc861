// sklearn.metrics over probabilities (scikit-learn 0.20): log_loss and binary roc_auc_score. Expected
// values are scikit-learn's own docstring examples (log_loss of spam/ham labels 0.21616187468057912,
// roc_auc_score 0.75); the MLCC shapes (a one-column DataFrame of targets with [n, 2] probabilities)
// are -(ln 0.8 + ln 0.7 + ln 0.6 + ln 0.6) / 4 = 0.4003674356962309 (python3 + NumPy print it), and
// the tie case counts tied pairs half: 4.5 of 6 pairs = 0.75.
import { strict as assert } from 'assert';
import { run } from '../helpers';

function py(lines: string[]): string[] {
  const r = run(lines.join('\n') + '\n');
  if (!r.result.ok) throw new Error(r.result.error.traceback);
  return r.stdout.trim().split('\n');
}

function pyError(lines: string[]): string {
  const r = run(lines.join('\n') + '\n');
  if (r.result.ok) throw new Error('expected an error; stdout: ' + r.stdout);
  return `${r.result.error.ename}: ${r.result.error.evalue}`;
}

describe('sklearn.metrics log_loss and roc_auc_score', function () {
  this.timeout(30_000);

  it('log_loss: the docstring example (string labels), a DataFrame column with [n, 2] probabilities, 1-D probabilities, normalize=False', () => {
    assert.deepEqual(py([
      'import numpy as np',
      'import pandas as pd',
      'from sklearn import metrics',
      'print(metrics.log_loss(["spam", "ham", "ham", "spam"], [[.1, .9], [.9, .1], [.8, .2], [.35, .65]]))',
      "y = pd.DataFrame({'t': [0., 1., 1., 0.]})",
      'p = np.array([[0.8, 0.2], [0.3, 0.7], [0.4, 0.6], [0.6, 0.4]])',
      "print(metrics.log_loss(y, p), metrics.log_loss(y['t'], p[:, 1]))",
      'print(round(metrics.log_loss(y, p, normalize=False), 12))',
    ]), ['0.21616187468057912', '0.4003674356962309 0.4003674356962309', '1.601469742785']);
  });

  it('roc_auc_score: the docstring example, ties counted half; one class is ValueError', () => {
    assert.deepEqual(py([
      'import numpy as np',
      'from sklearn.metrics import roc_auc_score',
      'print(roc_auc_score(np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.8])))',
      'print(roc_auc_score([0, 0, 1, 1, 1], [0.1, 0.5, 0.5, 0.9, 0.3]))',
    ]), ['0.75', '0.75']);
    assert.equal(pyError(['from sklearn.metrics import roc_auc_score', 'roc_auc_score([1, 1], [0.2, 0.3])']),
      'ValueError: Only one class present in y_true. ROC AUC score is not defined in that case.');
    assert.equal(pyError(['from sklearn.metrics import log_loss', 'log_loss([1, 1], [0.2, 0.3])']),
      'ValueError: y_true contains only one label (1). Please provide the true labels explicitly through the labels argument.');
  });
});
