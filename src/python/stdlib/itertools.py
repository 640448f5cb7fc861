"""Iterator building blocks with CPython's itertools behaviour (written as generators)."""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


class count(object):
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class repeat(object):
    """repeat(object [,times]) -> the object over and over, or `times` times."""

    def __init__(self, object, times=None):
        self._object = object
        self._left = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._object

    def __length_hint__(self):
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._left)


class chain(object):
    """chain(*iterables) --> the items of the first iterable, then of the next, ..."""

    def __init__(self, *iterables):
        self._gen = self._items(iter(iterables))

    @staticmethod
    def _items(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> the items of each iterable it yields."""
        self = cls()
        self._gen = cls._items(iter(iterable))
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def cycle(iterable):
    """cycle(iterable) --> the items of iterable, then again, forever."""
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or results of func) of the items."""
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def compress(data, selectors):
    """The items of data whose selector is true."""
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    """Skips items while predicate holds, then yields the rest."""
    iterable = iter(iterable)
    for x in iterable:
        if not predicate(x):
            yield x
            break
    for x in iterable:
        yield x


def takewhile(predicate, iterable):
    """Items while predicate holds."""
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    """Items for which predicate is false (or which are false, when predicate is None)."""
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    """function(*args) for each args tuple of iterable."""
    for args in iterable:
        yield function(*args)




def groupby(iterable, key=None):
    """(key, group iterator) for each run of consecutive items with the same key."""
    keyfunc = (lambda x: x) if key is None else key
    it = iter(iterable)
    state = {'done': False, 'item': None, 'key': None, 'gen': 0}
    try:
        state['item'] = next(it)
        state['key'] = keyfunc(state['item'])
    except StopIteration:
        return

    def group(gen_id, k):
        while state['gen'] == gen_id and not state['done'] and state['key'] == k:
            yield state['item']
            try:
                state['item'] = next(it)
                state['key'] = keyfunc(state['item'])
            except StopIteration:
                state['done'] = True

    while not state['done']:
        k = state['key']
        gen_id = state['gen']
        yield k, group(gen_id, k)
        # Skip what the caller did not consume of this group.
        while not state['done'] and state['gen'] == gen_id and state['key'] == k:
            try:
                state['item'] = next(it)
                state['key'] = keyfunc(state['item'])
            except StopIteration:
                state['done'] = True
        state['gen'] += 1


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): selected items."""
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
    if not (isinstance(start, int) and start >= 0):
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if stop is not None and not (isinstance(stop, int) and stop >= 0):
        raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if not (isinstance(step, int) and step > 0):
        raise ValueError('Step for islice() must be a positive integer or None.')
    it = iter(iterable)
    i = 0
    nexti = start
    while stop is None or i < stop:
        try:
            element = next(it)
        except StopIteration:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1


def pairwise(iterable):
    """Overlapping pairs: pairwise('ABC') --> AB BC."""
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def tee(iterable, n=2):
    """n independent iterators over one iterable."""
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mybuf.pop(0)
    return tuple(gen(b) for b in buffers)


def zip_longest(*args, fillvalue=None):
    """Like zip, but runs until the longest iterable ends, filling with fillvalue."""
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*args, repeat=1):
    """Cartesian product of the iterables."""
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    """r-length orderings of the items, in lexicographic order of positions."""
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    """r-length subsequences of the items, in order."""
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """r-length subsequences allowing repeated items."""
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
