// sklearn.metrics' regression metrics (scikit-learn 0.20). Expected values are scikit-learn's own
// docstring examples (mean_squared_error, mean_absolute_error, r2_score); the weighted case is
// np.average((y_true - y_pred) ** 2, weights=[1, 2, 3, 4]) = 0.475 (python3 + NumPy print it).
import { strict as assert } from 'assert';
import { run } from '../helpers';

function py(lines: string[]): string {
  const r = run(lines.join('\n') + '\n');
  if (!r.result.ok) throw new Error(r.result.error.traceback);
  return r.stdout;
}

function pyError(lines: string[]): string {
  const r = run(lines.join('\n') + '\n');
  if (r.result.ok) throw new Error('expected an error; stdout: ' + r.stdout);
  return `${r.result.error.ename}: ${r.result.error.evalue}`;
}

const HEAD = [
  'import numpy as np',
  'from sklearn import metrics',
  'from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score',
  'y_true, y_pred = [3, -0.5, 2, 7], [2.5, 0.0, 2, 8]',
  'Y_true, Y_pred = [[0.5, 1], [-1, 1], [7, -6]], [[0, 2], [-1, 2], [8, -5]]',
];

describe('sklearn.metrics regression metrics', function () {
  this.timeout(30_000);

  it('mean_squared_error and mean_absolute_error: the docstring examples, raw_values, custom output weights, sample_weight', () => {
    assert.equal(py([...HEAD,
      'print(mean_squared_error(y_true, y_pred), mean_absolute_error(y_true, y_pred))',
      'print(round(float(mean_squared_error(Y_true, Y_pred)), 12), mean_absolute_error(Y_true, Y_pred))',
      "print(np.round(mean_squared_error(Y_true, Y_pred, multioutput='raw_values'), 8).tolist(),",
      "      mean_absolute_error(Y_true, Y_pred, multioutput='raw_values').tolist())",
      'print(round(float(mean_squared_error(Y_true, Y_pred, multioutput=[0.3, 0.7])), 12),',
      '      round(float(mean_absolute_error(Y_true, Y_pred, multioutput=[0.3, 0.7])), 12))',
      'print(round(float(mean_squared_error(y_true, y_pred, sample_weight=[1, 2, 3, 4])), 12))',
      'print(type(mean_squared_error(y_true, y_pred)).__name__)',
    ]), [
      '0.375 0.5',
      '0.708333333333 0.75',
      '[0.41666667, 1.0] [0.5, 1.0]',
      '0.825 0.85',
      '0.475',
      'float64',
      '',
    ].join('\n'));
  });

  it('the Crash Course call: math.sqrt(metrics.mean_squared_error(np.array predictions, pandas Series targets))', () => {
    assert.equal(py([...HEAD,
      'import math',
      'import pandas as pd',
      "targets = pd.DataFrame({'v': [1.0, 2.0, 4.0, 7.0]})['v']",
      'predictions = np.array([1.5, 2.0, 3.0, 7.0], np.float32)',
      'print(math.sqrt(metrics.mean_squared_error(predictions, targets)))',
    ]), `${Math.sqrt((0.25 + 0 + 1 + 0) / 4)}\n`);
  });

  it('r2_score: the docstring examples (uniform and variance-weighted), perfect, constant and reversed predictions', () => {
    assert.equal(py([...HEAD,
      'print(round(float(r2_score(y_true, y_pred)), 12))',
      "print(round(float(r2_score(Y_true, Y_pred, multioutput='variance_weighted')), 12))",
      "print(np.round(r2_score(Y_true, Y_pred, multioutput='raw_values'), 8).tolist())",
      'print(r2_score([1, 2, 3], [1, 2, 3]), r2_score([1, 2, 3], [2, 2, 2]), r2_score([1, 2, 3], [3, 2, 1]))',
      'print(r2_score([2, 2, 2], [2, 2, 2]), r2_score([2, 2, 2], [2, 2, 3]))',
    ]), [
      '0.948608137045',
      '0.938256658596',
      '[0.96543779, 0.90816327]',
      '1.0 0.0 -3.0',
      '1.0 0.0',
      '',
    ].join('\n'));
  });

  it('errors as scikit-learn raises them', () => {
    assert.equal(pyError([...HEAD, 'mean_squared_error([1, 2, 3], [1, 2])']),
      'ValueError: Found input variables with inconsistent numbers of samples: [3, 2]');
    assert.equal(pyError([...HEAD, 'mean_squared_error(Y_true, y_pred[:3])']),
      'ValueError: y_true and y_pred have different number of output (2!=1)');
    assert.equal(pyError([...HEAD, "mean_absolute_error(y_true, y_pred, multioutput='mean')"]),
      "ValueError: Allowed 'multioutput' string values are ('raw_values', 'uniform_average', 'variance_weighted'). You provided multioutput='mean'");
    assert.equal(pyError([...HEAD, 'mean_squared_error(y_true, y_pred, multioutput=[0.5, 0.5])']),
      'ValueError: Custom weights are useful only in multi-output cases.');
    assert.equal(pyError([...HEAD, "mean_squared_error(['a', 'b'], ['a', 'b'])"]),
      "NotImplementedError: Gradbook's sklearn.metrics handles numeric targets only, not <U1");
  });
});
