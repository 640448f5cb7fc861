"""pandas.read_csv over Gradbook's csv module: a header row or names=, skiprows, NA strings, and
pandas' per-column type inference (all ints → int64, ints with a missing value or any float →
float64, True/False → bool, anything else → object with NaN for missing fields)."""
import csv
import io
import re
import numpy as np
from pandas._column import _astype, _object_array
from pandas._index import _default_index
from pandas.frame import DataFrame

DEFAULT_NA = frozenset(['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN',
                        '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'n/a', 'nan', 'null'])
_INT = re.compile(r'^\s*[+-]?[0-9]+\s*$')
_TRUE = frozenset(['True', 'TRUE', 'true'])
_FALSE = frozenset(['False', 'FALSE', 'false'])

_SUPPORTED = frozenset(['sep', 'delimiter', 'header', 'names', 'index_col', 'usecols', 'dtype', 'skipinitialspace',
                        'skiprows', 'nrows', 'na_values', 'keep_default_na', 'engine', 'encoding', 'comment',
                        'delim_whitespace', 'quotechar', 'skip_blank_lines', 'low_memory', 'squeeze'])


def _text(source, encoding):
    if hasattr(source, 'read'):
        text = source.read()
    else:
        with open(source, 'rb') as f:
            text = f.read()
    if isinstance(text, bytes):
        text = text.decode(encoding or 'utf-8')
    return text


def _records(text, sep, skipinitialspace, quotechar, comment):
    lines = text.splitlines()
    if comment:
        lines = [line.split(comment, 1)[0] if comment in line else line for line in lines]
    if sep is None:
        return [line.split() for line in lines]
    if len(sep) != 1:
        raise NotImplementedError("read_csv(sep=%r): only one-character separators and r'\\s+' are supported by "
                                  "Gradbook's pandas" % sep)
    return list(csv.reader(lines, delimiter=sep, skipinitialspace=skipinitialspace, quotechar=quotechar))


def _ints(texts):
    """The texts as ints, or None when one is not an integer (isdigit first: the regex is slow here)."""
    out = []
    for t in texts:
        if not (t.isdigit() or _INT.match(t)):
            return None
        out.append(int(t))
    return out


def _floats(texts):
    """The texts as floats, or None when one is not a number pandas reads. Python's float() does the
    parsing (one pass, much faster here than a regex per field); '_' is its own digit separator."""
    out = []
    for t in texts:
        if '_' in t:
            return None
        try:
            out.append(float(t))
        except ValueError:
            return None
    return out


def _convert(fields, na):
    """A column's array from its text fields, typed as pandas infers."""
    missing = [f is None or f in na for f in fields]
    present = [f for f, m in zip(fields, missing) if not m]
    numbers = _ints(present) if present else None
    if numbers is not None and not any(missing):
        return np.array(numbers, dtype=np.int64)
    if numbers is None:
        numbers = _floats(present)
    if numbers is not None:
        values = iter(numbers)
        return np.array([np.nan if m else float(next(values)) for m in missing], dtype=np.float64)
    if not any(missing) and all(f in _TRUE or f in _FALSE for f in present):
        return np.array([f in _TRUE for f in fields], dtype=bool)
    return _object_array([np.nan if m else f for f, m in zip(fields, missing)])


def _digit_columns(records, fields, keep, sep, na):
    """{column: int64 array} for the columns whose every field is plain digits (no sign, no missing
    value), parsed together by np.loadtxt: a file of pixels (MNIST as CSV) has hundreds of thousands
    of such fields, which _convert would take one by one. The digits test is one str.isdigit over
    the column's joined text; at most 18 digits keeps every value inside int64. Only when the
    records can be rejoined by sep exactly (one-character sep, no field holding it or a line break)."""
    if sep is None or not records or len(fields) != len(records[0]):
        return {}
    columns = [j for j in keep if na.isdisjoint(fields[j]) and ''.join(fields[j]).isdigit()
               and max(map(len, fields[j])) <= 18]
    if not columns:
        return {}
    text = '\n'.join(map(sep.join, records))
    # A quoted field holding sep or a line break would not split back the same way.
    if text.count(sep) != sum(map(len, records)) - len(records) or text.count('\n') != len(records) - 1:
        return {}
    matrix = np.loadtxt(io.StringIO(text), delimiter=sep, dtype=np.int64, usecols=columns, ndmin=2)
    return dict((j, matrix[:, i].copy()) for i, j in enumerate(columns))


def _dedupe(names):
    seen, out = {}, []
    for name in names:
        base = name
        if name in seen:
            seen[base] += 1
            name = '%s.%d' % (base, seen[base])
        else:
            seen[name] = 0
        out.append(name)
    return out


def read_csv(filepath_or_buffer, **kwargs):
    """A DataFrame from a CSV path or text buffer. Supported: sep/delimiter (one character, or
    r'\s+'), header, names, index_col (one column), usecols, dtype, skipinitialspace, skiprows (an
    int or a list), nrows, na_values, keep_default_na, comment, quotechar, encoding; any other
    argument raises NotImplementedError."""
    unknown = sorted(set(kwargs) - _SUPPORTED)
    if unknown:
        raise NotImplementedError("read_csv() argument '%s' is not supported by Gradbook's pandas" % unknown[0])
    if kwargs.get('squeeze'):
        raise NotImplementedError("read_csv() argument 'squeeze' is not supported by Gradbook's pandas")
    if kwargs.get('skip_blank_lines', True) is not True:
        raise NotImplementedError("read_csv(skip_blank_lines=False) is not supported by Gradbook's pandas")
    sep = kwargs.get('delimiter') or kwargs.get('sep', ',')
    if kwargs.get('delim_whitespace') or sep in (r'\s+', ' +') and sep != ' ':
        sep = None
    header = kwargs.get('header', 'infer')
    names = kwargs.get('names')
    if header == 'infer':
        header = None if names is not None else 0
    if header is not None and not isinstance(header, int):
        raise NotImplementedError("read_csv(header=%r): only an int row or None are supported by Gradbook's pandas" % (header,))
    na = set(DEFAULT_NA) if kwargs.get('keep_default_na', True) else set()
    na_values = kwargs.get('na_values')
    if isinstance(na_values, dict):
        raise NotImplementedError("read_csv(na_values=dict) is not supported by Gradbook's pandas")
    if na_values is not None:
        na |= set([na_values] if isinstance(na_values, str) else [str(v) for v in na_values])

    records = _records(_text(filepath_or_buffer, kwargs.get('encoding')), sep, kwargs.get('skipinitialspace', False),
                       kwargs.get('quotechar', '"'), kwargs.get('comment'))
    skiprows = kwargs.get('skiprows')
    if callable(skiprows):
        raise NotImplementedError("read_csv(skiprows=callable) is not supported by Gradbook's pandas")
    if skiprows is not None:
        skip = set(range(skiprows)) if isinstance(skiprows, int) else set(skiprows)
        records = [r for i, r in enumerate(records) if i not in skip]
    records = [r for r in records if r]
    if header is not None:
        if header >= len(records):
            raise ValueError('No columns to parse from file')
        file_names = records[header]
        records = records[header + 1:]
        if names is None:
            names = [n if n != '' else 'Unnamed: %d' % i for i, n in enumerate(file_names)]
    nrows = kwargs.get('nrows')
    if nrows is not None:
        records = records[:nrows]
    width = max([len(r) for r in records] + [len(names) if names is not None else 0])
    if names is None:
        names = list(range(width))
    names = _dedupe(list(names))
    index_col = kwargs.get('index_col')
    implicit_index = len(names) < width and index_col is None and records
    if implicit_index:
        raise NotImplementedError("read_csv: rows with more fields than names (an implicit index) are not supported "
                                  "by Gradbook's pandas")
    for i, r in enumerate(records):
        if len(r) > len(names):
            raise ValueError('Error tokenizing data. C error: Expected %d fields in line %d, saw %d'
                             % (len(names), i + 1 + (header + 1 if header is not None else 0), len(r)))
    if records and all(len(r) == len(names) for r in records):
        # zip(*records) transposes in one builtin call: far quicker here than a loop per field.
        fields = list(zip(*records))
    else:
        fields = [[r[j] if j < len(r) else None for r in records] for j in range(len(names))]

    usecols = kwargs.get('usecols')
    keep = list(range(len(names)))
    if usecols is not None:
        if callable(usecols):
            raise NotImplementedError("read_csv(usecols=callable) is not supported by Gradbook's pandas")
        wanted = list(usecols)
        if all(isinstance(u, int) for u in wanted):
            keep = [j for j in keep if j in wanted]
        else:
            missing = [u for u in wanted if u not in names]
            if missing:
                raise ValueError('Usecols do not match columns, columns expected but not found: %s' % (missing,))
            keep = [j for j in keep if names[j] in wanted]

    dtype = kwargs.get('dtype')
    digits = _digit_columns(records, fields, keep, sep, na) if dtype is None else {}
    arrays = []
    for j in keep:
        column_dtype = dtype.get(names[j]) if isinstance(dtype, dict) else dtype
        if j in digits:
            array = digits[j]
        elif column_dtype in (str, 'str', object, 'object'):
            array = _object_array([np.nan if f is None or f in na else f for f in fields[j]])
        else:
            array = _convert(fields[j], na)
            if column_dtype is not None:
                array = _astype(array, column_dtype)
        arrays.append(array)
    kept = [names[j] for j in keep]
    frame = DataFrame._new(kept, dict(zip(kept, arrays)), _default_index(len(records)))
    if index_col is not None and index_col is not False:
        if not isinstance(index_col, (int, str)):
            raise NotImplementedError("read_csv(index_col=%r): only one column is supported by Gradbook's pandas" % (index_col,))
        name = kept[index_col] if isinstance(index_col, int) else index_col
        frame = frame.set_index(name)
    return frame
