# np.searchsorted as NumPy prints it: python3 searchsorted.py > searchsorted.expected
import numpy as np
t = np.cumsum([0.1, 0.2, 0.3, 0.4])
print(np.searchsorted(t, 0.35), np.searchsorted(t, [0.0, 0.3, 0.31, 1.0, 2.0]), np.searchsorted(t, np.array([0.6]) * 1.0))
print(np.searchsorted([1, 2, 2, 3], 2), np.searchsorted([1, 2, 2, 3], 2, side='right'), np.searchsorted([1, 2, 2, 3], [[0, 2], [3, 4]], side='right'))
print(int(np.searchsorted(t, np.array(0.5))), type(np.searchsorted(t, 0.5)).__name__)
try:
    np.searchsorted(t, 0.5, side='middle')
except ValueError as e:
    print('ValueError', e)
