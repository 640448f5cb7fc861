"""sklearn.model_selection.train_test_split (scikit-learn 0.20): sizes from test_size/train_size
(a float is a fraction: ceil for the test set, floor for the training set; both None means
test_size=0.25), then with shuffle a permutation from check_random_state(random_state) whose
first n_test indices are the test rows and the next n_train the training rows (so
random_state=42 splits exactly as scikit-learn), without shuffle the first n_train rows train."""
import math

import numpy as np
from sklearn import _refuse_missing
from sklearn.utils import check_consistent_length, check_random_state, safe_indexing, _num_samples


def _is_float(x):
    return isinstance(x, (float, np.floating))


def _is_int(x):
    return isinstance(x, (int, np.integer)) and not isinstance(x, bool)


def _split_sizes(n_samples, test_size, train_size):
    if test_size is None and train_size is None:
        test_size = 0.25
    for name, size in (('test_size', test_size), ('train_size', train_size)):
        if size is None:
            continue
        if _is_int(size):
            if size >= n_samples or size <= 0:
                raise ValueError('%s=%d should be either positive and smaller than the number of samples %d '
                                 'or a float in the (0, 1) range' % (name, size, n_samples))
        elif _is_float(size):
            if size <= 0 or size >= 1:
                raise ValueError('%s=%r should be a float in the (0, 1) range or an integer' % (name, size))
        else:
            raise ValueError('Invalid value for %s: %r' % (name, size))
    if _is_float(test_size) and _is_float(train_size) and test_size + train_size > 1:
        raise ValueError('The sum of test_size and train_size = %r, should be in the (0, 1) range. '
                         'Reduce test_size and/or train_size.' % (test_size + train_size))
    n_test = (int(math.ceil(test_size * n_samples)) if _is_float(test_size) else int(test_size)) if test_size is not None else None
    n_train = (int(math.floor(train_size * n_samples)) if _is_float(train_size) else int(train_size)) if train_size is not None else None
    if n_train is None:
        n_train = n_samples - n_test
    elif n_test is None:
        n_test = n_samples - n_train
    if n_train + n_test > n_samples:
        raise ValueError('The sum of train_size and test_size = %d, should be smaller than the number of samples %d. '
                         'Reduce test_size and/or train_size.' % (n_train + n_test, n_samples))
    if n_train == 0:
        raise ValueError('With n_samples=%d, test_size=%r and train_size=%r, the resulting train set will be empty. '
                         'Adjust any of the aforementioned parameters.' % (n_samples, test_size, train_size))
    return n_train, n_test


def train_test_split(*arrays, **options):
    """Splits arrays (the same rows of each) into [a_train, a_test, b_train, b_test, ...].

    Options: test_size, train_size, random_state, shuffle=True; stratify is not supported."""
    test_size = options.pop('test_size', None)
    train_size = options.pop('train_size', None)
    random_state = options.pop('random_state', None)
    shuffle = options.pop('shuffle', True)
    stratify = options.pop('stratify', None)
    if options:
        raise TypeError('Invalid parameters passed: %s' % str(options))
    if len(arrays) == 0:
        raise ValueError('At least one array required as input')
    if stratify is not None:
        if not shuffle:
            raise ValueError('Stratified train/test split is not implemented for shuffle=False')
        raise NotImplementedError("train_test_split() argument 'stratify' is not supported by Gradbook")
    check_consistent_length(*arrays)
    n_samples = _num_samples(arrays[0])
    n_train, n_test = _split_sizes(n_samples, test_size, train_size)
    if shuffle:
        permutation = check_random_state(random_state).permutation(n_samples)
        test = permutation[:n_test]
        train = permutation[n_test:n_test + n_train]
    else:
        train = np.arange(n_train)
        test = np.arange(n_train, n_train + n_test)
    out = []
    for a in arrays:
        out.append(safe_indexing(a, train))
        out.append(safe_indexing(a, test))
    return out


__getattr__ = _refuse_missing('sklearn.model_selection', ['train_test_split'])
