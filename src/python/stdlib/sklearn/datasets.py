"""sklearn.datasets.load_iris (scikit-learn 0.20): Fisher's 150 iris flowers as a Bunch (data float64
[150, 4], target int64 0-2, target_names, feature_names), or (data, target) with return_X_y. The
rows are TF's bundled iris.csv (the UCI file) with the two points scikit-learn 0.20 corrected to
Fisher's paper: row 35 has petal width 0.2 and row 38 is 4.9, 3.6, 1.4, 0.1. make_circles and
make_moons (the toy 2-D classification sets of TF tutorials' decision-boundary plots) follow
scikit-learn 0.20 draw for draw: the same points, shuffle and noise for the same NumPy seed. Every
other dataset loader raises ImportError naming it."""
import io as _io
import csv as _csv

import numpy as _np
from sklearn import _refuse_missing


class Bunch(dict):
    """A dict whose keys are also attributes (iris.data is iris['data'])."""

    def __init__(self, **kwargs):
        dict.__init__(self, kwargs)

    def __setattr__(self, key, value):
        self[key] = value

    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key)


# scikit-learn 0.20's fixes to the UCI rows (0-based row: corrected features).
_FISHER_FIXES = {34: [4.9, 3.1, 1.5, 0.2], 37: [4.9, 3.6, 1.4, 0.1]}


def load_iris(return_X_y=False):
    """The iris flowers: Bunch(data, target, target_names, feature_names, DESCR) or (data, target)."""
    from _iris_csv import IRIS_CSV
    rows = list(_csv.reader(_io.StringIO(IRIS_CSV)))[1:]
    data = _np.array([[float(v) for v in row[:4]] for row in rows], dtype=_np.float64)
    for index, values in _FISHER_FIXES.items():
        data[index] = values
    target = _np.array([int(row[4]) for row in rows], dtype=_np.int64)
    if return_X_y:
        return data, target
    return Bunch(data=data, target=target, target_names=_np.array(['setosa', 'versicolor', 'virginica']),
                 feature_names=['sepal length (cm)', 'sepal width (cm)', 'petal length (cm)', 'petal width (cm)'],
                 DESCR='Iris Plants Database (Fisher, 1936): 150 instances, 4 numeric attributes, 3 classes.')


def _random_state(random_state):
    """check_random_state: None is NumPy's global generator, an int seeds a new RandomState."""
    if random_state is None or random_state is _np.random:
        return _np.random
    if isinstance(random_state, int):
        return _np.random.RandomState(random_state)
    return random_state


def _two_classes(outer_x, outer_y, inner_x, inner_y, shuffle, noise, generator):
    """The points of both classes stacked (outer first, label 0), shuffled, then noised, in sklearn's order."""
    X = _np.vstack([_np.append(outer_x, inner_x), _np.append(outer_y, inner_y)]).T
    y = _np.hstack([_np.zeros(len(outer_x), dtype=_np.int64), _np.ones(len(inner_x), dtype=_np.int64)])
    if shuffle:
        indices = _np.arange(len(y))
        generator.shuffle(indices)
        X, y = X[indices], y[indices]
    if noise is not None:
        X += generator.normal(scale=noise, size=X.shape)
    return X, y


def make_circles(n_samples=100, shuffle=True, noise=None, random_state=None, factor=.8):
    """A large circle containing a smaller one (radius factor): X float64 [n, 2], y 0 outer / 1 inner."""
    if factor >= 1 or factor < 0:
        raise ValueError("'factor' has to be between 0 and 1.")
    n_out = n_samples // 2
    n_in = n_samples - n_out
    generator = _random_state(random_state)
    # endpoint=False so that the first point is not also the last.
    t_out = _np.linspace(0, 2 * _np.pi, n_out, endpoint=False)
    t_in = _np.linspace(0, 2 * _np.pi, n_in, endpoint=False)
    return _two_classes(_np.cos(t_out), _np.sin(t_out), _np.cos(t_in) * factor, _np.sin(t_in) * factor,
                        shuffle, noise, generator)


def make_moons(n_samples=100, shuffle=True, noise=None, random_state=None):
    """Two interleaving half circles: X float64 [n, 2], y 0 upper moon / 1 lower moon."""
    n_out = n_samples // 2
    n_in = n_samples - n_out
    generator = _random_state(random_state)
    t_out = _np.linspace(0, _np.pi, n_out)
    t_in = _np.linspace(0, _np.pi, n_in)
    return _two_classes(_np.cos(t_out), _np.sin(t_out), 1 - _np.cos(t_in), 1 - _np.sin(t_in) - .5,
                        shuffle, noise, generator)


__getattr__ = _refuse_missing('sklearn.datasets', ['load_iris', 'Bunch', 'make_circles', 'make_moons'])
