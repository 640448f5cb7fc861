# np.nan_to_num; the expected output is what NumPy prints (python3 nan_to_num.py).
import numpy as np

x = np.array([np.inf, -np.inf, np.nan, -128.0, 128.0])
print(np.nan_to_num(x))
print(np.nan_to_num(x.astype(np.float32)))
print(np.nan_to_num(x, nan=-9999, posinf=33333333, neginf=33333333))
print(np.nan_to_num(np.array([[1.0, np.nan], [np.nan, 2.0]]) / 1.0))
print(np.nan_to_num(np.array([1, 2, 3])), np.nan_to_num(np.array([True, False])))
print(np.nan_to_num(np.nan), type(np.nan_to_num(np.nan)).__name__, np.nan_to_num(-np.inf), np.nan_to_num(3))
m = np.array([[0.0, 1.0], [0.0, 3.0]])
col_min, col_max = m.min(axis=0), m.max(axis=0)
scaled = (m - col_min) / (col_max - col_min)  # 0 / 0 in the first column (a RuntimeWarning on stderr)
print(np.nan_to_num(scaled))
y = np.array([np.nan, 1.0])
z = np.nan_to_num(y, copy=False)
print(y, z is y)
print(x)
