"""iloc (positions) and loc (labels) for Series and DataFrame: an int, a slice, a list or array of
positions/labels, or a boolean mask for rows, and for frames a second key for columns. loc slices
include their end label, as pandas' do."""
import numpy as np
from pandas._column import _take
from pandas._index import Index


def _mask_or_list(key):
    if hasattr(key, '_values') and not isinstance(key, np.ndarray):
        key = key._values
    return np.asarray(key)


def _positions(key, n):
    """Row positions for an iloc key, and whether the key picks a single row."""
    if isinstance(key, slice):
        return list(range(n))[key], False
    if isinstance(key, (list, np.ndarray, Index)) or hasattr(key, '_values'):
        array = _mask_or_list(key)
        if array.dtype.kind == 'b':
            if len(array) != n:
                raise IndexError('Boolean index has wrong length: %d instead of %d' % (len(array), n))
            return np.where(array)[0].tolist(), False
        out = []
        for p in array.tolist():
            if p < -n or p >= n:
                raise IndexError('positional indexers are out-of-bounds')
            out.append(p + n if p < 0 else p)
        return out, False
    if isinstance(key, (int, np.integer)) and not isinstance(key, bool):
        p = int(key)
        if p < -n or p >= n:
            raise IndexError('single positional indexer is out-of-bounds')
        return [p + n if p < 0 else p], True
    raise TypeError('Cannot index by location index with a non-integer key')


def _label_positions(index, key):
    """Row positions for a loc key over `index`, and whether it picks a single row."""
    if isinstance(key, slice):
        if key.step is not None:
            raise NotImplementedError("loc slices with a step are not supported by Gradbook's pandas")
        start = 0 if key.start is None else index.get_loc(key.start)
        stop = len(index) - 1 if key.stop is None else index.get_loc(key.stop)
        return list(range(start, stop + 1)), False
    if isinstance(key, (list, np.ndarray, Index)) or hasattr(key, '_values'):
        array = _mask_or_list(key)
        if array.dtype.kind == 'b':
            if len(array) != len(index):
                raise IndexError('Boolean index has wrong length: %d instead of %d' % (len(array), len(index)))
            return np.where(array)[0].tolist(), False
        missing = [k for k in array.tolist() if k not in index]
        if missing:
            raise KeyError('%s not in index' % (missing,))
        return [index.get_loc(k) for k in array.tolist()], False
    return [index.get_loc(key)], True


class _SeriesILoc(object):
    def __init__(self, series):
        self._s = series

    def _resolve(self, key):
        return _positions(key, len(self._s))

    def __getitem__(self, key):
        positions, single = self._resolve(key)
        if single:
            v = self._s._values[positions[0]]
            return v.item() if isinstance(v, np.generic) else v
        return self._s._take(positions)

    def __setitem__(self, key, value):
        positions, _ = self._resolve(key)
        self._s._set_positions(positions, value)


class _SeriesLoc(_SeriesILoc):
    def _resolve(self, key):
        return _label_positions(self._s._index, key)


class _FrameILoc(object):
    def __init__(self, frame):
        self._f = frame

    def _rows(self, key):
        return _positions(key, len(self._f))

    def _cols(self, key):
        names = self._f._columns
        positions, single = _positions(key, len(names))
        return [names[p] for p in positions], single

    def _split(self, key):
        if isinstance(key, tuple):
            if len(key) != 2:
                raise IndexError('Too many indexers')
            return key[0], key[1]
        return key, slice(None)

    def __getitem__(self, key):
        from pandas.series import Series
        row_key, col_key = self._split(key)
        rows, single_row = self._rows(row_key)
        names, single_col = self._cols(col_key)
        f = self._f
        if single_row and single_col:
            v = f._data[names[0]][rows[0]]
            return v.item() if isinstance(v, np.generic) else v
        if single_col:
            return Series._new(_take(f._data[names[0]], rows), Index([f._index[p] for p in rows]), names[0])
        sub = f._take(rows)._with_columns(names)
        if single_row:
            values = [sub._data[c].tolist()[0] for c in names]
            return Series(values, index=names, name=f._index[rows[0]])
        return sub

    def __setitem__(self, key, value):
        row_key, col_key = self._split(key)
        rows, _ = self._rows(row_key)
        names, _ = self._cols(col_key)
        self._f._set_cells(rows, names, value)


class _FrameLoc(_FrameILoc):
    def _rows(self, key):
        return _label_positions(self._f._index, key)

    def _cols(self, key):
        names = self._f._columns
        positions, single = _label_positions(Index(names), key)
        return [names[p] for p in positions], single

    def __setitem__(self, key, value):
        row_key, col_key = self._split(key)
        f = self._f
        if not isinstance(col_key, (slice, list, np.ndarray)) and col_key not in f._data:
            f[col_key] = np.nan
        rows, _ = self._rows(row_key)
        names, _ = self._cols(col_key)
        f._set_cells(rows, names, value)
