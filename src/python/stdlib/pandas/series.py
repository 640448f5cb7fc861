"""pandas.Series: a 1-d numpy array (int64, float64, bool or object) with an Index of row labels
and a name. Arithmetic and comparisons with scalars or Series of the same index give Series;
reductions skip NaN as pandas does (std and var with ddof=1)."""
import numpy as np
from pandas import _format
from pandas._column import _as_column, _astype, _missing_mask, _take, _object_array
from pandas._index import Index, _default_index, _ensure_index
from pandas._operators import _Operators


def _refuse(where, **given):
    for name, value in given.items():
        if value:
            raise NotImplementedError("%s() argument '%s' is not supported by Gradbook's pandas" % (where, name))


def _scalar(v):
    return v.item() if isinstance(v, np.generic) else v


class Series(_Operators):
    __module__ = 'pandas.core.series'  # type(s) prints as in pandas

    def __init__(self, data=None, index=None, dtype=None, name=None, copy=False):
        if isinstance(data, Series):
            if index is None:
                index = data._index
            if name is None:
                name = data.name
            data = data._values
        elif isinstance(data, dict):
            if index is None:
                index = list(data.keys())
            data = [data.get(k) for k in index]
        elif data is None:
            data = []
        elif isinstance(data, (str, int, float, bool, np.generic)):
            n = len(index) if index is not None else 1
            data = [data] * n
        self._values = _as_column(data, dtype)
        if copy:
            self._values = self._values.copy()
        self._parent = None
        self._index = _default_index(len(self._values)) if index is None else _ensure_index(index)
        if len(self._index) != len(self._values):
            raise ValueError('Length of passed values is %d, index implies %d' % (len(self._values), len(self._index)))
        self.name = name

    @classmethod
    def _new(cls, values, index, name):
        s = cls.__new__(cls)
        s._values = values
        s._index = index
        s.name = name
        s._parent = None
        return s

    def _like(self, values, index=None, name=None):
        return Series._new(values, self._index if index is None else index, self.name if name is None else name)

    # ---- attributes
    @property
    def values(self):
        return self._values

    @property
    def index(self):
        return self._index

    @index.setter
    def index(self, labels):
        labels = _ensure_index(labels)
        if len(labels) != len(self._values):
            raise ValueError('Length mismatch: Expected axis has %d elements, new values have %d elements'
                             % (len(self._values), len(labels)))
        self._index = labels

    @property
    def dtype(self):
        return self._values.dtype

    dtypes = dtype

    @property
    def shape(self):
        return (len(self._values),)

    @property
    def size(self):
        return len(self._values)

    @property
    def ndim(self):
        return 1

    @property
    def empty(self):
        return len(self._values) == 0

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values.tolist())

    def __array__(self, dtype=None):
        return self._values

    def __array_wrap__(self, result, context=None):
        """NumPy ufuncs on a Series (np.log(population)) give a Series with its index and name."""
        if np.ndim(result) == 0 or len(result) != len(self._values):
            return result
        return self._like(result)

    def tolist(self):
        return self._values.tolist()

    to_list = tolist

    def to_numpy(self, dtype=None, copy=False):
        return self._values.astype(dtype) if dtype is not None else self._values

    def as_matrix(self):
        return self._values

    def keys(self):
        return self._index

    def items(self):
        return zip(self._index, self._values.tolist())

    iteritems = items

    def copy(self, deep=True):
        return self._like(self._values.copy())

    def __repr__(self):
        return _format._series_text(self)

    __str__ = __repr__

    def to_string(self):
        return _format._series_text(self)

    # ---- selection
    def __getitem__(self, key):
        if isinstance(key, tuple):
            raise KeyError(key)
        if isinstance(key, slice):
            return self.iloc[key]
        if isinstance(key, (Series, np.ndarray, list)):
            mask = np.asarray(key._values if isinstance(key, Series) else key)
            if mask.dtype.kind == 'b':
                return self._mask(mask)
            return self.loc[list(mask.tolist())]
        if key in self._index:
            return _scalar(self._values[self._index.get_loc(key)])
        if isinstance(key, int) and not self._index.values.dtype.kind == 'i':
            return _scalar(self._values[key])
        raise KeyError(key)

    def __setitem__(self, key, value):
        if isinstance(key, (Series, np.ndarray, list)):
            mask = np.asarray(key._values if isinstance(key, Series) else key)
            positions = np.where(mask)[0] if mask.dtype.kind == 'b' else [self._index.get_loc(k) for k in mask.tolist()]
        elif key in self._index:
            positions = [self._index.get_loc(key)]
        else:
            raise NotImplementedError("Series: adding the label %r by assignment is not supported by Gradbook's pandas" % (key,))
        self._set_positions(list(np.asarray(positions).tolist()), value)

    def _set_positions(self, positions, value):
        values = value._values.tolist() if isinstance(value, Series) else value
        if isinstance(values, (list, np.ndarray)):
            values = list(np.asarray(values).tolist()) if isinstance(values, np.ndarray) else values
        else:
            values = [values] * len(positions)
        items = self._values.tolist()
        for p, v in zip(positions, values):
            items[p] = v
        # The column's dtype follows the new values as pandas upcasts (an int column given NaN turns float64).
        self._replace_values(_as_column(items))

    def _replace_values(self, values):
        """Changes the values in place, and in the frame this Series is a column of."""
        self._values = values
        if self._parent is not None:
            frame, name = self._parent
            if name in frame._data and len(frame._data[name]) == len(values):
                frame._data[name] = values

    def _inplace(self, result, inplace):
        if not inplace:
            return result
        self._replace_values(result._values)
        return None

    def _mask(self, mask):
        mask = np.asarray(mask)
        if len(mask) != len(self._values):
            raise IndexError('Boolean index has wrong length: %d instead of %d' % (len(mask), len(self._values)))
        positions = np.where(mask)[0].tolist()
        return self._take(positions)

    def _take(self, positions):
        return self._like(_take(self._values, positions), Index([self._index[p] for p in positions]))

    @property
    def iloc(self):
        from pandas._indexing import _SeriesILoc
        return _SeriesILoc(self)

    @property
    def loc(self):
        from pandas._indexing import _SeriesLoc
        return _SeriesLoc(self)

    def head(self, n=5):
        return self.iloc[:n]

    def tail(self, n=5):
        return self.iloc[max(len(self) - n, 0):] if n > 0 else self.iloc[:0]

    # ---- missing values
    def isnull(self):
        return self._like(_missing_mask(self._values))

    isna = isnull

    def notnull(self):
        return self._like(~_missing_mask(self._values))

    notna = notnull

    def dropna(self, inplace=False):
        _refuse('dropna', inplace=inplace)
        return self._mask(~_missing_mask(self._values))

    def fillna(self, value=None, method=None, inplace=False):
        _refuse('fillna', method=method)
        mask = _missing_mask(self._values).tolist()
        items = [value if m else v for v, m in zip(self._values.tolist(), mask)]
        if self._values.dtype.kind == 'f' and isinstance(value, (int, float)) and not isinstance(value, bool):
            return self._inplace(self._like(np.array(items, dtype=np.float64)), inplace)
        return self._inplace(self._like(_as_column(items)), inplace)

    # ---- conversion and mapping
    def astype(self, dtype, copy=True):
        return self._like(_astype(self._values, dtype))

    def map(self, arg, na_action=None):
        _refuse('map', na_action=na_action)
        if isinstance(arg, dict):
            items = [arg.get(v, np.nan) if not _format._is_missing(v) else np.nan for v in self._values.tolist()]
        elif isinstance(arg, Series):
            lookup = dict(zip(arg._index, arg._values.tolist()))
            items = [lookup.get(v, np.nan) for v in self._values.tolist()]
        else:
            items = [arg(v) for v in self._values.tolist()]
        return self._like(_as_column(items))

    def apply(self, func, convert_dtype=True, args=(), **kwds):
        return self._like(_as_column([func(v, *args, **kwds) for v in self._values.tolist()]))

    def replace(self, to_replace=None, value=None, inplace=False):
        mapping = to_replace if isinstance(to_replace, dict) else {to_replace: value}
        return self._inplace(self._like(_as_column([mapping.get(v, v) if not isinstance(v, float) or v == v else v
                                                    for v in self._values.tolist()])), inplace)

    def mode(self, dropna=True):
        """The most frequent values, sorted."""
        counts = self.value_counts(dropna=dropna)
        if len(counts) == 0:
            return Series(_object_array([]) if self._values.dtype.kind == 'O' else self._values[:0], name=self.name)
        top = counts._values.max()
        values = sorted(v for v, c in zip(counts._index, counts._values.tolist()) if c == top)
        return Series(_as_column(values).astype(self._values.dtype) if self._values.dtype.kind != 'O'
                      else _object_array(values), name=self.name)

    def unique(self):
        seen, out = set(), []
        for v in self._values.tolist():
            key = 'nan' if isinstance(v, float) and v != v else v
            if key not in seen:
                seen.add(key)
                out.append(v)
        return _as_column(out).astype(self._values.dtype) if self._values.dtype.kind != 'O' else _object_array(out)

    def nunique(self, dropna=True):
        return len([v for v in self.unique().tolist() if not (dropna and _format._is_missing(v))])

    def value_counts(self, normalize=False, sort=True, ascending=False, bins=None, dropna=True):
        _refuse('value_counts', bins=bins)
        counts, order = {}, []
        for v in self._values.tolist():
            if _format._is_missing(v):
                if dropna:
                    continue
                v = np.nan
            if v not in counts:
                counts[v] = 0
                order.append(v)
            counts[v] += 1
        if sort:
            order = sorted(order, key=lambda v: counts[v], reverse=not ascending)
        n = sum(counts.values())
        values = [counts[v] / n for v in order] if normalize else [counts[v] for v in order]
        return Series(values, index=Index(order), name=self.name, dtype=np.float64 if normalize else np.int64)

    def sort_values(self, ascending=True, inplace=False, kind='quicksort', na_position='last'):
        _refuse('sort_values', inplace=inplace)
        items = self._values.tolist()
        present = [i for i, v in enumerate(items) if not _format._is_missing(v)]
        present = sorted(present, key=lambda i: items[i], reverse=not ascending)
        missing = [i for i, v in enumerate(items) if _format._is_missing(v)]
        return self._take(present + missing if na_position == 'last' else missing + present)

    def sort_index(self, ascending=True):
        order = sorted(range(len(self)), key=lambda i: self._index[i], reverse=not ascending)
        return self._take(order)

    def reset_index(self, level=None, drop=False, name=None, inplace=False):
        _refuse('reset_index', level=level, inplace=inplace)
        if not drop:
            raise NotImplementedError("Series.reset_index() without drop=True is not supported by Gradbook's pandas")
        return self._like(self._values, _default_index(len(self)))

    def groupby(self, by=None, axis=0, level=None, as_index=True, sort=True, group_keys=True, squeeze=False,
                observed=False):
        from pandas._groupby import groupby
        return groupby(self, by, axis=axis, level=level, as_index=as_index, sort=sort, group_keys=group_keys,
                       squeeze=squeeze, observed=observed)

    def describe(self, percentiles=None):
        from pandas.frame import _describe_column
        _refuse('describe', percentiles=percentiles)
        stats, values = _describe_column(self._values)
        return Series(values, index=stats, name=self.name, dtype=np.float64)

    # ---- plotting
    def hist(self, by=None, ax=None, grid=True, xlabelsize=None, xrot=None, ylabelsize=None, yrot=None,
             figsize=None, bins=10, **kwds):
        """A histogram of the values (matplotlib), in the current Axes; returns the Axes."""
        from pandas._plotting import hist_series
        return hist_series(self, by=by, ax=ax, grid=grid, xlabelsize=xlabelsize, xrot=xrot, ylabelsize=ylabelsize,
                           yrot=yrot, figsize=figsize, bins=bins, **kwds)

    # ---- reductions (NaN skipped)
    def _present(self):
        if self._values.dtype.kind == 'O':
            return self._values[~_missing_mask(self._values)]
        if self._values.dtype.kind == 'f':
            return self._values[~np.isnan(self._values)]
        return self._values

    def _numeric(self, method):
        values = self._present()
        if values.dtype.kind == 'O':
            raise TypeError("Series.%s() of an object (text) Series is not supported by Gradbook's pandas" % method)
        return values.astype(np.float64) if values.dtype.kind == 'b' else values

    def count(self):
        return int(len(self._present()))

    def sum(self, axis=None, skipna=True):
        values = self._present()
        if values.dtype.kind == 'O':
            total = values.tolist()[0] if len(values) else 0
            for v in values.tolist()[1:]:
                total = total + v
            return total
        return _scalar(values.sum()) if len(values) else (0.0 if values.dtype.kind == 'f' else 0)

    def mean(self, axis=None, skipna=True):
        values = self._numeric('mean')
        return float(values.mean()) if len(values) else np.nan

    def median(self, axis=None, skipna=True):
        values = self._numeric('median')
        return float(np.median(values)) if len(values) else np.nan

    def var(self, axis=None, skipna=True, ddof=1):
        values = self._numeric('var')
        return float(values.var(ddof=ddof)) if len(values) > ddof else np.nan

    def std(self, axis=None, skipna=True, ddof=1):
        values = self._numeric('std')
        return float(values.std(ddof=ddof)) if len(values) > ddof else np.nan

    def min(self, axis=None, skipna=True):
        values = self._present()
        return _scalar(values.min()) if values.dtype.kind != 'O' else min(values.tolist())

    def max(self, axis=None, skipna=True):
        values = self._present()
        return _scalar(values.max()) if values.dtype.kind != 'O' else max(values.tolist())

    def quantile(self, q=0.5):
        values = self._numeric('quantile').astype(np.float64)
        if isinstance(q, (list, tuple, np.ndarray)):
            # A sequence (an array too: np.arange(1.0, n) / n in the MLCC exercises) gives a Series by q.
            q = [float(x) for x in q]
            return Series([float(np.percentile(values, x * 100)) for x in q], index=q, name=self.name)
        return float(np.percentile(values, q * 100))

    def idxmax(self):
        return self._index[int(np.argmax(np.where(_missing_mask(self._values), -np.inf, self._values)))]

    def idxmin(self):
        return self._index[int(np.argmin(np.where(_missing_mask(self._values), np.inf, self._values)))]

    def argmax(self):
        return int(np.argmax(self._values))

    def argmin(self):
        return int(np.argmin(self._values))

    def cumsum(self):
        return self._like(np.cumsum(self._values))

    def abs(self):
        return self._like(np.abs(self._values))

    def round(self, decimals=0):
        return self._like(np.round(self._values, decimals))

    def any(self):
        return bool(self._values.any())

    def all(self):
        return bool(self._values.all())

    # ---- arithmetic and comparisons
    def _operand(self, other):
        if isinstance(other, Series):
            if not self._index.equals(other._index):
                if sorted(map(str, self._index)) != sorted(map(str, other._index)) or len(self) != len(other):
                    raise NotImplementedError("arithmetic between Series with different indexes (alignment) is not "
                                              "supported by Gradbook's pandas")
                positions = [other._index.get_loc(label) for label in self._index]
                return _take(other._values, positions)
            return other._values
        if isinstance(other, np.ndarray) or isinstance(other, list):
            return np.asarray(other)
        return other

    def _binary(self, op, other, reverse=False):
        from pandas.frame import DataFrame
        if isinstance(other, DataFrame):
            return NotImplemented
        right = self._operand(other)
        left = self._values
        if left.dtype.kind == 'O' or (isinstance(right, np.ndarray) and right.dtype.kind == 'O'):
            rights = right.tolist() if isinstance(right, np.ndarray) else [right] * len(left)
            pairs = zip(rights, left.tolist()) if reverse else zip(left.tolist(), rights)
            result = _as_column([op(a, b) for a, b in pairs])
        else:
            result = op(right, left) if reverse else op(left, right)
        name = self.name if not isinstance(other, Series) or other.name == self.name else None
        return Series._new(np.asarray(result), self._index, name)

    def _compare(self, op, other):
        result = self._binary(op, other)
        result._values = np.asarray(result._values, dtype=bool)
        return result

    def __neg__(self):
        return self._like(-self._values)

    def __invert__(self):
        return self._like(~self._values)

    def __abs__(self):
        return self.abs()

    def __bool__(self):
        raise ValueError('The truth value of a Series is ambiguous. Use a.empty, a.bool(), a.item(), a.any() or a.all().')

    def isin(self, values):
        values = set(values)
        return self._like(np.array([v in values for v in self._values.tolist()], dtype=bool))

    def between(self, left, right):
        return (self >= left) & (self <= right)

    def to_frame(self, name=None):
        from pandas.frame import DataFrame
        column = self.name if name is None else name
        return DataFrame({0 if column is None else column: self}, index=self._index)

    @property
    def str(self):
        from pandas._strings import StringMethods
        return StringMethods(self)
