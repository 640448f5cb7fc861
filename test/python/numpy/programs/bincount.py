# np.bincount as NumPy prints it. The .expected file is this program's stdout under
# python3-numpy: python3 bincount.py > bincount.expected
import numpy as np
print(np.bincount(np.array([0, 1, 1, 3, 2, 1, 7])))
print(np.bincount([1, 1, 2], minlength=5))
print(np.bincount(np.array([0, 1, 1, 2]), weights=np.array([0.5, 1.0, 0.25, 2.0])))
print(np.bincount(np.array([], dtype=np.int64)))
print(np.bincount(np.array([3, 0], dtype=np.int32), minlength=2).dtype)
for bad in ("np.bincount([-1, 2])", "np.bincount(np.array([1.5]))", "np.bincount([1, 2], weights=[1.0])"):
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
