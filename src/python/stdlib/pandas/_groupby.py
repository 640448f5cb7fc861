"""DataFrame.groupby / Series.groupby for one key (a column name, or a Series/array of keys): the
groups in sorted key order (missing keys dropped, as pandas' dropna=True), and the reductions
tutorials print (size, count, sum, mean, median, std, var, min, max, first, last, agg by name),
each a Series or DataFrame indexed by the keys, the index named after the key. Numeric reductions
of a frame keep its numeric columns (pandas 0.2x drops the others); iteration gives
(key, sub-frame) pairs; get_group picks one."""
import numpy as np
from pandas._column import _missing_mask
from pandas._index import Index

_NUMERIC_ONLY = ('sum', 'mean', 'median', 'std', 'var')


def _positions(keys):
    """(sorted distinct keys, the row positions of each) for a column of keys; missing keys dropped."""
    values = keys.tolist()
    missing = _missing_mask(keys).tolist()
    groups = {}
    for i, (k, m) in enumerate(zip(values, missing)):
        if not m:
            groups.setdefault(k, []).append(i)
    ordered = sorted(groups)
    return ordered, [groups[k] for k in ordered]


def _reduce(values, method):
    if method == 'size':
        return len(values)
    present = values[~_missing_mask(values)]
    if method == 'count':
        return len(present)
    if method in ('first', 'last'):
        return present[0 if method == 'first' else -1] if len(present) else np.nan
    if len(present) == 0:
        return 0 if method == 'sum' else np.nan
    if method in ('std', 'var'):
        if len(present) < 2:
            return np.nan
        return getattr(present.astype(np.float64), method)(ddof=1)
    if method in ('mean', 'median'):
        return getattr(np, method)(present.astype(np.float64))
    return getattr(present, method)()


def _column_result(values, method, positions):
    out = [_reduce(values[np.array(p, dtype=np.int64)], method) for p in positions]
    if method in ('size', 'count'):
        return np.array(out, dtype=np.int64)
    if method in ('mean', 'median', 'std', 'var'):
        return np.array(out, dtype=np.float64)
    if values.dtype.kind in 'iub' and not any(isinstance(v, float) and v != v for v in out):
        return np.array(out, dtype=values.dtype if method != 'sum' or values.dtype.kind != 'b' else np.int64)
    if values.dtype.kind in 'iuf':
        return np.array(out, dtype=np.float64)
    return np.array(out, dtype=object)


class _GroupBy(object):
    def __init__(self, obj, keys, name, columns=None):
        self._obj = obj
        self._name = name
        self._keys, self._positions = _positions(np.asarray(keys))
        self._columns = columns

    def _index(self):
        return Index(self._keys, name=self._name)

    @property
    def ngroups(self):
        return len(self._keys)

    @property
    def groups(self):
        labels = self._obj.index.tolist()
        return dict((k, Index([labels[i] for i in p])) for k, p in zip(self._keys, self._positions))

    def __len__(self):
        return len(self._keys)

    def __iter__(self):
        for k, p in zip(self._keys, self._positions):
            yield k, self._selected()._take(p)

    def get_group(self, name):
        if name not in self._keys:
            raise KeyError(name)
        return self._selected()._take(self._positions[self._keys.index(name)])

    def size(self):
        from pandas.series import Series
        return Series._new(np.array([len(p) for p in self._positions], dtype=np.int64), self._index(), None)

    def agg(self, func):
        if not isinstance(func, str):
            raise NotImplementedError("GroupBy.agg() with a %s is not supported by Gradbook's pandas (a method "
                                      "name is)" % type(func).__name__)
        if func not in ('count', 'sum', 'mean', 'median', 'std', 'var', 'min', 'max', 'first', 'last', 'size'):
            raise AttributeError("'%s' is not a valid function for 'GroupBy' object" % func)
        return getattr(self, func)()

    aggregate = agg


def _method(name):
    def reduce(self):
        return self._apply(name)
    reduce.__name__ = name
    return reduce


for _name in ('count', 'sum', 'mean', 'median', 'std', 'var', 'min', 'max', 'first', 'last'):
    setattr(_GroupBy, _name, _method(_name))


class SeriesGroupBy(_GroupBy):
    def _selected(self):
        return self._obj

    def _apply(self, method):
        from pandas.series import Series
        values = self._obj._values
        if method in _NUMERIC_ONLY and values.dtype.kind not in 'iufb':
            raise TypeError('Could not convert values of an object column to numeric for %s()' % method)
        return Series._new(_column_result(values, method, self._positions), self._index(), self._obj.name)


class DataFrameGroupBy(_GroupBy):
    def _selected(self):
        return self._obj if self._columns is None else self._obj[self._columns]

    def _value_columns(self):
        if self._columns is not None:
            return list(self._columns)
        return [c for c in self._obj.columns if c != self._name]

    def __getitem__(self, key):
        """gb['col'] is a SeriesGroupBy of that column, gb[['a', 'b']] a DataFrameGroupBy of those."""
        if isinstance(key, (list, tuple)):
            missing = [k for k in key if k not in self._obj._data]
            if missing:
                raise KeyError('Columns not found: %s' % ', '.join(repr(k) for k in missing))
            group = DataFrameGroupBy.__new__(DataFrameGroupBy)
            group.__dict__.update(self.__dict__)
            group._columns = list(key)
            return group
        if key not in self._obj._data:
            raise KeyError('Column not found: %s' % (key,))
        group = SeriesGroupBy.__new__(SeriesGroupBy)
        group.__dict__.update(self.__dict__)
        group._obj = self._obj[key]
        group._columns = None
        return group

    def _apply(self, method):
        from pandas.frame import DataFrame
        names = self._value_columns()
        if method in _NUMERIC_ONLY:
            names = [c for c in names if self._obj._data[c].dtype.kind in 'iufb']
        arrays = [_column_result(self._obj._data[c], method, self._positions) for c in names]
        return DataFrame._new(names, dict(zip(names, arrays)), self._index())


def groupby(obj, by, axis=0, level=None, as_index=True, sort=True, group_keys=True, squeeze=False, observed=False):
    for name, value, default in (('axis', axis, 0), ('level', level, None), ('as_index', as_index, True),
                                 ('sort', sort, True), ('squeeze', squeeze, False)):
        if value != default:
            raise NotImplementedError("groupby() argument '%s' is not supported by Gradbook's pandas" % name)
    from pandas.frame import DataFrame
    if isinstance(by, (list, tuple)):
        if len(by) != 1:
            raise NotImplementedError("groupby() by several keys (a MultiIndex) is not supported by Gradbook's pandas")
        by = by[0]
    if isinstance(obj, DataFrame) and not hasattr(by, '__len__') or isinstance(by, str):
        if by not in obj._data:
            raise KeyError(by)
        return DataFrameGroupBy(obj, obj._data[by], by)
    keys = getattr(by, '_values', by)
    if len(keys) != len(obj):
        raise ValueError('Grouper and axis must be same length')
    name = getattr(by, 'name', None)
    if isinstance(obj, DataFrame):
        return DataFrameGroupBy(obj, keys, name)
    return SeriesGroupBy(obj, keys, name)
