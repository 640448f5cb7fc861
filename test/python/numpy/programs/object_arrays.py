# Object arrays (dtype=object) as NumPy prints them. The .expected file is this program's stdout
# under python3-numpy: python3 object_arrays.py > object_arrays.expected. NumPy 1.x made the same
# arrays from ragged input without dtype=object (with a VisibleDeprecationWarning); the test checks
# that path against these lines.
import numpy as np
x = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]])
y = np.array([[0, 1], [1, 0], [0, 1], [1, 0]])
data = np.array(list(zip(x, y)), dtype=object)
print(data.shape, data.dtype, len(data), data.ndim, data.size)
print(repr(data))
np.random.seed(10)
idx = np.random.permutation(np.arange(len(data)))
print(idx)
shuffled = data[idx]
print(shuffled[1:3])
xb, yb = zip(*shuffled[1:3])
print(xb)
print(yb)
print(np.array(xb).sum(), np.array(yb).shape)
r = np.array([[1, 2], [3], [4, 5, 6]], dtype=object)
print(r)
print(repr(r))
print(r[-1], r[[2, 0]], r[np.array([True, False, True])])
np.random.seed(3)
print(np.random.permutation(r))
np.random.shuffle(r)
print(r)
m = np.array([1, 'a', None, [2]], dtype=object)
print(m, m.tolist(), m[1:].shape)
m[0] = {'k': 1}
print(repr(m))
print(data.T.shape, data[0, 1], data[:, 0].shape)
s = np.array(['ab', [1, 2, 3], (4, 5)], dtype=object)
print(repr(s), type(s[2]).__name__)
e = np.array([[1, 2], [3, 4]], dtype=object)
print(e.shape, repr(e), type(e[0, 0]).__name__)
w = np.array([np.arange(4), np.arange(2)], dtype=object)
print(repr(w))
print(np.array(w[0], dtype=float))
