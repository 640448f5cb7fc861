"""Series.str (pandas' StringMethods): the vectorised str methods, element by element over an
object column. A missing value (NaN/None) stays missing in the result, as in pandas, so a bool
result with missing values is an object column; other elements that are not str also give NaN.
Methods not listed here raise AttributeError naming the ones that exist."""
import re
import numpy as np
from pandas._format import _is_missing


def _refuse(where, **given):
    for name, value in given.items():
        if value:
            raise NotImplementedError("Series.str.%s() argument '%s' is not supported by Gradbook's pandas"
                                      % (where, name))


class StringMethods(object):
    def __init__(self, series):
        if series.dtype.kind != 'O':
            raise AttributeError('Can only use .str accessor with string values!')
        self._series = series

    def _map(self, func, kind=None, na=np.nan):
        """func over each str element; `kind` 'b' or 'i' makes a bool/int64 column when nothing is missing."""
        items = self._series._values.tolist()
        out = [func(v) if isinstance(v, str) else na for v in items]
        if kind is not None and not any(_is_missing(v) for v in out):
            values = np.array(out, dtype=bool if kind == 'b' else np.int64)
        elif kind == 'i':
            values = np.array([np.nan if _is_missing(v) else float(v) for v in out], dtype=np.float64)
        else:
            values = np.array(out, dtype=object) if out else np.array([], dtype=object)
        return self._series._like(values)

    # ---- case and whitespace
    def lower(self):
        return self._map(lambda s: s.lower())

    def upper(self):
        return self._map(lambda s: s.upper())

    def title(self):
        return self._map(lambda s: s.title())

    def capitalize(self):
        return self._map(lambda s: s.capitalize())

    def strip(self, to_strip=None):
        return self._map(lambda s: s.strip(to_strip))

    def lstrip(self, to_strip=None):
        return self._map(lambda s: s.lstrip(to_strip))

    def rstrip(self, to_strip=None):
        return self._map(lambda s: s.rstrip(to_strip))

    # ---- tests
    def startswith(self, pat, na=np.nan):
        return self._map(lambda s: s.startswith(pat), 'b', na)

    def endswith(self, pat, na=np.nan):
        return self._map(lambda s: s.endswith(pat), 'b', na)

    def contains(self, pat, case=True, flags=0, na=np.nan, regex=True):
        if not regex:
            if case:
                return self._map(lambda s: pat in s, 'b', na)
            return self._map(lambda s: pat.lower() in s.lower(), 'b', na)
        compiled = re.compile(pat, flags if case else flags | re.IGNORECASE)
        return self._map(lambda s: compiled.search(s) is not None, 'b', na)

    def match(self, pat, case=True, flags=0, na=np.nan):
        compiled = re.compile(pat, flags if case else flags | re.IGNORECASE)
        return self._map(lambda s: compiled.match(s) is not None, 'b', na)

    def isdigit(self):
        return self._map(lambda s: s.isdigit(), 'b')

    def isalpha(self):
        return self._map(lambda s: s.isalpha(), 'b')

    def isnumeric(self):
        return self._map(lambda s: s.isnumeric(), 'b')

    # ---- measures
    def len(self):
        return self._map(len, 'i')

    def count(self, pat, flags=0):
        compiled = re.compile(pat, flags)
        return self._map(lambda s: len(compiled.findall(s)), 'i')

    def find(self, sub, start=0, end=None):
        return self._map(lambda s: s.find(sub, start, end if end is not None else len(s)), 'i')

    # ---- pieces
    def replace(self, pat, repl, n=-1, case=None, flags=0, regex=True):
        _refuse('replace', case=case is not None)
        if not regex:
            return self._map(lambda s: s.replace(pat, repl, n))
        compiled = re.compile(pat, flags)
        return self._map(lambda s: compiled.sub(repl, s, count=max(n, 0)))

    def split(self, pat=None, n=-1, expand=False):
        _refuse('split', expand=expand)
        return self._map(lambda s: s.split(pat, n))

    def get(self, i):
        def pick(s):
            try:
                return s[i]
            except IndexError:
                return np.nan
        return self._map(pick)

    def slice(self, start=None, stop=None, step=None):
        return self._map(lambda s: s[start:stop:step])

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self.slice(key.start, key.stop, key.step)
        return self.get(key)

    def zfill(self, width):
        return self._map(lambda s: s.zfill(width))

    def cat(self, others=None, sep=None, na_rep=None):
        _refuse('cat', others=others is not None)
        items = [v if isinstance(v, str) else na_rep for v in self._series._values.tolist()]
        return (sep or '').join(v for v in items if v is not None)
