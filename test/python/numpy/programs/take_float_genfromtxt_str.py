# np.take with Python floats (converted one by one, truncating) versus a float array (refused),
# and np.genfromtxt(dtype=str). The .expected file is this program's stdout under python3-numpy:
# python3 take_float_genfromtxt_str.py > take_float_genfromtxt_str.expected
import numpy as np, io
a = np.array([10, 20, 30])
for idx in ([0.0, 1.0], [1.5], (2.9,), np.array([1.0]), [float('inf')], [float('nan')]):
    try:
        print(np.take(a, idx), a.take(idx))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(np.take(a, [0, 2]), np.take(a, 1), np.take([[1, 2], [3, 4]], [1], axis=1))
r = np.genfromtxt(io.StringIO('name,label\ncat,1\ndog,2\n'), delimiter=',', dtype=str)
print(r, r.dtype, r.shape)
r = np.genfromtxt(io.StringIO('name,label\ncat,1\ndog,2\n'), delimiter=',', dtype=str, skip_header=1)
print(r, r.dtype, r[:, 0].tolist())
r = np.genfromtxt(io.StringIO('a b\nccc d\n'), dtype=str)
print(r, r.dtype)
r = np.genfromtxt(io.StringIO('x\ny\n'), dtype=str)
print(r, r.dtype, r.shape)
