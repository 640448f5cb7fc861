# np.vectorize as NumPy prints it. The .expected file is this program's stdout under python3-numpy:
# python3 vectorize.py > vectorize.expected
import numpy as np


def clamp(v, hi):
    return v if v < hi else hi


f = np.vectorize(clamp)
print(f(np.array([1, 5, 3]), 4))
print(f(np.array([[1.5], [7.0]]), np.array([2, 3, 8])))
g = np.vectorize(lambda v: v * 2, otypes=[np.float32])
print(repr(g([1, 2, 3])))
print(repr(np.vectorize(lambda v: v + 1, otypes='d')(np.arange(4).reshape(2, 2))))
h = np.vectorize(lambda v: 1 if v == 0 else 1.5)
print(h(np.array([0, 1, 2])), h(np.array([1, 0])))
print(np.vectorize(lambda v: v > 1)(np.array([0, 2])))
print(np.vectorize(lambda v: v + 1)(3), type(np.vectorize(lambda v: v)(np.arange(2))[0]).__name__)
print(np.vectorize(abs, otypes=[int])(np.zeros(0)).shape)
try:
    np.vectorize(abs)(np.zeros(0))
except ValueError as e:
    print('ValueError:', e)
