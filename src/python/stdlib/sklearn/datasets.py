"""sklearn.datasets.load_iris (scikit-learn 0.20): Fisher's 150 iris flowers as a Bunch (data float64
[150, 4], target int64 0-2, target_names, feature_names), or (data, target) with return_X_y. The
rows are TF's bundled iris.csv (the UCI file) with the two points scikit-learn 0.20 corrected to
Fisher's paper: row 35 has petal width 0.2 and row 38 is 4.9, 3.6, 1.4, 0.1. Every other dataset
loader raises ImportError naming it."""
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


__getattr__ = _refuse_missing('sklearn.datasets', ['load_iris', 'Bunch'])
