"""np.nan_to_num (NumPy 1.26's lib/type_check.py), written over Gradbook's NumPy: NaN becomes
`nan` (0.0), +inf and -inf the largest and smallest finite values of the float type (or
`posinf` / `neginf`). Integer and boolean arrays come back unchanged; a scalar gives a scalar."""

import numpy as np

# np.finfo(dtype).max for the float types Gradbook has.
_FLOAT_MAX = {'float16': 65504.0, 'float32': 3.4028234663852886e+38, 'float64': 1.7976931348623157e+308}


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    scalar = np.ndim(x) == 0
    # a scalar is worked on as a one-element array and given back as a NumPy scalar (a[0])
    a = np.array([x]) if scalar else np.array(x, copy=True) if copy or not isinstance(x, np.ndarray) else x
    if a.dtype.kind not in 'fc':
        return a[0] if scalar else a
    if a.dtype.kind == 'c':
        raise NotImplementedError("nan_to_num() of complex arrays is not supported by Gradbook")
    big = _FLOAT_MAX[a.dtype.name]
    a[np.isnan(a)] = nan
    a[np.isinf(a) & (a > 0)] = big if posinf is None else posinf
    a[np.isinf(a) & (a < 0)] = -big if neginf is None else neginf
    return a[0] if scalar else a
