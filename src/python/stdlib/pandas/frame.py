"""pandas.DataFrame: named columns (numpy arrays, one dtype each) sharing an Index of row labels.
Column access, boolean-mask row selection, iloc/loc, the cleaning methods TF1 tutorials call
(dropna, fillna, drop, astype, get_dummies...) and describe() with pandas' numbers."""
import numpy as np
from pandas import _format
from pandas._column import _as_column, _astype, _missing_mask, _take, _common_dtype, _object_array, _take_or_missing
from pandas._index import Index, _default_index, _ensure_index
from pandas._operators import _Operators
from pandas.series import Series, _refuse, _scalar

_DESCRIBE = ['count', 'mean', 'std', 'min', '25%', '50%', '75%', 'max']


def _describe_column(values):
    """count, mean, std (ddof 1), min, quartiles (linear interpolation) and max of the non-missing values."""
    values = values.astype(np.float64)
    present = values[~np.isnan(values)]
    n = len(present)
    if n == 0:
        return list(_DESCRIBE), [0.0] + [np.nan] * 7
    q = [float(np.percentile(present, p)) for p in (25, 50, 75)]
    std = float(present.std(ddof=1)) if n > 1 else np.nan
    return list(_DESCRIBE), [float(n), float(present.mean()), std, float(present.min())] + q + [float(present.max())]


def _is_list_like(value):
    return isinstance(value, (list, tuple, np.ndarray, Series, Index, range))


class DataFrame(_Operators):
    __module__ = 'pandas.core.frame'  # type(df) prints as in pandas

    def __init__(self, data=None, index=None, columns=None, dtype=None, copy=False):
        self._data = {}
        self._columns = []
        if isinstance(data, DataFrame):
            names = data._columns if columns is None else list(columns)
            arrays = [data._data[c].copy() for c in names]
            index = data._index if index is None else index
        elif isinstance(data, dict):
            names = list(data.keys()) if columns is None else list(columns)
            n = None
            for c in names:
                v = data.get(c)
                if isinstance(v, Series) and index is None:
                    index = v._index
                if _is_list_like(v):
                    n = len(v)
            if n is None:
                if index is None:
                    raise ValueError('If using all scalar values, you must pass an index')
                n = len(index)
            arrays = []
            for c in names:
                v = data.get(c, np.nan)
                arrays.append(_as_column(v if _is_list_like(v) else [v] * n, dtype))
        elif isinstance(data, np.ndarray) or isinstance(data, list):
            rows = data
            if isinstance(data, list) and data and isinstance(data[0], dict):
                names = list(columns) if columns is not None else []
                if columns is None:
                    for row in data:
                        for k in row:
                            if k not in names:
                                names.append(k)
                arrays = [_as_column([row.get(c) for row in data], dtype) for c in names]
            else:
                array = data if isinstance(data, np.ndarray) else None
                if array is None:
                    if data and not _is_list_like(data[0]):
                        rows = [[v] for v in data]
                    width = len(rows[0]) if rows else 0
                    arrays = [_as_column([row[j] for row in rows], dtype) for j in range(width)]
                else:
                    if array.ndim == 1:
                        array = array.reshape(-1, 1)
                    if array.ndim != 2:
                        raise ValueError('Must pass 2-d input. shape=%s' % (array.shape,))
                    arrays = [_as_column(array[:, j].copy(), dtype) for j in range(array.shape[1])]
                names = list(columns) if columns is not None else list(range(len(arrays)))
                if len(names) != len(arrays):
                    raise ValueError('%d columns passed, passed data had %d columns' % (len(names), len(arrays)))
        elif data is None:
            names = list(columns) if columns is not None else []
            n = len(index) if index is not None else 0
            arrays = [_object_array([np.nan] * n) for _ in names]
        else:
            raise NotImplementedError("DataFrame(%s) is not supported by Gradbook's pandas" % type(data).__name__)
        n = len(arrays[0]) if arrays else (len(index) if index is not None else 0)
        for c, a in zip(names, arrays):
            if len(a) != n:
                raise ValueError('arrays must all be same length')
            self._columns.append(c)
            self._data[c] = a
        self._index = _default_index(n) if index is None else _ensure_index(index)
        if len(self._index) != n:
            raise ValueError('Shape of passed values is (%d, %d), indices imply (%d, %d)'
                             % (n, len(names), len(self._index), len(names)))

    @classmethod
    def _new(cls, columns, data, index):
        df = cls.__new__(cls)
        df._columns = list(columns)
        df._data = dict(data)
        df._index = index
        return df

    def _with_columns(self, names, arrays=None):
        arrays = [self._data[c] for c in names] if arrays is None else arrays
        return DataFrame._new(names, dict(zip(names, arrays)), self._index)

    # ---- attributes
    @property
    def columns(self):
        return Index(self._columns)

    @columns.setter
    def columns(self, names):
        names = list(names)
        if len(names) != len(self._columns):
            raise ValueError('Length mismatch: Expected axis has %d elements, new values have %d elements'
                             % (len(self._columns), len(names)))
        self._data = dict((new, self._data[old]) for old, new in zip(self._columns, names))
        self._columns = names

    @property
    def index(self):
        return self._index

    @index.setter
    def index(self, labels):
        labels = _ensure_index(labels)
        if len(labels) != len(self):
            raise ValueError('Length mismatch: Expected axis has %d elements, new values have %d elements'
                             % (len(self), len(labels)))
        self._index = labels

    @property
    def shape(self):
        return (len(self._index), len(self._columns))

    @property
    def size(self):
        return len(self._index) * len(self._columns)

    @property
    def ndim(self):
        return 2

    @property
    def empty(self):
        return len(self._index) == 0 or not self._columns

    @property
    def dtypes(self):
        return Series(_object_array([self._data[c].dtype for c in self._columns]), index=list(self._columns))

    def __len__(self):
        return len(self._index)

    def __iter__(self):
        return iter(list(self._columns))

    def __contains__(self, name):
        return name in self._data

    def keys(self):
        return self.columns

    def items(self):
        return [(c, self[c]) for c in self._columns]

    iteritems = items

    def iterrows(self):
        for i, label in enumerate(self._index):
            yield label, self.iloc[i]

    def _matrix(self, names):
        arrays = [self._data[c] for c in names]
        if not arrays:
            return np.zeros((len(self), 0))
        dtype = _common_dtype(arrays)
        if dtype is None:
            rows = [list(r) for r in zip(*[a.tolist() for a in arrays])]
            return np.array(rows, dtype=object).reshape(len(self), len(arrays))
        return np.stack([a.astype(dtype) for a in arrays], axis=1)

    @property
    def values(self):
        return self._matrix(self._columns)

    def as_matrix(self, columns=None):
        return self._matrix(self._columns if columns is None else list(columns))

    def to_numpy(self, dtype=None, copy=False):
        m = self._matrix(self._columns)
        return m.astype(dtype) if dtype is not None else m

    def __array__(self, dtype=None):
        return self._matrix(self._columns)

    def __array_wrap__(self, result, context=None):
        """NumPy ufuncs on a DataFrame (np.log(df)) give a DataFrame with its index and columns."""
        if np.ndim(result) != 2 or result.shape != self.shape:
            return result
        return self._with_columns(self._columns, [result[:, j] for j in range(len(self._columns))])

    def copy(self, deep=True):
        return DataFrame._new(self._columns, dict((c, a.copy()) for c, a in self._data.items()), self._index)

    def __repr__(self):
        return _format._frame_text(self)

    __str__ = __repr__

    def to_string(self):
        return _format._frame_text(self)

    # ---- columns
    def _column(self, name):
        if name not in self._data:
            raise KeyError(name)
        column = Series._new(self._data[name], self._index, name)
        # df['Age'].fillna(..., inplace=True) and df['a'][mask] = v change the frame, as the cached
        # column Series of pandas 0.2x does.
        column._parent = (self, name)
        return column

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self.iloc[key]
        if isinstance(key, (Series, np.ndarray)) or (isinstance(key, list) and key and isinstance(key[0], bool)):
            mask = np.asarray(key._values if isinstance(key, Series) else key)
            if mask.dtype.kind == 'b':
                return self._take(np.where(mask)[0].tolist()) if len(mask) == len(self) else self._bad_mask(mask)
            key = mask.tolist()
        if isinstance(key, (list, Index)):
            missing = [k for k in key if k not in self._data]
            if missing:
                raise KeyError('%s not in index' % (missing,))
            return self._with_columns(list(key))
        return self._column(key)

    def _bad_mask(self, mask):
        raise ValueError('Item wrong length %d instead of %d.' % (len(mask), len(self)))

    def __getattr__(self, name):
        if not name.startswith('_') and name in self.__dict__.get('_data', {}):
            return self._column(name)
        raise AttributeError("'DataFrame' object has no attribute '%s'" % name)

    def __setitem__(self, key, value):
        if isinstance(key, (list, tuple)):
            if isinstance(value, DataFrame):
                for k, c in zip(key, value._columns):
                    self[k] = value._data[c]
                return
            raise NotImplementedError("df[[...]] = value is not supported by Gradbook's pandas for a non-DataFrame value")
        if isinstance(key, (Series, np.ndarray)):
            raise NotImplementedError("df[mask] = value is not supported by Gradbook's pandas; use df.loc[mask, column]")
        if not self._columns and not len(self._index) and _is_list_like(value):
            # A frame with no columns and no rows takes the first column's rows (pandas'
            # _ensure_valid_index): `df = pd.DataFrame(); df['p'] = pd.Series(predictions)`.
            self._index = value._index if isinstance(value, Series) else _default_index(len(value))
        self._data[key] = self._column_values(value)
        if key not in self._columns:
            self._columns.append(key)

    def _column_values(self, value):
        n = len(self)
        if isinstance(value, Series):
            if not value._index.equals(self._index):
                positions = dict((label, i) for i, label in enumerate(value._index))
                items = value._values.tolist()
                return _as_column([items[positions[l]] if l in positions else np.nan for l in self._index])
            return value._values.copy()
        if isinstance(value, DataFrame):
            if len(value._columns) != 1:
                raise ValueError('Wrong number of items passed %d, placement implies 1' % len(value._columns))
            return self._column_values(value._column(value._columns[0]))
        if _is_list_like(value):
            array = _as_column(value)
            if len(array) != n:
                raise ValueError('Length of values (%d) does not match length of index (%d)' % (len(array), n))
            return array
        return _as_column([value] * n)

    def __delitem__(self, key):
        self._columns.remove(key)
        del self._data[key]

    def pop(self, item):
        column = self._column(item)
        del self[item]
        return column

    def insert(self, loc, column, value, allow_duplicates=False):
        if column in self._data:
            raise ValueError('cannot insert %s, already exists' % (column,))
        self._data[column] = self._column_values(value)
        self._columns.insert(loc, column)

    def drop(self, labels=None, axis=0, index=None, columns=None, inplace=False, errors='raise'):
        if axis in (1, 'columns') and labels is not None:
            columns, labels = labels, None
        if labels is not None:
            index = labels
        names = list(self._columns)
        if columns is not None:
            for c in (columns if isinstance(columns, (list, tuple, Index)) else [columns]):
                if c not in self._data:
                    if errors == 'raise':
                        raise KeyError('%s not found in axis' % ([c],))
                    continue
                names.remove(c)
        result = self._with_columns(names)
        if index is not None:
            drop = set(index if isinstance(index, (list, tuple, Index)) else [index])
            for label in drop:
                if label not in self._index and errors == 'raise':
                    raise KeyError('%s not found in axis' % ([label],))
            result = result._take([i for i, l in enumerate(self._index) if l not in drop])
        return self._result(result, inplace)

    def _result(self, result, inplace):
        if not inplace:
            return result
        self._columns, self._data, self._index = result._columns, result._data, result._index
        return None

    def rename(self, columns=None, index=None, inplace=False):
        _refuse('rename', index=index)
        mapping = columns or {}
        get = mapping if callable(mapping) else (lambda c: mapping.get(c, c))
        names = [get(c) for c in self._columns]
        result = DataFrame._new(names, dict((get(c), self._data[c]) for c in self._columns), self._index)
        return self._result(result, inplace)

    def astype(self, dtype, copy=True):
        if isinstance(dtype, dict):
            arrays = [_astype(self._data[c], dtype[c]) if c in dtype else self._data[c] for c in self._columns]
        else:
            arrays = [_astype(self._data[c], dtype) for c in self._columns]
        return self._with_columns(self._columns, arrays)

    # ---- rows
    def _take(self, positions):
        positions = list(positions)
        # One index array for every column (a frame of pixels has hundreds).
        at = np.array(positions, dtype=np.int64) if positions else None
        return DataFrame._new(self._columns, dict((c, a[at] if at is not None else a[:0]) for c, a in self._data.items()),
                              Index([self._index[p] for p in positions]))

    @property
    def iloc(self):
        from pandas._indexing import _FrameILoc
        return _FrameILoc(self)

    @property
    def loc(self):
        from pandas._indexing import _FrameLoc
        return _FrameLoc(self)

    def head(self, n=5):
        return self._take(range(min(n, len(self)))) if n >= 0 else self._take(range(max(len(self) + n, 0)))

    def tail(self, n=5):
        return self._take(range(max(len(self) - n, 0), len(self)))

    def sample(self, n=None, frac=None, replace=False, weights=None, random_state=None, axis=None):
        _refuse('sample', replace=replace, weights=weights, axis=axis)
        if n is None and frac is None:
            n = 1
        elif n is None:
            n = int(round(frac * len(self)))
        elif frac is not None:
            raise ValueError('Please enter a value for `frac` OR `n`, not both')
        if random_state is None:
            rs = np.random
        elif isinstance(random_state, int):
            rs = np.random.RandomState(random_state)
        else:
            rs = random_state
        # pandas draws rows as numpy's choice without replacement: the first n of a permutation.
        positions = rs.permutation(len(self))[:n].tolist()
        return self._take(positions)

    def reset_index(self, level=None, drop=False, inplace=False):
        _refuse('reset_index', level=level)
        if drop:
            result = DataFrame._new(self._columns, self._data, _default_index(len(self)))
        else:
            name = 'index' if 'index' not in self._data else 'level_0'
            result = DataFrame._new([name] + self._columns, dict(self._data), _default_index(len(self)))
            result._data[name] = _as_column(list(self._index))
        return self._result(result, inplace)

    def set_index(self, keys, drop=True, inplace=False):
        if not isinstance(keys, str):
            raise NotImplementedError("set_index() of anything but one column name is not supported by Gradbook's pandas")
        labels = Index(self._data[keys].tolist(), name=keys)
        names = [c for c in self._columns if c != keys] if drop else list(self._columns)
        result = DataFrame._new(names, dict((c, self._data[c]) for c in names), labels)
        return self._result(result, inplace)

    def reindex(self, index=None, columns=None):
        """Rows in the order of the labels `index` and/or the given columns; a label not in the
        index gives a row of missing values (ints become floats and bools objects to hold NaN)."""
        result = self
        if index is not None:
            positions = dict((label, i) for i, label in enumerate(self._index))
            labels = list(index)
            rows = [positions.get(label) for label in labels]
            if None in rows:
                data = dict((c, _take_or_missing(a, rows)) for c, a in self._data.items())
            else:
                # One index array for every column (a frame of pixels has hundreds).
                at = np.array(rows, dtype=np.int64)
                data = dict((c, a[at]) for c, a in self._data.items())
            result = DataFrame._new(self._columns, data, _ensure_index(labels))
        if columns is not None:
            result = result[list(columns)]
        return result

    def sort_values(self, by, ascending=True, inplace=False):
        order = self._column(by).sort_values(ascending=ascending)._index
        positions = dict((l, i) for i, l in enumerate(self._index))
        return self._result(self._take([positions[l] for l in order]), inplace)

    # ---- missing values
    def isnull(self):
        return self._with_columns(self._columns, [_missing_mask(self._data[c]) for c in self._columns])

    isna = isnull

    def notnull(self):
        return self._with_columns(self._columns, [~_missing_mask(self._data[c]) for c in self._columns])

    notna = notnull

    def dropna(self, axis=0, how='any', thresh=None, subset=None, inplace=False):
        _refuse('dropna', thresh=thresh)
        names = self._columns if subset is None else list(subset)
        if axis in (1, 'columns'):
            keep = [c for c in self._columns if not (_missing_mask(self._data[c]).any() if how == 'any'
                                                      else _missing_mask(self._data[c]).all())]
            return self._result(self._with_columns(keep), inplace)
        masks = [_missing_mask(self._data[c]) for c in names]
        if not masks:
            return self._result(self.copy(), inplace)
        drop = masks[0].copy()
        for m in masks[1:]:
            drop = (drop | m) if how == 'any' else (drop & m)
        return self._result(self._take(np.where(~drop)[0].tolist()), inplace)

    def fillna(self, value=None, method=None, inplace=False):
        _refuse('fillna', method=method)
        arrays = []
        for c in self._columns:
            fill = value.get(c) if isinstance(value, dict) else (value[c] if isinstance(value, Series) and c in value._index else value)
            s = Series._new(self._data[c], self._index, c)
            arrays.append(s.fillna(fill)._values if fill is not None else self._data[c])
        return self._result(self._with_columns(self._columns, arrays), inplace)

    # ---- statistics
    def groupby(self, by=None, axis=0, level=None, as_index=True, sort=True, group_keys=True, squeeze=False,
                observed=False):
        from pandas._groupby import groupby
        return groupby(self, by, axis=axis, level=level, as_index=as_index, sort=sort, group_keys=group_keys,
                       squeeze=squeeze, observed=observed)

    def describe(self, percentiles=None, include=None):
        _refuse('describe', percentiles=percentiles, include=include)
        names = [c for c in self._columns if self._data[c].dtype.kind in 'iuf']
        if not names:
            raise NotImplementedError("describe() of a DataFrame without numeric columns is not supported by Gradbook's pandas")
        arrays = [np.array(_describe_column(self._data[c])[1], dtype=np.float64) for c in names]
        return DataFrame._new(names, dict(zip(names, arrays)), Index(_DESCRIBE))

    def _reduce(self, method, axis=0, numeric_only=None, **kwargs):
        if axis in (1, 'columns'):
            rows = [getattr(self.iloc[i], method)(**kwargs) for i in range(len(self))]
            return Series(rows, index=self._index)
        names = [c for c in self._columns if self._data[c].dtype.kind in 'iufb' or method in ('count', 'sum', 'min', 'max')]
        values = [getattr(self._column(c), method)(**kwargs) for c in names]
        return Series(values, index=names)

    def mean(self, axis=0, skipna=True, numeric_only=None):
        return self._reduce('mean', axis)

    def std(self, axis=0, skipna=True, ddof=1, numeric_only=None):
        return self._reduce('std', axis, ddof=ddof)

    def var(self, axis=0, skipna=True, ddof=1, numeric_only=None):
        return self._reduce('var', axis, ddof=ddof)

    def median(self, axis=0, skipna=True, numeric_only=None):
        return self._reduce('median', axis)

    def sum(self, axis=0, skipna=True, numeric_only=None):
        return self._reduce('sum', axis)

    def min(self, axis=0, skipna=True, numeric_only=None):
        return self._reduce('min', axis)

    def max(self, axis=0, skipna=True, numeric_only=None):
        return self._reduce('max', axis)

    def count(self, axis=0):
        return self._reduce('count', axis)

    def nunique(self):
        return Series([self._column(c).nunique() for c in self._columns], index=list(self._columns))

    def corr(self):
        """Pearson correlations of the numeric columns, each pair over the rows where both are present."""
        names = [c for c in self._columns if self._data[c].dtype.kind in 'iufb']
        columns = [self._data[c].astype(np.float64) for c in names]
        m = np.ones((len(names), len(names)))
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                both = ~(np.isnan(columns[i]) | np.isnan(columns[j]))
                a, b = columns[i][both], columns[j][both]
                a, b = a - a.mean(), b - b.mean()
                m[i, j] = m[j, i] = float((a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum()))
        return DataFrame(m, index=names, columns=names)

    def apply(self, func, axis=0, **kwds):
        if axis in (1, 'columns'):
            return Series([func(self.iloc[i], **kwds) for i in range(len(self))], index=self._index)
        results = [func(self._column(c), **kwds) for c in self._columns]
        if all(isinstance(r, Series) for r in results):
            return DataFrame._new(self._columns, dict((c, r._values) for c, r in zip(self._columns, results)),
                                  results[0]._index if results else self._index)
        return Series(results, index=list(self._columns))

    def applymap(self, func):
        return self._with_columns(self._columns, [_as_column([func(v) for v in self._data[c].tolist()]) for c in self._columns])

    # ---- arithmetic
    def _binary(self, op, other, reverse=False):
        if isinstance(other, DataFrame):
            if other._columns != self._columns or not other._index.equals(self._index):
                raise NotImplementedError("arithmetic between DataFrames with different labels (alignment) is not "
                                          "supported by Gradbook's pandas")
            rights = [other._data[c] for c in self._columns]
        elif isinstance(other, Series):
            # A Series lines up with the columns by label, as in (df - df.mean()) / df.std().
            lookup = dict(zip(other._index, other._values.tolist()))
            if set(lookup) != set(self._columns):
                raise NotImplementedError("DataFrame op Series whose labels are not the frame's columns is not "
                                          "supported by Gradbook's pandas")
            rights = [lookup[c] for c in self._columns]
        elif isinstance(other, np.ndarray) and other.ndim == 2:
            rights = [other[:, j] for j in range(other.shape[1])]
        else:
            rights = [other] * len(self._columns)
        arrays = []
        for c, right in zip(self._columns, rights):
            s = Series._new(self._data[c], self._index, c)
            arrays.append(s._binary(op, right, reverse)._values)
        return self._with_columns(self._columns, arrays)

    def _compare(self, op, other):
        result = self._binary(op, other)
        return result._with_columns(result._columns, [np.asarray(result._data[c], dtype=bool) for c in result._columns])

    def __neg__(self):
        return self._with_columns(self._columns, [-self._data[c] for c in self._columns])

    def __invert__(self):
        return self._with_columns(self._columns, [~self._data[c] for c in self._columns])

    def __bool__(self):
        raise ValueError('The truth value of a DataFrame is ambiguous. Use a.empty, a.bool(), a.item(), a.any() or a.all().')

    def hist(self, column=None, by=None, grid=True, xlabelsize=None, xrot=None, ylabelsize=None, yrot=None,
             ax=None, sharex=False, sharey=False, figsize=None, layout=None, bins=10, **kwds):
        from pandas._plotting import hist_frame
        return hist_frame(self, column=column, by=by, grid=grid, xlabelsize=xlabelsize, xrot=xrot,
                          ylabelsize=ylabelsize, yrot=yrot, ax=ax, sharex=sharex, sharey=sharey, figsize=figsize,
                          layout=layout, bins=bins, **kwds)

    def info(self, *args, **kwargs):
        raise NotImplementedError("DataFrame.info() is not supported by Gradbook's pandas")

    def to_csv(self, *args, **kwargs):
        raise NotImplementedError("DataFrame.to_csv() is not supported by Gradbook's pandas")


def _set_cells(self, rows, names, value):
    """Assignment through loc/iloc: a scalar, a list/array/Series for one column, or a 2-d array."""
    for j, name in enumerate(names):
        column = Series._new(self._data[name], self._index, name)
        if isinstance(value, np.ndarray) and value.ndim == 2:
            part = value[:, j]
        elif isinstance(value, Series) and len(names) == 1:
            lookup = dict(zip(value._index, value._values.tolist()))
            part = [lookup.get(self._index[r], np.nan) for r in rows]
        else:
            part = value
        column._set_positions(rows, part)
        self._data[name] = column._values


DataFrame._set_cells = _set_cells
