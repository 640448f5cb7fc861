"""np.indices and np.fromfunction (NumPy 1.26's core/numeric.py), written over Gradbook's NumPy:
the grid of index arrays for a shape, and a function called once on that grid (so it must be
vectorized, as in NumPy)."""

import numpy as np


def indices(dimensions, dtype=int, sparse=False):
    """An array of shape (len(dimensions),) + dimensions: entry k holds each position's k-th index;
    with sparse=True a tuple of arrays broadcastable against each other instead."""
    dimensions = tuple(dimensions)
    n = len(dimensions)
    parts = []
    for i, dim in enumerate(dimensions):
        shape = (1,) * i + (dim,) + (1,) * (n - i - 1)
        parts.append(np.arange(dim, dtype=dtype).reshape(shape))
    if sparse:
        return tuple(parts)
    res = np.empty((n,) + dimensions, dtype=dtype)
    for i, part in enumerate(parts):
        res[i] = np.broadcast_to(part, dimensions)
    return res


def fromfunction(function, shape, dtype=float, like=None, **kwargs):
    """function(*indices(shape, dtype), **kwargs): the function gets whole index arrays."""
    if like is not None:
        raise NotImplementedError("fromfunction() argument 'like' is not supported by Gradbook")
    args = indices(shape, dtype=dtype)
    return function(*args, **kwargs)
