# np.split / np.array_split / np.meshgrid as NumPy 1.24 prints them. The .expected file is this
# program's stdout under Debian's python3-numpy: python3 split_meshgrid.py > split_meshgrid.expected
import numpy as np
x = np.arange(10)
print(np.split(x, 5))
print(np.array_split(x, 3))
print(np.split(x, [3, 5, 20]))
print(np.split(x, [-2]))
m = np.arange(12).reshape(3, 4)
print(np.split(m, 2, axis=1))
print(np.array_split(m, 2, axis=0))
print(np.array_split(np.arange(7.0), 4))
xx, yy = np.meshgrid(np.arange(3), np.array([10., 20.]))
print(xx); print(yy); print(xx.shape, yy.shape, xx.dtype, yy.dtype)
a, b, c = np.meshgrid([1, 2], [3, 4, 5], [6], indexing='ij')
print(a.shape, b.shape, c.shape); print(b)
p, q = np.meshgrid([1, 2, 3], [4, 5], sparse=True)
print(p, p.shape, q.shape)
try:
    np.split(x, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    np.array_split(x, 0)
except ValueError as e:
    print('ValueError:', e)
