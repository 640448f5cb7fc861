"""sklearn.metrics for classification (scikit-learn 0.20): confusion_matrix, accuracy_score,
precision_recall_fscore_support, precision_score, recall_score, f1_score and
classification_report, over numeric labels; the regression metrics (mean_squared_error,
mean_absolute_error, r2_score) are in _regression_metrics, log_loss and roc_auc_score in
_probability_metrics. Targets are typed as scikit-learn types them
(binary, multiclass, multilabel-indicator, continuous) and mixing kinds is its ValueError."""
import warnings

import numpy as np
from sklearn import _refuse_missing
from sklearn.exceptions import UndefinedMetricWarning
from sklearn._regression_metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn._probability_metrics import log_loss, roc_auc_score
from sklearn.utils import check_consistent_length


def _as_array(y):
    y = np.asarray(y)
    if y.dtype.kind not in 'biuf':
        raise NotImplementedError('Gradbook\'s sklearn.metrics handles numeric labels only, not %s' % y.dtype)
    return y


def type_of_target(y):
    """'binary', 'multiclass', 'multilabel-indicator', 'multiclass-multioutput' or 'continuous'."""
    y = _as_array(y)
    if y.ndim == 2 and y.shape[1] > 1:
        values = np.unique(y)
        if len(values) <= 2 and all(v in (0, 1) for v in values.tolist()):
            return 'multilabel-indicator'
        kind = 'multiclass-multioutput'
    elif y.ndim > 2:
        return 'unknown'
    else:
        kind = None
    if y.dtype.kind == 'f' and bool((y != np.floor(y)).any()):
        return 'continuous' if kind is None else 'continuous-multioutput'
    if kind is not None:
        return kind
    return 'multiclass' if len(np.unique(y)) > 2 else 'binary'


def _check_targets(y_true, y_pred):
    check_consistent_length(y_true, y_pred)
    kinds = set([type_of_target(y_true), type_of_target(y_pred)])
    if kinds == set(['binary', 'multiclass']):
        kinds = set(['multiclass'])
    if len(kinds) > 1:
        raise ValueError("Classification metrics can't handle a mix of {0} and {1} targets".format(*sorted(kinds)))
    kind = kinds.pop()
    if kind not in ('binary', 'multiclass', 'multilabel-indicator'):
        raise ValueError('{0} is not supported'.format(kind))
    y_true, y_pred = _as_array(y_true), _as_array(y_pred)
    if kind != 'multilabel-indicator':
        y_true, y_pred = y_true.reshape(-1), y_pred.reshape(-1)
    return kind, y_true, y_pred


def _unique_labels(*ys):
    return np.unique(np.concatenate([np.asarray(y).reshape(-1) for y in ys]))


def _weights(sample_weight, n):
    return [1] * n if sample_weight is None else np.asarray(sample_weight).reshape(-1).tolist()


def confusion_matrix(y_true, y_pred, labels=None, sample_weight=None):
    """C[i, j]: how many samples of true label i were predicted as label j (labels sorted, or as given)."""
    kind, y_true, y_pred = _check_targets(y_true, y_pred)
    if kind not in ('binary', 'multiclass'):
        raise ValueError('%s is not supported' % kind)
    given = labels is not None
    labels = np.asarray(labels) if given else _unique_labels(y_true, y_pred)
    index = dict((label, i) for i, label in enumerate(labels.tolist()))
    truth = y_true.tolist()
    if given and not any(t in index for t in truth):
        raise ValueError('At least one label specified must be in y_true')
    n = len(index)
    counts = [[0] * n for _ in range(n)]
    for t, p, w in zip(truth, y_pred.tolist(), _weights(sample_weight, len(truth))):
        if t in index and p in index:
            counts[index[t]][index[p]] += w
    return np.array(counts, dtype=np.int64 if sample_weight is None else np.float64).reshape(n, n)


def accuracy_score(y_true, y_pred, normalize=True, sample_weight=None):
    """The fraction (normalize=True) or number of samples predicted right (multilabel: whole rows)."""
    kind, y_true, y_pred = _check_targets(y_true, y_pred)
    correct = (y_true == y_pred).all(axis=1) if kind == 'multilabel-indicator' else (y_true == y_pred)
    if sample_weight is None:
        return np.float64(correct.mean()) if normalize else correct.sum()
    w = np.asarray(sample_weight, dtype=np.float64).reshape(-1)
    total = (correct * w).sum()
    return np.float64(total / w.sum()) if normalize else total


def _ratio(numerator, denominator, metric, divided_by, warn=True):
    """numerator / denominator, or 0.0 with scikit-learn's UndefinedMetricWarning when nothing was
    predicted (precision) or is true (recall) for the label."""
    if denominator:
        return float(numerator) / denominator
    if warn:
        warnings.warn('%s ill-defined and being set to 0.0 in labels with no %s samples.' % (metric, divided_by),
                      UndefinedMetricWarning, stacklevel=3)
    return 0.0


def _per_label(y_true, y_pred, labels, sample_weight):
    tp = dict((l, 0.0) for l in labels)
    predicted, actual = dict(tp), dict(tp)
    for t, p, w in zip(y_true.tolist(), y_pred.tolist(), _weights(sample_weight, len(y_true))):
        if p in predicted:
            predicted[p] += w
        if t in actual:
            actual[t] += w
        if t == p and t in tp:
            tp[t] += w
    return [tp[l] for l in labels], [predicted[l] for l in labels], [actual[l] for l in labels]


def _fbeta(p, r, beta):
    b2 = beta * beta
    return 0.0 if p + r == 0 else (1 + b2) * p * r / (b2 * p + r)


def precision_recall_fscore_support(y_true, y_pred, beta=1.0, labels=None, pos_label=1, average=None,
                                    warn_for=('precision', 'recall', 'f-score'), sample_weight=None):
    """Precision, recall, F-beta and support per label, or averaged (support None).

    average: None (per label), 'micro', 'macro', 'weighted' or 'binary' (pos_label only)."""
    if beta <= 0:
        raise ValueError('beta should be >0 in the F-beta score')
    kind, y_true, y_pred = _check_targets(y_true, y_pred)
    if kind == 'multilabel-indicator':
        raise NotImplementedError('Gradbook\'s precision_recall_fscore_support handles binary and multiclass targets only')
    present = _unique_labels(y_true, y_pred).tolist()
    if average == 'binary':
        if kind != 'binary':
            raise ValueError("Target is multiclass but average='binary'. Please choose another average setting.")
        if pos_label not in present and len(present) >= 2:
            raise ValueError('pos_label=%r is not a valid label: %r' % (pos_label, present))
        labels = [pos_label]
    elif average not in (None, 'micro', 'macro', 'weighted'):
        raise ValueError('average has to be one of (None, \'micro\', \'macro\', \'weighted\', \'binary\')'
                         if average != 'samples' else "Sample-based precision, recall, fscore is not meaningful outside multilabel classification. See the accuracy_score instead.")
    labels = present if labels is None else list(np.asarray(labels).reshape(-1).tolist())
    tp, predicted, actual = _per_label(y_true, y_pred, labels, sample_weight)
    if average == 'micro':
        p = _ratio(sum(tp), sum(predicted), 'Precision is', 'predicted', 'precision' in warn_for)
        r = _ratio(sum(tp), sum(actual), 'Recall is', 'true', 'recall' in warn_for)
        return p, r, _fbeta(p, r, beta), None
    precision = [_ratio(t, n, 'Precision and F-score are', 'predicted', 'precision' in warn_for)
                 for t, n in zip(tp, predicted)]
    recall = [_ratio(t, n, 'Recall and F-score are', 'true', 'recall' in warn_for) for t, n in zip(tp, actual)]
    fscore = [_fbeta(p, r, beta) for p, r in zip(precision, recall)]
    if average is None:
        support = np.array(actual).astype(np.int64)
        return np.array(precision), np.array(recall), np.array(fscore), support
    if average == 'weighted':
        total = float(sum(actual))
        mean = (lambda xs: sum(x * a for x, a in zip(xs, actual)) / total) if total else (lambda xs: 0.0)
    else:
        mean = lambda xs: sum(xs) / len(xs)
    return mean(precision), mean(recall), mean(fscore), None


def _one_score(index, y_true, y_pred, labels, pos_label, average, sample_weight, beta=1.0):
    scores = precision_recall_fscore_support(y_true, y_pred, beta=beta, labels=labels, pos_label=pos_label,
                                             average=average, sample_weight=sample_weight)
    return scores[index]


def precision_score(y_true, y_pred, labels=None, pos_label=1, average='binary', sample_weight=None):
    """Precision tp / (tp + fp) of pos_label (average='binary') or averaged over labels."""
    return _one_score(0, y_true, y_pred, labels, pos_label, average, sample_weight)


def recall_score(y_true, y_pred, labels=None, pos_label=1, average='binary', sample_weight=None):
    """Recall tp / (tp + fn) of pos_label (average='binary') or averaged over labels."""
    return _one_score(1, y_true, y_pred, labels, pos_label, average, sample_weight)


def f1_score(y_true, y_pred, labels=None, pos_label=1, average='binary', sample_weight=None):
    """F1, the harmonic mean of precision and recall, of pos_label or averaged over labels."""
    return _one_score(2, y_true, y_pred, labels, pos_label, average, sample_weight)


def classification_report(y_true, y_pred, labels=None, target_names=None, sample_weight=None, digits=2,
                          output_dict=False):
    """scikit-learn 0.20's text table of precision, recall, f1-score and support per label and averaged.

    The micro, macro and weighted averages follow the labels; output_dict=True gives nested dicts."""
    labels = _unique_labels(y_true, y_pred).tolist() if labels is None else list(np.asarray(labels).tolist())
    if target_names is not None and len(labels) != len(target_names):
        raise ValueError('Number of classes, {0}, does not match size of target_names, {1}. '
                         'Try specifying the labels parameter'.format(len(labels), len(target_names)))
    names = ['%s' % l for l in labels] if target_names is None else list(target_names)
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, sample_weight=sample_weight)
    rows = list(zip(names, p.tolist(), r.tolist(), f.tolist(), s.tolist()))
    averages = [(a + ' avg',) + precision_recall_fscore_support(y_true, y_pred, labels=labels, average=a,
                                                                 sample_weight=sample_weight)[:3] + (int(s.sum()),)
                for a in ('micro', 'macro', 'weighted')]
    headers = ['precision', 'recall', 'f1-score', 'support']
    if output_dict:
        return dict((row[0], dict(zip(headers, row[1:]))) for row in rows + averages)
    width = max(max(len(n) for n in names), len('weighted avg'), digits)
    report = ('{:>{width}s} ' + ' {:>9}' * len(headers)).format('', *headers, width=width) + '\n\n'
    row_fmt = '{:>{width}s} ' + ' {:>9.{digits}f}' * 3 + ' {:>9}\n'
    for row in rows:
        report += row_fmt.format(*row, width=width, digits=digits)
    report += '\n'
    for row in averages:
        report += row_fmt.format(*row, width=width, digits=digits)
    return report


__getattr__ = _refuse_missing('sklearn.metrics', ['accuracy_score', 'classification_report', 'confusion_matrix',
                                                  'f1_score', 'log_loss', 'mean_absolute_error', 'mean_squared_error',
                                                  'precision_recall_fscore_support', 'precision_score', 'r2_score',
                                                  'recall_score', 'roc_auc_score'])
