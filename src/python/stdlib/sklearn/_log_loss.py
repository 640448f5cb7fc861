"""sklearn.metrics.log_loss as scikit-learn 0.20 computes it (the version of the TF1 exercises):
y_true's labels (or labels=) binarized in sorted order, y_pred's probabilities clipped to
[eps, 1 - eps] with eps=1e-15, each row renormalised to sum 1, then the mean (or, with
normalize=False, the sum) of -log of the true class's probability. A 1-d y_pred (or one column)
is the positive class of a binary problem. Later scikit-learn releases default eps to the dtype's
machine epsilon, which changes the loss of one-hot predictions."""
import numpy as np
from sklearn.utils import check_consistent_length


def log_loss(y_true, y_pred, eps=1e-15, normalize=True, sample_weight=None, labels=None):
    y_true = np.asarray(y_true)
    y_pred = np.array(y_pred)
    if y_pred.dtype.kind not in 'f':
        y_pred = y_pred.astype(np.float64)
    check_consistent_length(y_pred, y_true)
    classes = np.unique(np.asarray(labels) if labels is not None else y_true)
    if len(classes) == 1:
        raise ValueError('y_true contains only one label ({0}). Please provide the true labels explicitly '
                         'through the labels argument.'.format(classes[0]))
    if len(classes) == 2:
        onehot = (y_true == classes[1]).astype(np.int64)[:, np.newaxis]
        onehot = np.append(1 - onehot, onehot, axis=1)
    else:
        onehot = (y_true[:, np.newaxis] == classes[np.newaxis, :]).astype(np.int64)
    y_pred = np.clip(y_pred, eps, 1 - eps)
    if y_pred.ndim == 1:
        y_pred = y_pred[:, np.newaxis]
    if y_pred.shape[1] == 1:
        y_pred = np.append(1 - y_pred, y_pred, axis=1)
    if len(classes) != y_pred.shape[1]:
        if labels is None:
            raise ValueError('y_true and y_pred contain different number of classes {0}, {1}. Please provide the '
                             'true labels explicitly through the labels argument. Classes found in y_true: {2}'
                             .format(onehot.shape[1], y_pred.shape[1], classes))
        raise ValueError('The number of classes in labels is different from that in y_pred. Classes found in '
                         'labels: {0}'.format(classes))
    y_pred = y_pred / y_pred.sum(axis=1)[:, np.newaxis]
    loss = -(onehot * np.log(y_pred)).sum(axis=1)
    if sample_weight is not None:
        weights = np.asarray(sample_weight, dtype=np.float64)
        return float(np.average(loss, weights=weights)) if normalize else float(np.dot(loss, weights))
    return float(np.mean(loss)) if normalize else float(np.sum(loss))
