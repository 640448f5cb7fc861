"""pandas' Index for rows and columns: an immutable list of labels. A default row index (0..n-1) is
a RangeIndex; others print as Int64Index or Index as pandas 0.2x does."""
import numpy as np


def _repr_items(labels):
    return ', '.join(repr(x) if isinstance(x, str) else str(x) for x in labels)


class Index(object):
    def __init__(self, data=None, dtype=None, name=None):
        if isinstance(data, Index):
            data = data._labels
        self._labels = list(data) if data is not None else []
        self.name = name
        self._positions = None
        # Only a default row index (0..n-1 made by pandas itself) is a RangeIndex.
        self._range = False

    @property
    def values(self):
        if all(isinstance(x, int) and not isinstance(x, bool) for x in self._labels):
            return np.array(self._labels, dtype=np.int64)
        return np.array(self._labels, dtype=object)

    @property
    def dtype(self):
        return self.values.dtype

    @property
    def shape(self):
        return (len(self._labels),)

    @property
    def size(self):
        return len(self._labels)

    def tolist(self):
        return list(self._labels)

    to_list = tolist

    def __array__(self, dtype=None):
        return self.values

    def __len__(self):
        return len(self._labels)

    def __iter__(self):
        return iter(self._labels)

    def __contains__(self, label):
        return label in self._label_positions()

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Index(self._labels[key])
        if isinstance(key, (list, np.ndarray)):
            key = np.asarray(key)
            if key.dtype.kind == 'b':
                return Index([x for x, keep in zip(self._labels, key.tolist()) if keep])
            return Index([self._labels[i] for i in key.tolist()])
        return self._labels[key]

    def __eq__(self, other):
        other = list(other) if isinstance(other, (Index, list, tuple, np.ndarray)) else [other] * len(self)
        return np.array([a == b for a, b in zip(self._labels, other)], dtype=bool)

    def __ne__(self, other):
        return ~self.__eq__(other)

    __hash__ = None

    def equals(self, other):
        return isinstance(other, Index) and self._labels == other._labels

    def _label_positions(self):
        if self._positions is None:
            self._positions = {}
            for i, label in enumerate(self._labels):
                self._positions.setdefault(label, i)
        return self._positions

    def get_loc(self, label):
        positions = self._label_positions()
        if label not in positions:
            raise KeyError(label)
        return positions[label]

    def drop(self, labels):
        labels = labels if isinstance(labels, (list, tuple, Index)) else [labels]
        for label in labels:
            if label not in self:
                raise KeyError('%s not found in axis' % ([label],))
        return Index([x for x in self._labels if x not in labels])

    def _is_range(self):
        return self._range

    def __repr__(self):
        if self._is_range():
            return 'RangeIndex(start=0, stop=%d, step=1)' % len(self._labels)
        values = self.values
        kind = 'Int64Index' if values.dtype.kind == 'i' else 'Index'
        name = ", name=%r" % (self.name,) if self.name is not None else ''
        return "%s([%s], dtype='%s'%s)" % (kind, _repr_items(self._labels), values.dtype, name)


def _default_index(n):
    index = Index(range(n))
    index._range = True
    return index


def _ensure_index(labels):
    return labels if isinstance(labels, Index) else Index(labels)
