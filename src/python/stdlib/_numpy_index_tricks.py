"""np.r_ and np.c_ (NumPy's index_tricks): indexing them concatenates the items. A slice becomes
np.arange(start, stop, step) (Gradbook has no complex numbers, so no `nj` linspace steps); scalars become one-element arrays; a leading string 'axis[,ndmin[,trans1d]]' sets the
concatenation axis, the minimum rank items are raised to, and where a raised 1-D item's axis
goes. np.c_ is np.r_['-1,2,0'] (1-D items become columns)."""

import numpy as np


class AxisConcatenator(object):

    def __init__(self, axis=0, ndmin=1, trans1d=-1):
        self.axis = axis
        self.ndmin = ndmin
        self.trans1d = trans1d

    def _item(self, item, ndmin, trans1d):
        if isinstance(item, slice):
            start = 0 if item.start is None else item.start
            step = 1 if item.step is None else item.step
            arr = np.arange(start, item.stop, step)
        else:
            arr = np.array(item)
        if arr.ndim < ndmin:
            old = arr.ndim
            # As np.array(item, ndmin=ndmin): length-1 axes in front; then NumPy moves the
            # item's own axes to position trans1d.
            arr = arr.reshape((1,) * (ndmin - old) + arr.shape)
            if trans1d != -1 and old > 0:
                k2 = ndmin - old
                k1 = trans1d + k2 + 1 if trans1d < 0 else trans1d
                axes = list(range(ndmin))
                arr = arr.transpose(axes[:k1] + axes[k2:] + axes[k1:k2])
        return arr

    def __getitem__(self, key):
        if not isinstance(key, tuple):
            key = (key,)
        axis, ndmin, trans1d = self.axis, self.ndmin, self.trans1d
        items = list(key)
        if items and isinstance(items[0], str):
            spec = items.pop(0)
            if spec in ('r', 'c'):
                raise NotImplementedError("np.r_: the matrix directives 'r' and 'c' are not supported by Gradbook")
            parts = [int(p) for p in spec.split(',')]
            axis = parts[0]
            if len(parts) > 1:
                ndmin = parts[1]
            if len(parts) > 2:
                trans1d = parts[2]
        arrays = [self._item(item, ndmin, trans1d) for item in items]
        if not arrays:
            return np.array([])
        return np.concatenate(arrays, axis=axis)

    def __len__(self):
        return 0


class RClass(AxisConcatenator):
    def __init__(self):
        AxisConcatenator.__init__(self, 0)


class CClass(AxisConcatenator):
    def __init__(self):
        AxisConcatenator.__init__(self, -1, ndmin=2, trans1d=0)


r_ = RClass()
c_ = CClass()
