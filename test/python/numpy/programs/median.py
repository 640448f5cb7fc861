# np.median: axis None / int / negative / tuple, keepdims, float32 kept, ints to float64, even
# counts averaged, NaN lanes (expected output printed by python3 + NumPy: median.expected).
import numpy as np
a = np.array([[3, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8]])
print(np.median(a), np.median(a).dtype, type(np.median(a)).__name__)
print(repr(np.median(a, axis=0)), repr(np.median(a, axis=1)))
print(repr(np.median(a, axis=-1, keepdims=True)))
f = np.array([0.1, 0.7, 0.2, 0.9], dtype=np.float32)
print(np.median(f), np.median(f).dtype, np.median(f[:3]))
print(np.median([1.5, np.nan, 2.0]), np.median([2, 1, 3]), np.median(np.array([True, False, True])))
b = np.arange(24.).reshape(2, 3, 4) ** 1.5
print(repr(np.median(b, axis=(0, 2))))
print(repr(np.median(b, axis=(1,))))
print(np.median(b, axis=0, overwrite_input=True).shape, np.median(b, axis=(0, 1), keepdims=True).shape)
print(repr(np.median([[1., np.nan], [3., 4.]], axis=1)))
