# np.indices and np.fromfunction; the expected output is what NumPy prints (python3 fromfunction.py).
import numpy as np

grid = np.indices((2, 3))
print(grid, grid.shape, grid.dtype)
rows, cols = np.indices((2, 3), sparse=True)
print(rows, cols, rows.shape, cols.shape)
print(np.indices((3,), dtype=float))
print(np.fromfunction(lambda i, j: i == j, (3, 3), dtype=int))
print(np.fromfunction(lambda i, j: i + j, (2, 2)))
print(np.fromfunction(lambda r, c, ch: (r + 2 * c + ch) / 50.0, (2, 3, 2)).astype(np.float32))
print(np.fromfunction(lambda i, j, k=10: i * k + j, (2, 3), dtype=int))
