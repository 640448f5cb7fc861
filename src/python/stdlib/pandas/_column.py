"""The numpy arrays behind Series and DataFrame columns, with pandas' dtype rules: Python ints →
int64, any float or missing value among numbers → float64, all bools → bool, anything else (text,
mixtures) → object with NaN for missing values."""
import numpy as np
from pandas._format import _is_missing

_NUMERIC = 'iufb'


def _infer(items):
    if all(isinstance(v, bool) or isinstance(v, np.bool_) for v in items) and items:
        return np.array(items, dtype=bool)
    numbers = True
    floats = False
    for v in items:
        if isinstance(v, bool):
            numbers = False
            break
        if isinstance(v, (int, np.integer)):
            continue
        if isinstance(v, (float, np.floating)) or v is None:
            floats = True
            continue
        numbers = False
        break
    if numbers:
        if floats:
            return np.array([np.nan if v is None else float(v) for v in items], dtype=np.float64)
        return np.array(items, dtype=np.int64)
    return _object_array(items)


def _object_array(items):
    return np.array([np.nan if v is None else v for v in items], dtype=object)


def _as_column(data, dtype=None):
    """A 1-d numpy array for column data: an ndarray, a list or other iterable, or a Series."""
    if hasattr(data, '_values') and not isinstance(data, np.ndarray):
        data = data._values
    if isinstance(data, np.ndarray):
        if data.ndim != 1:
            raise ValueError('Data must be 1-dimensional')
        array = data if data.dtype.kind in _NUMERIC or data.dtype.kind == 'O' else _object_array(data.tolist())
    else:
        array = _infer(list(data))
    return _astype(array, dtype) if dtype is not None else array


def _astype(array, dtype):
    if dtype in (str, 'str'):
        return _object_array([str(v) for v in array.tolist()])
    if dtype in (object, 'object', 'O'):
        return _object_array(array.tolist())
    if dtype == 'category':
        raise NotImplementedError("_astype('category') is not supported by Gradbook's pandas")
    target = np.dtype(dtype)
    if array.dtype.kind == 'O':
        items = array.tolist()
        if target.kind in 'iu' and any(_is_missing(v) for v in items):
            raise ValueError('Cannot convert non-finite values (NA or inf) to integer')
        if target.kind in 'iu':
            return np.array([int(v) for v in items], dtype=target)
        if target.kind == 'f':
            return np.array([float(v) for v in items], dtype=target)
        if target.kind == 'b':
            return np.array([bool(v) for v in items], dtype=target)
    if target.kind in 'iu' and array.dtype.kind == 'f' and bool(np.isnan(array).any()):
        raise ValueError('Cannot convert non-finite values (NA or inf) to integer')
    return array.astype(target)


def _missing_mask(array):
    """True where a value is missing: NaN in floats, None or NaN in objects, never in ints or bools."""
    if array.dtype.kind == 'f':
        return np.isnan(array)
    if array.dtype.kind == 'O':
        return np.array([_is_missing(v) for v in array.tolist()], dtype=bool)
    return np.zeros(len(array), dtype=bool)


def _take(array, positions):
    return array[np.asarray(positions, dtype=np.int64)] if len(positions) else array[:0]


def _take_or_missing(array, positions):
    """_take where a position may be None (a label reindex() did not find): a missing value there,
    so ints become float64 and bools object, as pandas upcasts to hold NaN. Callers with no None
    call _take (the test is per frame, not per column)."""
    if array.dtype.kind in 'iuf':
        out = array.astype(np.float64) if array.dtype.kind != 'f' else array
        return np.array([np.nan if p is None else out[p] for p in positions], dtype=out.dtype)
    items = array.tolist()
    return _object_array([None if p is None else items[p] for p in positions])


def _common_dtype(arrays):
    """The dtype of DataFrame.values: one numeric type for numbers, object when any column is text or
    when bools meet numbers."""
    kinds = set(a.dtype.kind for a in arrays)
    if not arrays or 'O' in kinds or ('b' in kinds and len(kinds) > 1):
        return None
    if kinds == {'b'}:
        return np.dtype(bool)
    result = arrays[0].dtype
    for a in arrays[1:]:
        # NumPy's promotion of the two dtypes (what np.result_type gives).
        result = np.concatenate([np.zeros(1, dtype=result), np.zeros(1, dtype=a.dtype)]).dtype
    return np.dtype(result)
