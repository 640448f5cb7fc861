// Gradbook's small sklearn (scikit-learn 0.20 semantics). Expected values are scikit-learn's own
// documented examples (the docstrings of train_test_split, confusion_matrix, accuracy_score,
// classification_report, MinMaxScaler, StandardScaler, LabelEncoder) and, for random splits,
// NumPy's RandomState(0).permutation(10) = [2 8 4 9 1 6 7 3 0 5] (python3 + NumPy 2.4 print it;
// the legacy RandomState stream is fixed across NumPy versions).
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

describe('sklearn subset', function () {
  this.timeout(30_000);

  it('train_test_split: the docstring example (test_size=0.33, random_state=42), shuffle=False, train_size, seeded global stream', () => {
    assert.equal(py([
      'import numpy as np',
      'from sklearn.model_selection import train_test_split',
      'X, y = np.arange(10).reshape((5, 2)), range(5)',
      'X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.33, random_state=42)',
      'print(X_train.tolist(), X_test.tolist(), y_train, y_test)',
      'print(train_test_split(y, shuffle=False))',
      // n=10, test 0.3 -> ceil(3.0) = 3 test rows: permutation[:3], the other 7 train.
      'a_train, a_test = train_test_split(np.arange(10) * 10, test_size=0.3, random_state=0)',
      'print(a_train.tolist(), a_test.tolist())',
      // train_size alone: floor(0.5 * 5) = 2 train rows, the other 3 test (default test = complement).
      'print([p.tolist() for p in train_test_split(np.arange(5), train_size=0.5, shuffle=False)])',
      'np.random.seed(0)',
      'print([p.tolist() for p in train_test_split(np.arange(10), test_size=3)])',
      'from sklearn.cross_validation import train_test_split as old',
      'print(old is train_test_split)',
    ]), [
      '[[4, 5], [0, 1], [6, 7]] [[2, 3], [8, 9]] [2, 0, 3] [1, 4]',
      '[[0, 1, 2], [3, 4]]',
      '[90, 10, 60, 70, 30, 0, 50] [20, 80, 40]',
      '[[0, 1], [2, 3, 4]]',
      '[[9, 1, 6, 7, 3, 0, 5], [2, 8, 4]]',
      'True',
      '',
    ].join('\n'));
  });

  it('train_test_split errors: inconsistent lengths, no arrays, sizes out of range, stratify', () => {
    const head = ['import numpy as np', 'from sklearn.model_selection import train_test_split'];
    assert.equal(pyError([...head, 'train_test_split(np.zeros(5), np.zeros(4))']), 'ValueError: Found input variables with inconsistent numbers of samples: [5, 4]');
    assert.equal(pyError([...head, 'train_test_split()']), 'ValueError: At least one array required as input');
    assert.match(pyError([...head, 'train_test_split(np.zeros(5), test_size=5)']), /^ValueError: test_size=5 should be either positive and smaller than the number of samples 5/);
    assert.equal(pyError([...head, 'train_test_split(np.zeros(4), np.zeros(4), stratify=np.zeros(4))']), "NotImplementedError: train_test_split() argument 'stratify' is not supported by Gradbook");
  });

  it('metrics: confusion_matrix, accuracy_score and classification_report as their docstrings show', () => {
    assert.equal(py([
      'from sklearn.metrics import confusion_matrix, accuracy_score, classification_report, precision_recall_fscore_support',
      'cm = confusion_matrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2])',
      'print(cm.dtype, cm.tolist())',
      'print(confusion_matrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2], labels=[2, 0]).tolist())',
      'print(accuracy_score([0, 2, 1, 3], [0, 1, 2, 3]), accuracy_score([0, 2, 1, 3], [0, 1, 2, 3], normalize=False))',
      'print(classification_report([0, 1, 2, 2, 2], [0, 0, 2, 2, 1], target_names=["class 0", "class 1", "class 2"]))',
      'p, r, f, s = precision_recall_fscore_support([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1], average="macro")',
      'print(round(p, 6), round(r, 6), round(f, 6), s)',
    ]), [
      'int64 [[2, 0, 0], [0, 0, 1], [1, 0, 2]]',
      '[[2, 1], [0, 2]]',
      '0.5 2',
      '              precision    recall  f1-score   support',
      '',
      '     class 0       0.50      1.00      0.67         1',
      '     class 1       0.00      0.00      0.00         1',
      '     class 2       1.00      0.67      0.80         3',
      '',
      '   micro avg       0.60      0.60      0.60         5',
      '   macro avg       0.50      0.56      0.49         5',
      'weighted avg       0.70      0.60      0.61         5',
      '',
      // precision_recall_fscore_support docstring: macro (0.22..., 0.33..., 0.26...).
      '0.222222 0.333333 0.266667 None',
      '',
    ].join('\n'));
  });

  it('metrics.log_loss as scikit-learn 0.20 computes it (eps 1e-15): values from scikit-learn 1.2.1 with eps=1e-15', () => {
    // scikit-learn 1.2 takes the log in float64 (scipy's xlogy) where 0.20 took np.log of the float32
    // probabilities, so the one-hot float32 case agrees to about 1e-10 only: rounded to 6 places.
    assert.equal(py([
      'import numpy as np',
      'from sklearn.metrics import log_loss',
      'print(log_loss(["spam", "ham", "ham", "spam"], [[.1, .9], [.9, .1], [.8, .2], [.35, .65]]))',
      'onehot = np.eye(3, dtype=np.float32)[[0, 2, 2, 1]]',
      'print(round(log_loss(np.array([0, 1, 2, 2]), onehot), 6))',
      'print(log_loss([0, 1, 1], [0.2, 0.7, 0.9]), log_loss([0, 1, 1], [0.2, 0.7, 0.9], normalize=False))',
      'print(log_loss([1, 1, 3], [[0.2, 0.5, 0.3], [0.1, 0.1, 0.8], [0.3, 0.3, 0.4]], labels=[1, 2, 3]))',
    ]), '0.21616187468057912\n17.269388\n0.22839300363692283 0.6851790109107685\n1.6094379124341003\n');
    assert.equal(pyError(['from sklearn.metrics import log_loss', 'log_loss([1, 1], [0.5, 0.5])']),
      'ValueError: y_true contains only one label (1). Please provide the true labels explicitly through the labels argument.');
  });

  it('metrics refuse continuous and mixed targets as scikit-learn does', () => {
    assert.equal(pyError(['from sklearn.metrics import accuracy_score', 'accuracy_score([0.5, 1.5], [0, 1])']),
      "ValueError: Classification metrics can't handle a mix of binary and continuous targets");
    assert.equal(pyError(['from sklearn.metrics import confusion_matrix', 'confusion_matrix([0.5, 1.5], [0.5, 1.5])']),
      'ValueError: continuous is not supported');
  });

  it('preprocessing: MinMaxScaler, StandardScaler, LabelEncoder docstring examples; OneHotEncoder dense', () => {
    assert.equal(py([
      'import numpy as np',
      'from sklearn.preprocessing import MinMaxScaler, StandardScaler, OneHotEncoder, LabelEncoder',
      'data = [[-1, 2], [-0.5, 6], [0, 10], [1, 18]]',
      's = MinMaxScaler().fit(data)',
      'print(s.data_max_, s.transform(data).tolist(), s.transform([[2, 2]]), s.inverse_transform(s.transform(data)).tolist() == data)',
      'ss = StandardScaler().fit([[0, 0], [0, 0], [1, 1], [1, 1]])',
      'print(ss.mean_, ss.var_, ss.transform([[0, 0], [0, 0], [1, 1], [1, 1]]).tolist(), ss.transform([[2, 2]]))',
      'print(StandardScaler().fit_transform(np.array([[1.], [1.]])).tolist(), MinMaxScaler().fit_transform(np.array([[3, 1], [3, 5]], np.float32)).dtype)',
      'le = LabelEncoder().fit([1, 2, 2, 6])',
      'print(le.classes_, le.transform([1, 1, 2, 6]), le.inverse_transform([0, 0, 1, 2]))',
      'enc = OneHotEncoder(sparse=False).fit([[0, 10], [1, 20], [2, 10]])',
      'print([c.tolist() for c in enc.categories_], enc.transform([[2, 20], [0, 10]]).tolist(), enc.inverse_transform(enc.transform([[2, 20]])).tolist())',
      "print(OneHotEncoder(sparse=False, handle_unknown='ignore').fit([[0], [1]]).transform([[5]]).tolist())",
    ]), [
      '[ 1. 18.] [[0.0, 0.0], [0.25, 0.25], [0.5, 0.5], [1.0, 1.0]] [[1.5 0. ]] True',
      '[0.5 0.5] [0.25 0.25] [[-1.0, -1.0], [-1.0, -1.0], [1.0, 1.0], [1.0, 1.0]] [[3. 3.]]',
      '[[0.0], [0.0]] float32',
      '[1 2 6] [0 0 1 2] [1 1 2 6]',
      '[[0, 1, 2], [10, 20]] [[0.0, 0.0, 1.0, 0.0, 1.0], [1.0, 0.0, 0.0, 1.0, 0.0]] [[2, 20]]',
      '[[0.0, 0.0]]',
      '',
    ].join('\n'));
  });

  it('preprocessing errors: 1-D input, unseen labels, sparse output and string labels are named', () => {
    assert.match(pyError(['from sklearn.preprocessing import MinMaxScaler', 'MinMaxScaler().fit([1, 2, 3])']), /^ValueError: Expected 2D array, got 1D array instead:/);
    assert.equal(pyError(['from sklearn.preprocessing import LabelEncoder', 'LabelEncoder().fit([1, 2]).transform([3])']), 'ValueError: y contains previously unseen labels: [3]');
    assert.match(pyError(['from sklearn.preprocessing import OneHotEncoder', 'OneHotEncoder()']), /^NotImplementedError: OneHotEncoder\(\) argument 'sparse' is not supported by Gradbook: sparse output is a scipy.sparse matrix/);
    assert.match(pyError(['from sklearn.preprocessing import LabelEncoder', "LabelEncoder().fit(['paris', 'tokyo'])"]), /^NotImplementedError: LabelEncoder of string labels is not supported by Gradbook/);
    assert.match(pyError(['from sklearn.preprocessing import StandardScaler', 'StandardScaler().transform([[1.0]])']), /^NotFittedError: This StandardScaler instance is not fitted yet/);
  });

  it('utils.shuffle uses the same stream as scikit-learn (RandomState(0).shuffle of arange) and keeps lists lists', () => {
    assert.equal(py([
      'import numpy as np',
      'from sklearn.utils import shuffle',
      'a, b = shuffle(np.arange(5), [10, 11, 12, 13, 14], random_state=0)',
      'print(a, b, shuffle(np.arange(5), random_state=0, n_samples=2))',
    ]), '[2 0 1 3 4] [12, 10, 11, 13, 14] [2 0]\n');
  });

  it('what Gradbook lacks is an ImportError naming it: other sklearn modules and other names in these modules', () => {
    assert.equal(pyError(['from sklearn.manifold import TSNE']),
      "ModuleNotFoundError: No module named 'sklearn.manifold' (Gradbook's sklearn provides only sklearn.datasets, sklearn.metrics, sklearn.model_selection, sklearn.preprocessing, sklearn.utils, sklearn.exceptions, sklearn.cross_validation, sklearn.pipeline)");
    assert.equal(pyError(['from sklearn.metrics import roc_curve']),
      'ImportError: sklearn.metrics.roc_curve is not supported by Gradbook (its sklearn.metrics provides: accuracy_score, classification_report, confusion_matrix, f1_score, log_loss, mean_absolute_error, mean_squared_error, precision_recall_fscore_support, precision_score, r2_score, recall_score, roc_auc_score)');
    assert.equal(py(['try:', '    from sklearn.manifold import TSNE', 'except ImportError:', "    print('fallback')"]), 'fallback\n');
    assert.equal(py(['import sklearn.metrics as m', "print(hasattr(m, '_private'))"]), 'False\n');
  });
  it('make_moons / make_circles: the points, shuffle and noise scikit-learn draws for the same seed (python3-sklearn 1.2.1 printed these)', () => {
    assert.equal(py([
      'import numpy as np',
      'from sklearn import datasets',
      'X, y = datasets.make_moons(n_samples=7, noise=0.2, random_state=0)',
      'print(X.round(6).tolist(), y.tolist())',
      'X, y = datasets.make_circles(6, shuffle=False, factor=0.5)',
      'print(X.round(6).tolist(), y.tolist())',
      'np.random.seed(1)',
      'X, y = datasets.make_circles(n_samples=5, noise=0.05)',
      'print(X.round(6).tolist(), y.tolist(), X.dtype, y.shape)',
    ]), [
      '[[1.831455, 0.893985], [-0.746776, -0.101175], [0.50904, 1.216162], [0.096862, 0.615828], [0.963683, 0.282041], [1.425106, -0.310986], [0.307849, -0.29064]] [1, 0, 0, 1, 0, 1, 1]',
      '[[1.0, 0.0], [-0.5, 0.866025], [-0.5, -0.866025], [0.5, 0.0], [-0.25, 0.433013], [-0.25, -0.433013]] [0, 0, 0, 1, 1, 1]',
      '[[0.772513, -0.070144], [-0.920862, -0.052257], [-0.38712, -0.79079], [0.92461, -0.015765], [-0.357091, 0.696387]] [1, 0, 1, 0, 1] float64 (5,)',
      '',
    ].join('\n'));
    assert.match(pyError(['from sklearn import datasets', 'datasets.make_circles(factor=1.0)']), /ValueError: 'factor' has to be between 0 and 1\./);
  });
});
