"""Text of Series and DataFrame reprs as pandas 0.2x prints them from plain Python with stdout
not a terminal (display.precision 6; past display.max_rows 60 rows, the first and last 30; frames
wider than 80 characters losing their middle columns to a '...' column, display.max_columns
being 0; display.float_format when set).
Each column is formatted as one block so that float columns share a number of decimals, as
pandas' FloatArrayFormatter does."""
import re
import numpy as np
from pandas._options import options

LINE_WIDTH = 80

_DECIMAL = re.compile(r'^\s*[\+-]?[0-9]+\.[0-9]*$')


def _is_missing(v):
    return v is None or (isinstance(v, float) and v != v)


def _trim_zeros(texts):
    """Drops trailing zeros shared by every fixed-point number, keeping one digit after the point."""
    def trimmable():
        numbers = [t for t in texts if _DECIMAL.match(t)]
        return len(numbers) > 0 and all(t.endswith('0') for t in numbers)
    while trimmable():
        texts = [t[:-1] if _DECIMAL.match(t) else t for t in texts]
    return [t + '0' if _DECIMAL.match(t) and t.endswith('.') else t for t in texts]


def _float_texts(values, spec):
    return _trim_zeros(['NaN' if v != v else spec.format(v) for v in values])


def _format_floats(values):
    """A float column: fixed point with 6 decimals, trimmed together; scientific notation when some
    value would show as 0 or a too-long column has values past 1e6. A display.float_format
    function formats each value alone, with no sign space."""
    values = [float(v) for v in values]
    if options.display.float_format is not None:
        return [options.display.float_format(v) for v in values]
    precision = options.display.precision
    texts = _float_texts(values, '{: .%df}' % precision)
    too_long = len(texts) > 0 and max(len(t) for t in texts) > precision + 6
    finite = [abs(v) for v in values if v == v]
    large = any(v > 1e6 for v in finite)
    small = any(0 < v < 10 ** -precision for v in finite)
    if small or (too_long and large):
        texts = _float_texts(values, '{: .%de}' % precision)
    return texts


def _pprint(v):
    """pandas' pprint_thing: lists and tuples show their items' texts, strings without quotes."""
    if isinstance(v, list):
        return '[' + ', '.join(_pprint(x) for x in v) + ']'
    if isinstance(v, tuple):
        return '(' + ', '.join(_pprint(x) for x in v) + (',)' if len(v) == 1 else ')')
    return str(v)


def _object_text(v):
    if _is_missing(v):
        return ' NaN' if v is not None else ' None'
    if isinstance(v, float):
        return _trim_zeros([('{: .%df}' % options.display.precision).format(v)])[0]
    return ' ' + _pprint(v)


def _format_values(array):
    """The texts of one column's values, each with pandas' leading sign space, not yet justified."""
    kind = array.dtype.kind
    values = array.tolist()
    if kind == 'f':
        return _format_floats(values)
    if kind in 'iu':
        return [' %d' % v for v in values]
    return [_object_text(v) for v in values]


def _justify(texts, width=None, mode='right'):
    width = max([len(t) for t in texts] + [width or 0])
    return [t.rjust(width) if mode == 'right' else t.ljust(width) for t in texts]


def _adjoin(space, *columns):
    """Lines joining the columns side by side, each padded to its width plus `space` (the last one unpadded)."""
    widths = [max(len(t) for t in col) + space for col in columns[:-1]] + [max(len(t) for t in columns[-1])]
    rows = max(len(col) for col in columns)
    lines = []
    for r in range(rows):
        lines.append(''.join((col[r] if r < len(col) else '').ljust(w) for col, w in zip(columns, widths)))
    return lines


def _shown_rows(n):
    """Positions shown of n rows, and where the '...' row goes (None when all are shown)."""
    if n <= options.display.max_rows:
        return list(range(n)), None
    half = int(options.display.max_rows) // 2
    return list(range(half)) + list(range(n - half, n)), half


def _series_text(series):
    n = len(series)
    rows, cut = _shown_rows(n)
    values = _format_values(series._values[np.asarray(rows, dtype=np.int64)] if rows else series._values[:0])
    values = _justify(values) if values else values
    labels = [str(series._index[i]) for i in rows]
    if cut is not None:
        width = len(values[cut - 1])
        dots = '...' if width > 3 else '..'
        values.insert(cut, dots.center(width))
        labels.insert(cut, '')
    footer = []
    if series.name is not None:
        footer.append('Name: %s' % (series.name,))
    if cut is not None:
        footer.append('Length: %d' % n)
    footer.append('dtype: %s' % series.dtype)
    if n == 0:
        return 'Series([], %s)' % ', '.join(footer)
    body = '\n'.join(_adjoin(3, labels, values))
    if series._index.name is not None:
        body = str(series._index.name) + '\n' + body
    return body + '\n' + ', '.join(footer)


def _frame_columns(frame, names, rows, cut, col_cut):
    """pandas' string columns of a frame: the index column first, then one per shown column (numeric
    names get a sign space like their values), the ' ...' column where columns are cut and the '...'
    row where rows are."""
    picked = np.asarray(rows, dtype=np.int64)
    columns = []
    every = frame._columns
    for i, name in enumerate(names):
        # pandas gives numeric columns' names a leading space, like their values' sign space; it
        # reads the dtypes of the whole frame by position, so when middle columns are cut the
        # right-hand names take the dtypes of the columns after the left-hand ones (as printed).
        header = (' ' if frame._data[every[i]].dtype.kind in 'iufb' else '') + str(name)
        texts = _justify(_format_values(frame._data[name][picked]), len(header))
        columns.append([header.rjust(len(texts[0]))] + texts)
    index = [''] + [str(frame._index[i]) for i in rows]
    named = frame._index.name is not None
    if named:
        # A named index gets its own header line under the column names.
        index.insert(1, str(frame._index.name))
        for col in columns:
            col.insert(1, ' ' * len(col[0]))
    columns.insert(0, _justify(index, mode='left'))
    if col_cut is not None:
        columns.insert(col_cut + 1, [' ...'] * len(columns[0]))
    if cut is not None:
        headers = 2 if named else 1
        for i, col in enumerate(columns):
            dot_col = col_cut is not None and i == col_cut + 1
            width = 4 if dot_col else len(col[cut])
            dots = '...' if width > 3 or dot_col else '..'
            col.insert(cut + headers, dots.ljust(width) if i == 0 else dots.rjust(width))
    return columns


def _fitted_columns(widths):
    """How many data columns fit in LINE_WIDTH (pandas' _fit_strcols_to_terminal_width, used when
    plain Python sets display.max_columns to 0): drop the middle column until the lines are short
    enough; at least two stay. `widths` includes the index column."""
    total = sum(widths) + len(widths) - 1
    over = total - LINE_WIDTH + 1
    widths = list(widths)
    while over > 0 and len(widths) > 1:
        mid = int(round(len(widths) / 2.0))
        over -= widths[mid] + 1
        del widths[mid]
    return max(len(widths) - 1, 2)


def _frame_text(frame):
    n = len(frame)
    names = list(frame._columns)
    if n == 0 or not names:
        return 'Empty DataFrame\nColumns: [%s]\nIndex: [%s]' % (
            ', '.join(str(c) for c in names), ', '.join(str(i) for i in frame._index))
    rows, cut = _shown_rows(n)
    columns = _frame_columns(frame, names, rows, cut, None)
    col_cut = None
    if sum(max(len(t) for t in col) for col in columns) + len(columns) - 1 > LINE_WIDTH:
        fitted = _fitted_columns([max(len(t) for t in col) for col in columns])
        if fitted < len(names):
            half = fitted // 2
            shown = names[:half] + names[len(names) - half:] if half >= 1 else names[:1]
            col_cut = half
            columns = _frame_columns(frame, shown, rows, cut, col_cut)
    text = '\n'.join(_adjoin(1, *columns))
    if cut is not None or col_cut is not None:
        text += '\n\n[%d rows x %d columns]' % (n, len(names))
    return text
