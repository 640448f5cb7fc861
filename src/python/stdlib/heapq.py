"""Binary min-heaps on plain lists (heap[k] <= heap[2k+1] and heap[2k+2]), as CPython's heapq."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', 'merge', 'nlargest', 'nsmallest']


def _sift_up(heap, pos, stop=0):
    # Move heap[pos] towards the root (no higher than `stop`) while it is smaller than its parent.
    item = heap[pos]
    while pos > stop:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # CPython's layout: walk the smaller children down to a leaf, put the item there, then let it
    # rise back (fewer comparisons; the resulting order of the list is what CPython prints).
    n = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < n:
        right = child + 1
        if right < n and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, pos, start)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_down(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop the smallest item, then push item (IndexError on an empty heap)."""
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest item; faster than heappush then heappop."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator)."""
    items = []
    for order, it in enumerate(iterables):
        for value in it:
            items.append((value, order))
    keyfunc = (lambda p: key(p[0])) if key is not None else (lambda p: p[0])
    # sorted is stable, so equal values keep their input order as heapq.merge's do.
    for value, _ in sorted(items, key=keyfunc, reverse=reverse):
        yield value


def nsmallest(n, iterable, key=None):
    """The n smallest elements of iterable, smallest first (equal ones in input order)."""
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    """The n largest elements of iterable, largest first (equal ones in input order)."""
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]
