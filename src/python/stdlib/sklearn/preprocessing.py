"""sklearn.preprocessing (scikit-learn 0.20): MinMaxScaler, StandardScaler, OneHotEncoder with
dense output and LabelEncoder, over numeric NumPy arrays (Gradbook's NumPy has no string arrays).
Inputs are 2-D [samples, features]; integer data becomes float64, float32 stays float32."""
import numpy as np
from sklearn import _refuse_missing
from sklearn.exceptions import NotFittedError
from _gradbook import unsupported


def _refuse(owner, name, why):
    raise NotImplementedError("%s() argument '%s' is not supported by Gradbook: %s" % (owner, name, why))


def _check_2d(X, dtype='float'):
    X = np.asarray(X)
    if X.dtype.kind not in 'biuf':
        raise NotImplementedError('Gradbook\'s sklearn.preprocessing handles numeric arrays only, not %s' % X.dtype)
    if X.ndim != 2:
        if X.ndim == 1:
            raise ValueError('Expected 2D array, got 1D array instead:\narray=%s.\nReshape your data either using '
                             'array.reshape(-1, 1) if your data has a single feature or array.reshape(1, -1) if it '
                             'contains a single sample.' % X)
        raise ValueError('Found array with dim %d. Estimator expected <= 2.' % X.ndim)
    if dtype == 'float' and X.dtype.kind != 'f':
        X = X.astype(np.float64)
    return X


def _nonzero_scale(scale):
    # A constant feature has range / standard deviation 0: scikit-learn divides by 1 instead.
    return np.where(scale == 0, np.ones_like(scale), scale)


class _Transformer(object):
    _fitted_attribute = None

    def _check_fitted(self):
        if not hasattr(self, self._fitted_attribute):
            raise NotFittedError("This %s instance is not fitted yet. Call 'fit' with appropriate arguments before "
                                 "using this method." % type(self).__name__)

    def fit_transform(self, X, y=None, **fit_params):
        return self.fit(X, y, **fit_params).transform(X)

    def get_params(self, deep=True):
        return dict((name, getattr(self, name)) for name in self._param_names)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (n, getattr(self, n)) for n in sorted(self._param_names)))


class MinMaxScaler(_Transformer):
    """Scales each feature to feature_range: X * scale_ + min_, scale_ = range / (max - min)."""
    _param_names = ('copy', 'feature_range')
    _fitted_attribute = 'scale_'

    @unsupported(copy='arrays are never scaled in place')
    def __init__(self, feature_range=(0, 1), copy=True):
        self.feature_range = feature_range
        self.copy = copy

    def fit(self, X, y=None):
        low, high = self.feature_range
        if low >= high:
            raise ValueError('Minimum of desired feature range must be smaller than maximum. Got %s.' % str(self.feature_range))
        X = _check_2d(X)
        self.data_min_ = X.min(axis=0)
        self.data_max_ = X.max(axis=0)
        self.data_range_ = self.data_max_ - self.data_min_
        self.scale_ = (high - low) / _nonzero_scale(self.data_range_)
        self.min_ = low - self.data_min_ * self.scale_
        self.n_samples_seen_ = X.shape[0]
        return self

    def transform(self, X):
        self._check_fitted()
        return _check_2d(X) * self.scale_ + self.min_

    def inverse_transform(self, X):
        self._check_fitted()
        return (_check_2d(X) - self.min_) / self.scale_


class StandardScaler(_Transformer):
    """Centres each feature on its mean and divides by its (population) standard deviation."""
    _param_names = ('copy', 'with_mean', 'with_std')
    _fitted_attribute = 'n_samples_seen_'

    @unsupported(copy='arrays are never scaled in place')
    def __init__(self, copy=True, with_mean=True, with_std=True):
        self.copy = copy
        self.with_mean = with_mean
        self.with_std = with_std

    def fit(self, X, y=None):
        X = _check_2d(X)
        self.n_samples_seen_ = X.shape[0]
        if self.with_mean or self.with_std:
            self.mean_ = X.mean(axis=0)
            self.var_ = X.var(axis=0) if self.with_std else None
        else:
            self.mean_ = self.var_ = None
        self.scale_ = np.sqrt(_nonzero_scale(self.var_)) if self.with_std else None
        return self

    def transform(self, X, y=None, copy=None):
        self._check_fitted()
        X = _check_2d(X)
        if self.with_mean:
            X = X - self.mean_
        if self.with_std:
            X = X / self.scale_
        return X

    def inverse_transform(self, X, copy=None):
        self._check_fitted()
        X = _check_2d(X)
        if self.with_std:
            X = X * self.scale_
        if self.with_mean:
            X = X + self.mean_
        return X


class OneHotEncoder(_Transformer):
    """One 0/1 column per category of each feature, as a dense array (sparse=False).

    categories='auto' (the default) takes the sorted values fit sees in each column, as
    scikit-learn 0.20's non-legacy mode; 0.20's legacy integer mode, which also counts values below
    the maximum that never occur, is not reproduced."""
    _param_names = ('categories', 'dtype', 'handle_unknown', 'sparse')
    _fitted_attribute = 'categories_'

    @unsupported(n_values='the legacy n_values mode; use categories',
                 categorical_features='the legacy mode; encode the columns you need')
    def __init__(self, n_values=None, categorical_features=None, categories=None, sparse=True, dtype=np.float64,
                 handle_unknown='error'):
        # Only sparse=False is supported, so the default itself is refused (the decorator passes defaults).
        if sparse:
            _refuse('OneHotEncoder', 'sparse', 'sparse output is a scipy.sparse matrix, which Gradbook does not '
                                               'have; pass sparse=False for a dense array')
        if handle_unknown not in ('error', 'ignore'):
            raise ValueError("handle_unknown should be either 'error' or 'ignore', got %s." % handle_unknown)
        self.categories = categories
        self.sparse = sparse
        self.dtype = dtype
        self.handle_unknown = handle_unknown

    def fit(self, X, y=None):
        X = _check_2d(X, dtype=None)
        if self.categories is None or self.categories == 'auto':
            self.categories_ = [np.unique(X[:, j]) for j in range(X.shape[1])]
        else:
            if len(self.categories) != X.shape[1]:
                raise ValueError('Shape mismatch: if n_values is an array, it has to be of shape (n_features,).')
            self.categories_ = [np.asarray(c) for c in self.categories]
            for j, cats in enumerate(self.categories_):
                if self.handle_unknown == 'error':
                    self._indices(X[:, j], cats, j)
        return self

    def _indices(self, column, cats, j):
        index = dict((v, i) for i, v in enumerate(cats.tolist()))
        found = [index.get(v) for v in column.tolist()]
        if self.handle_unknown == 'error':
            unknown = sorted(set(v for v, i in zip(column.tolist(), found) if i is None))
            if unknown:
                raise ValueError('Found unknown categories %r in column %d during transform' % (unknown, j))
        return found

    def transform(self, X):
        self._check_fitted()
        X = _check_2d(X, dtype=None)
        if X.shape[1] != len(self.categories_):
            raise ValueError('X has %d features per sample; expecting %d' % (X.shape[1], len(self.categories_)))
        rows = [[] for _ in range(X.shape[0])]
        for j, cats in enumerate(self.categories_):
            for row, i in zip(rows, self._indices(X[:, j], cats, j)):
                block = [0] * len(cats)
                if i is not None:
                    block[i] = 1
                row.extend(block)
        width = sum(len(c) for c in self.categories_)
        return np.array(rows, dtype=self.dtype).reshape(X.shape[0], width)

    def inverse_transform(self, X):
        self._check_fitted()
        X = np.asarray(X)
        columns, start = [], 0
        for cats in self.categories_:
            block = X[:, start:start + len(cats)]
            columns.append(cats[block.argmax(axis=1)])
            start += len(cats)
        return np.stack(columns, axis=1)


class LabelEncoder(_Transformer):
    """Labels to 0..n_classes-1 in sorted order (classes_), and back."""
    _param_names = ()
    _fitted_attribute = 'classes_'

    def _labels(self, y):
        values = list(y) if isinstance(y, (list, tuple)) else None
        if values is not None and any(isinstance(v, (str, bytes)) for v in values):
            raise NotImplementedError('LabelEncoder of string labels is not supported by Gradbook: its NumPy has '
                                      'no string arrays')
        y = np.asarray(y)
        if y.ndim == 2 and y.shape[1] == 1:
            y = y.reshape(-1)
        if y.ndim != 1:
            raise ValueError('bad input shape %s' % (y.shape,))
        return y

    def fit(self, y):
        self.classes_ = np.unique(self._labels(y))
        return self

    def fit_transform(self, y):
        return self.fit(y).transform(y)

    def transform(self, y):
        self._check_fitted()
        y = self._labels(y)
        index = dict((v, i) for i, v in enumerate(self.classes_.tolist()))
        unseen = sorted(set(v for v in y.tolist() if v not in index))
        if unseen:
            raise ValueError('y contains previously unseen labels: %s' % str(unseen))
        return np.array([index[v] for v in y.tolist()], dtype=np.int64)

    def inverse_transform(self, y):
        self._check_fitted()
        y = np.asarray(y)
        bad = sorted(set(y.tolist()) - set(range(len(self.classes_))))
        if bad:
            raise ValueError('y contains previously unseen labels: %s' % str(bad))
        return self.classes_[y]


__getattr__ = _refuse_missing('sklearn.preprocessing', ['LabelEncoder', 'MinMaxScaler', 'OneHotEncoder',
                                                        'StandardScaler'])
