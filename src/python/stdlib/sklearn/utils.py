"""sklearn.utils: check_random_state, shuffle and resample with scikit-learn's random streams
(NumPy's RandomState: an int seed gives the same rows as scikit-learn), and the indexing and
length checks the other modules share."""
import numpy as np
from sklearn import _refuse_missing


def check_random_state(seed):
    """None → NumPy's global random stream (np.random's functions, the state np.random.seed sets);
    an int → RandomState(seed); a RandomState → itself."""
    if seed is None or seed is np.random:
        return np.random
    if isinstance(seed, (int, np.integer)):
        return np.random.RandomState(seed)
    if isinstance(seed, np.random.RandomState):
        return seed
    raise ValueError('%r cannot be used to seed a numpy.random.RandomState instance' % (seed,))


def _num_samples(x):
    if hasattr(x, 'shape') and x.shape is not None:
        if len(x.shape) == 0:
            raise TypeError('Singleton array %r cannot be considered a valid collection.' % (x,))
        return x.shape[0]
    try:
        return len(x)
    except TypeError:
        raise TypeError('Expected sequence or array-like, got %s' % type(x))


def check_consistent_length(*arrays):
    lengths = [_num_samples(x) for x in arrays if x is not None]
    if len(set(lengths)) > 1:
        raise ValueError('Found input variables with inconsistent numbers of samples: %r' % [int(l) for l in lengths])


def safe_indexing(x, indices):
    """Rows `indices` of x: fancy indexing for arrays, a list of the items for other sequences."""
    if hasattr(x, 'shape'):
        return x[np.asarray(indices)]
    return [x[i] for i in list(indices)]


def resample(*arrays, **options):
    """Rows drawn from the arrays, the same rows from each: with replacement (the default) or a
    shuffle without it; n_samples keeps the first n."""
    random_state = check_random_state(options.pop('random_state', None))
    replace = options.pop('replace', True)
    max_n_samples = options.pop('n_samples', None)
    if options:
        raise ValueError('Unexpected kw arguments: %r' % list(options.keys()))
    if len(arrays) == 0:
        return None
    first = arrays[0]
    n_samples = first.shape[0] if hasattr(first, 'shape') else len(first)
    if max_n_samples is None:
        max_n_samples = n_samples
    elif max_n_samples > n_samples and not replace:
        raise ValueError('Cannot sample %d out of arrays with dim %d when replace is False' % (max_n_samples, n_samples))
    check_consistent_length(*arrays)
    if replace:
        indices = random_state.randint(0, n_samples, size=(max_n_samples,))
    else:
        indices = np.arange(n_samples)
        random_state.shuffle(indices)
        indices = indices[:max_n_samples]
    out = [safe_indexing(a, indices) for a in arrays]
    return out[0] if len(out) == 1 else out


def shuffle(*arrays, **options):
    """The arrays with their rows in one random order (resample without replacement)."""
    options['replace'] = False
    return resample(*arrays, **options)


__getattr__ = _refuse_missing('sklearn.utils', ['check_random_state', 'check_consistent_length', 'safe_indexing',
                                                'resample', 'shuffle'])
