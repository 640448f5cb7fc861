"""np.average (NumPy 1.26's function_base.average), written over Gradbook's NumPy: the mean along
an axis, or the weights-weighted mean sum(a * w) / sum(w), with w either a's shape or 1-D along
`axis`. Integer and bool data average in float64; returned=True also gives the sum of weights."""

import numpy as np


def _result_dtype(a, w):
    if a.dtype.kind in 'biu' and (w is None or w.dtype.kind in 'biu'):
        return np.float64
    if w is None:
        return a.dtype
    return np.float32 if a.dtype == np.float32 and w.dtype in (np.float32, np.int8, np.int16, np.uint8, np.bool_) \
        else np.float64


def average(a, axis=None, weights=None, returned=False, keepdims=False):
    a = np.asarray(a)
    if weights is None:
        avg = a.astype(_result_dtype(a, None)).mean(axis=axis, keepdims=keepdims)
        scl = np.asarray(avg).dtype.type(a.size / max(np.asarray(avg).size, 1))
    else:
        wgt = np.asarray(weights)
        dtype = _result_dtype(a, wgt)
        if a.shape != wgt.shape:
            if axis is None:
                raise TypeError('Axis must be specified when shapes of a and weights differ.')
            if wgt.ndim != 1:
                raise TypeError('1D weights expected when shapes of a and weights differ.')
            if wgt.shape[0] != a.shape[axis]:
                raise ValueError('Shape of weights must be consistent with shape of a along specified axis.')
            shape = [1] * a.ndim
            shape[axis] = wgt.shape[0]
            wgt = wgt.reshape(shape)
        wgt = wgt.astype(dtype)
        scl = (wgt * np.ones(a.shape, dtype)).sum(axis=axis, keepdims=keepdims)
        if np.any(scl == 0.0):
            raise ZeroDivisionError("Weights sum to zero, can't be normalized")
        avg = (a.astype(dtype) * wgt).sum(axis=axis, keepdims=keepdims) / scl
    if returned:
        if np.shape(scl) != np.shape(avg):
            scl = np.ones(np.shape(avg), np.asarray(avg).dtype) * scl
        return avg, scl
    return avg
