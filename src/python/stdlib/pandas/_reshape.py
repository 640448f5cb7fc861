"""pd.concat of frames or Series along rows or columns, and pd.get_dummies (one uint8 indicator
column per distinct value, in sorted order, named prefix_value)."""
import numpy as np
from pandas._column import _as_column, _object_array, _missing_mask
from pandas._format import _is_missing
from pandas._index import Index, _default_index
from pandas.frame import DataFrame
from pandas.series import Series


def concat(objs, axis=0, join='outer', ignore_index=False, keys=None, sort=None):
    """Frames or Series stacked along rows (columns united, missing cells NaN) or side by side
    (axis=1, equal indexes only)."""
    if keys is not None or join != 'outer':
        raise NotImplementedError("concat() arguments 'keys' and 'join' are not supported by Gradbook's pandas")
    objs = [o for o in objs if o is not None]
    if not objs:
        raise ValueError('No objects to concatenate')
    if axis in (1, 'columns'):
        names, data = [], {}
        index = objs[0]._index
        for o in objs:
            if not o._index.equals(index):
                raise NotImplementedError("concat(axis=1) of differently indexed objects is not supported by Gradbook's pandas")
            frame = o if isinstance(o, DataFrame) else o.to_frame()
            for c in frame._columns:
                names.append(c)
                data[c] = frame._data[c]
        return DataFrame._new(names, data, _default_index(len(index)) if ignore_index else index)
    if all(isinstance(o, Series) for o in objs):
        values = _as_column(sum([o._values.tolist() for o in objs], []))
        index = _default_index(len(values)) if ignore_index else Index(sum([list(o._index) for o in objs], []))
        names = set(o.name for o in objs)
        return Series._new(values, index, objs[0].name if len(names) == 1 else None)
    frames = [o if isinstance(o, DataFrame) else o.to_frame() for o in objs]
    names = []
    for f in frames:
        names.extend(c for c in f._columns if c not in names)
    data = {}
    for c in names:
        items = []
        for f in frames:
            items.extend(f._data[c].tolist() if c in f._data else [np.nan] * len(f))
        typed = [f._data[c] for f in frames if c in f._data]
        if all(a.dtype.kind == 'O' for a in typed):
            data[c] = _object_array(items)
        else:
            data[c] = _as_column(items)
    n = sum(len(f) for f in frames)
    index = _default_index(n) if ignore_index else Index(sum([list(f._index) for f in frames], []))
    return DataFrame._new(names, data, index)


def _sorted_values(values):
    present = [v for v in values if not _is_missing(v)]
    return sorted(set(present))


def _dummies(values, prefix, prefix_sep):
    cats = _sorted_values(values)
    names = [('%s%s%s' % (prefix, prefix_sep, c)) if prefix is not None else c for c in cats]
    arrays = [np.array([v == c for v in values], dtype=np.uint8) for c in cats]
    return names, arrays


def get_dummies(data, prefix=None, prefix_sep='_', dummy_na=False, columns=None, sparse=False, drop_first=False,
                dtype=None):
    """One uint8 indicator column per distinct value (sorted) of a Series, or of a frame's text
    columns (or `columns`), named prefix + prefix_sep + value."""
    if dummy_na or sparse or drop_first:
        raise NotImplementedError("get_dummies() arguments 'dummy_na', 'sparse' and 'drop_first' are not supported "
                                  "by Gradbook's pandas")
    if isinstance(data, DataFrame):
        encode = list(columns) if columns is not None else [c for c in data._columns if data._data[c].dtype.kind == 'O']
        if isinstance(prefix, str):
            prefixes = [prefix] * len(encode)
        elif isinstance(prefix, dict):
            prefixes = [prefix[c] for c in encode]
        else:
            prefixes = list(prefix) if prefix is not None else list(encode)
        names = [c for c in data._columns if c not in encode]
        result = dict((c, data._data[c]) for c in names)
        for c, p in zip(encode, prefixes):
            dnames, arrays = _dummies(data._data[c].tolist(), p, prefix_sep)
            for n, a in zip(dnames, arrays):
                names.append(n)
                result[n] = a.astype(dtype) if dtype is not None else a
        return DataFrame._new(names, result, data._index)
    series = data if isinstance(data, Series) else Series(data)
    dnames, arrays = _dummies(series._values.tolist(), prefix, prefix_sep)
    if dtype is not None:
        arrays = [a.astype(dtype) for a in arrays]
    return DataFrame._new(dnames, dict(zip(dnames, arrays)), series._index)
