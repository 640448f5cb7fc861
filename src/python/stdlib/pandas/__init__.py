"""A small part of pandas 0.2x that TF1 tutorials use to load and prepare their data: read_csv,
DataFrame, Series, concat and get_dummies, written over Gradbook's NumPy with pandas' dtype rules
and reprs (as pandas prints them when stdout is not a terminal). Every other top-level name raises
ImportError/AttributeError saying Gradbook's pandas does not provide it."""

from pandas._index import Index
from pandas.series import Series
from pandas.frame import DataFrame
from pandas._csv import read_csv
from pandas._reshape import concat, get_dummies
from pandas._options import options, set_option, get_option, reset_option
import numpy as _np

__version__ = '0.24.2'
NaT = None


def isnull(obj):
    if isinstance(obj, (Series, DataFrame)):
        return obj.isnull()
    if isinstance(obj, _np.ndarray):
        return Series(obj).isnull()._values
    return obj is None or (isinstance(obj, float) and obj != obj)


isna = isnull


def notnull(obj):
    result = isnull(obj)
    return ~result if not isinstance(result, bool) else not result


notna = notnull


def unique(values):
    return Series(values).unique()


_PROVIDED = ['DataFrame', 'Series', 'Index', 'read_csv', 'concat', 'get_dummies', 'isnull', 'isna', 'notnull',
             'notna', 'unique', 'options', 'set_option', 'get_option', 'reset_option']


def __getattr__(name):
    if name.startswith('_'):
        raise AttributeError("module 'pandas' has no attribute '%s'" % name)
    raise AttributeError("module 'pandas' has no attribute '%s' (Gradbook's pandas provides: %s)"
                         % (name, ', '.join(sorted(_PROVIDED))))
