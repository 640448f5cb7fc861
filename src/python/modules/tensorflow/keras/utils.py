# tf.keras.utils: Progbar (the progress line fit/evaluate print) and to_categorical.
# Cell output is not a terminal, so a Progbar draws its line once, when it reaches its target
# (Keras redraws it in place on a terminal); verbose=2 prints only the time and the averages.
import time
import numpy as np


def _number(value):
    return ' %.4f' % value if abs(value) > 1e-3 else ' %.4e' % value


class Progbar(object):
    def __init__(self, target, width=30, verbose=1, interval=0.05, stateful_metrics=None, unit_name='step'):
        self.target = target
        self.width = width
        self.verbose = verbose
        self.interval = interval
        self.unit_name = unit_name
        self.stateful_metrics = set(stateful_metrics or [])
        self._sums = {}
        self._order = []
        self._seen = 0
        self._start = time.time()

    def update(self, current, values=None):
        """Averages `values` ((name, value) pairs) over the samples since the last call; prints at the end."""
        for name, value in values or []:
            if name not in self._order:
                self._order.append(name)
            if name in self.stateful_metrics:
                self._sums[name] = value
            else:
                total, count = self._sums.get(name, (0., 0))
                weight = max(current - self._seen, 1)
                self._sums[name] = (total + float(value) * weight, count + weight)
        self._seen = current
        if self.target is None or current < self.target or not self.verbose:
            return
        elapsed = time.time() - self._start
        info = ' - %.0fs' % elapsed
        if self.verbose == 1:
            digits = len(str(self.target))
            bar = ('%' + str(digits) + 'd/%d [') % (current, self.target) + '=' * self.width + ']'
            per_unit = elapsed / current if current else 0
            if per_unit >= 1:
                info += ' %.0fs/%s' % (per_unit, self.unit_name)
            elif per_unit >= 1e-3:
                info += ' %.0fms/%s' % (per_unit * 1e3, self.unit_name)
            else:
                info += ' %.0fus/%s' % (per_unit * 1e6, self.unit_name)
        else:
            bar = ''
        for name in self._order:
            info += ' - %s:' % name
            entry = self._sums[name]
            if isinstance(entry, tuple):
                info += _number(entry[0] / max(1, entry[1]))
            else:
                info += _number(entry) if isinstance(entry, (int, float)) else ' %s' % entry
        print(bar + info)

    def add(self, n, values=None):
        self.update(self._seen + n, values)


def to_categorical(y, num_classes=None, dtype='float32'):
    y = np.array(y, dtype='int64')
    shape = y.shape
    if shape and shape[-1] == 1 and len(shape) > 1:
        shape = shape[:-1]
    y = y.ravel()
    if num_classes is None:
        num_classes = int(np.max(y)) + 1
    out = np.zeros((y.shape[0], num_classes), dtype=dtype)
    out[np.arange(y.shape[0]), y] = 1
    return out.reshape(tuple(shape) + (num_classes,))
