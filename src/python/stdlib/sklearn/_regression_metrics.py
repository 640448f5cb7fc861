"""sklearn.metrics for regression (scikit-learn 0.20's regression.py): mean_squared_error,
mean_absolute_error and r2_score, per output column then averaged as `multioutput` says. The
Machine Learning Crash Course exercises take math.sqrt(metrics.mean_squared_error(predictions,
targets)) of a NumPy array and a pandas Series."""
import warnings

import numpy as np
from sklearn.utils import check_consistent_length

_MULTIOUTPUT = ('raw_values', 'uniform_average', 'variance_weighted')


def _column(y):
    y = np.asarray(y)
    if y.dtype.kind not in 'biuf':
        raise NotImplementedError('Gradbook\'s sklearn.metrics handles numeric targets only, not %s' % y.dtype)
    y = y.astype(np.float64)
    return y.reshape((-1, 1)) if y.ndim == 1 else y


def _check_reg_targets(y_true, y_pred, multioutput):
    """(y_true, y_pred, multioutput) with y as [n_samples, n_outputs] float64 arrays."""
    check_consistent_length(y_true, y_pred)
    y_true, y_pred = _column(y_true), _column(y_pred)
    if y_true.shape[1] != y_pred.shape[1]:
        raise ValueError('y_true and y_pred have different number of output ({0}!={1})'
                         .format(y_true.shape[1], y_pred.shape[1]))
    n_outputs = y_true.shape[1]
    if isinstance(multioutput, str):
        if multioutput not in _MULTIOUTPUT:
            raise ValueError("Allowed 'multioutput' string values are {}. You provided multioutput={!r}"
                             .format(_MULTIOUTPUT, multioutput))
    elif multioutput is not None:
        multioutput = np.asarray(multioutput)
        if n_outputs == 1:
            raise ValueError('Custom weights are useful only in multi-output cases.')
        if n_outputs != len(multioutput):
            raise ValueError('There must be equally many custom weights (%d) as outputs (%d).'
                             % (len(multioutput), n_outputs))
    return y_true, y_pred, multioutput


def _average_outputs(output_errors, multioutput):
    if isinstance(multioutput, str):
        if multioutput == 'raw_values':
            return output_errors
        if multioutput == 'variance_weighted':
            raise NotImplementedError("multioutput='variance_weighted' is r2_score's; scikit-learn's "
                                      'error metrics do not define it')
        multioutput = None
    return np.average(output_errors, weights=multioutput)


def mean_squared_error(y_true, y_pred, sample_weight=None, multioutput='uniform_average'):
    """The mean of (y_true - y_pred) ** 2 per output (weighted by sample_weight), then averaged."""
    y_true, y_pred, multioutput = _check_reg_targets(y_true, y_pred, multioutput)
    check_consistent_length(y_true, y_pred, sample_weight)
    output_errors = np.average((y_true - y_pred) ** 2, axis=0, weights=sample_weight)
    return _average_outputs(output_errors, multioutput)


def mean_absolute_error(y_true, y_pred, sample_weight=None, multioutput='uniform_average'):
    """The mean of |y_true - y_pred| per output (weighted by sample_weight), then averaged."""
    y_true, y_pred, multioutput = _check_reg_targets(y_true, y_pred, multioutput)
    check_consistent_length(y_true, y_pred, sample_weight)
    output_errors = np.average(np.abs(y_pred - y_true), axis=0, weights=sample_weight)
    return _average_outputs(output_errors, multioutput)


def r2_score(y_true, y_pred, sample_weight=None, multioutput='uniform_average'):
    """1 - residual sum of squares / total sum of squares, per output, then averaged."""
    y_true, y_pred, multioutput = _check_reg_targets(y_true, y_pred, multioutput)
    check_consistent_length(y_true, y_pred, sample_weight)
    if y_pred.shape[0] < 2:
        warnings.warn('R^2 score is not well-defined with less than two samples.', UserWarning)
        return float('nan')
    weight = 1.0 if sample_weight is None else np.asarray(sample_weight, dtype=np.float64).reshape((-1, 1))
    numerator = (weight * (y_true - y_pred) ** 2).sum(axis=0)
    mean = np.average(y_true, axis=0, weights=sample_weight)
    denominator = (weight * (y_true - mean) ** 2).sum(axis=0)
    scores = []
    for num, den in zip(numerator.tolist(), denominator.tolist()):
        # A constant y_true: 1 when predicted exactly, else 0 (scikit-learn's convention).
        scores.append(1.0 - num / den if den != 0 else (1.0 if num == 0 else 0.0))
    scores = np.array(scores)
    if multioutput == 'raw_values':
        return scores
    if multioutput == 'uniform_average':
        weights = None
    elif multioutput == 'variance_weighted':
        weights = denominator
        if not np.any(denominator != 0):
            return 1.0 if not np.any(numerator != 0) else 0.0
    else:
        weights = multioutput
    return np.average(scores, weights=weights)
