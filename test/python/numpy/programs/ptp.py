# np.ptp and ndarray.ptp (NumPy 1.x: the method was removed in 2.0, so it is written here as
# np.ptp(a) for the expected output, which python3-numpy prints); axis, keepdims, dtypes.
import numpy as np

a = np.array([[4, 9, 2, 10], [6, 9, 7, 12]])
print(np.ptp(a), np.ptp(a, axis=0), np.ptp(a, axis=1), np.ptp(a, 1, keepdims=True).shape)
print(np.ptp(a.astype(np.float32), axis=0), np.ptp(a.astype(np.float32), axis=0).dtype)
x = np.array([[0.5, 2.0], [1.5, -1.0], [1.0, 0.0]])
print((x - x.min(0)) / np.ptp(x, 0))
print(np.ptp([1, 5, 3]), np.ptp(np.array([1.0, 3.5]), axis=None))
