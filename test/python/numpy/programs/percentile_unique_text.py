# np.percentile / np.quantile (NumPy's linear method) and np.unique of a list of str. The
# .expected file is this program's stdout under python3-numpy:
# python3 percentile_unique_text.py > percentile_unique_text.expected
import numpy as np
x = np.array([[7.0, 1.0, 4.0, 10.0], [3.0, 9.0, 2.0, 5.5]])
print(np.percentile([1, 2, 3, 4], 50), np.percentile(x, 25), np.percentile(x, [10, 50, 90]))
print(np.percentile(x, 33, axis=1), np.percentile(x, [0, 100], axis=0), np.percentile(x, 75, axis=1, keepdims=True))
print(np.quantile(np.arange(10), 0.3), np.quantile(x.astype(np.float32), [0.1, 0.77]), np.quantile([5], 0.5))
print(np.percentile(np.array([1, 2, np.nan]), 50), np.percentile(np.arange(5, dtype=np.int32), 40), np.quantile(np.float32([1, 2, 4]), 0.3))
for bad in ("np.percentile(x, 101)", "np.quantile(x, -0.1)"):
    try:
        eval(bad)
    except ValueError as e:
        print("ValueError:", e)
u, i, inv, c = np.unique(['b', 'a', 'b', 'c', 'a'], return_index=True, return_inverse=True, return_counts=True)
print(u, i, inv, c, np.unique(['x']), np.unique(('q', 'p')))
