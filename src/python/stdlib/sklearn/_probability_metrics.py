"""sklearn.metrics over predicted probabilities (scikit-learn 0.20's classification.py log_loss and
ranking.py roc_auc_score for binary targets). The Machine Learning Crash Course classification
exercises take metrics.log_loss(targets_dataframe, probabilities) of a one-column DataFrame and
the [n, 2] 'probabilities' of a LinearClassifier, and roc_auc_score of the positive column."""
import numpy as np
from sklearn.utils import check_consistent_length


def _labels(y):
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] == 1:
        y = y.reshape(-1)
    if y.ndim != 1:
        raise NotImplementedError('Gradbook\'s sklearn.metrics takes one label per sample (a 1-D array or one '
                                  'column), not shape %s' % (y.shape,))
    return y


def _weighted_sum(values, sample_weight, normalize):
    if normalize:
        return float(np.average(values, weights=sample_weight))
    if sample_weight is not None:
        return float(np.dot(values, sample_weight))
    return float(values.sum())


def log_loss(y_true, y_pred, eps=1e-15, normalize=True, sample_weight=None, labels=None):
    """Cross-entropy of the true labels under the predicted class probabilities (clipped to [eps, 1 - eps]
    and renormalized per row); a 1-D y_pred is the probability of the larger class."""
    y_true = _labels(y_true)
    y_pred = np.asarray(y_pred, dtype=np.float64)
    check_consistent_length(y_pred, y_true, sample_weight)
    classes = np.unique(np.asarray(labels) if labels is not None else y_true)
    if len(classes) == 1:
        raise ValueError('y_true contains only one label ({0}). Please provide the true labels explicitly through '
                         'the labels argument.'.format(classes[0]))
    if labels is not None and not np.isin(y_true, classes).all():
        raise ValueError('y_true contains values not in labels')
    # One-hot rows of y_true over the sorted classes (scikit-learn's LabelBinarizer, two columns for two classes).
    transformed = (y_true.reshape(-1, 1) == classes.reshape(1, -1)).astype(np.float64)
    y_pred = np.clip(y_pred, eps, 1 - eps)
    if y_pred.ndim == 1:
        y_pred = y_pred.reshape(-1, 1)
    if y_pred.shape[1] == 1:
        y_pred = np.concatenate([1 - y_pred, y_pred], axis=1)
    if len(classes) != y_pred.shape[1]:
        if labels is None:
            raise ValueError('y_true and y_pred contain different number of classes {0}, {1}. Please provide the true '
                             'labels explicitly through the labels argument. Classes found in y_true: {2}'
                             .format(transformed.shape[1], y_pred.shape[1], classes))
        raise ValueError('The number of classes in labels is different from that in y_pred. Classes found in '
                         'labels: {0}'.format(classes))
    y_pred = y_pred / y_pred.sum(axis=1).reshape(-1, 1)
    loss = -(transformed * np.log(y_pred)).sum(axis=1)
    return _weighted_sum(loss, sample_weight, normalize)


def _average_ranks(values):
    """1-based ranks of values, ties sharing their mean rank."""
    order = np.argsort(values, kind='mergesort')
    ranks = np.empty(len(values), dtype=np.float64)
    sorted_values = values[order]
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and sorted_values[j + 1] == sorted_values[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    return ranks


def roc_auc_score(y_true, y_score, average='macro', sample_weight=None, max_fpr=None):
    """Area under the ROC curve of binary labels: the chance a positive scores above a negative (ties
    count half), which is the trapezoidal area under scikit-learn's roc_curve."""
    if sample_weight is not None or max_fpr is not None:
        raise NotImplementedError('roc_auc_score() arguments sample_weight and max_fpr are not supported by Gradbook')
    y_true = _labels(y_true)
    y_score = np.asarray(y_score, dtype=np.float64).reshape(-1)
    check_consistent_length(y_true, y_score)
    classes = np.unique(y_true)
    if len(classes) > 2:
        raise NotImplementedError('Gradbook\'s roc_auc_score takes binary labels only (multiclass format is not '
                                  'supported)')
    if len(classes) != 2:
        raise ValueError('Only one class present in y_true. ROC AUC score is not defined in that case.')
    positive = y_true == classes[1]
    n_pos = int(positive.sum())
    n_neg = len(y_true) - n_pos
    ranks = _average_ranks(y_score)
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))
