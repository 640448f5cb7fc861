# np.repeat as NumPy prints it. The .expected file is this program's stdout under python3-numpy:
# python3 repeat.py > repeat.expected
import numpy as np
print(np.repeat(3, 4))
print(np.repeat(np.array([1, 2]), 2))
x = np.array([[1, 2], [3, 4]])
print(np.repeat(x, 2))
print(np.repeat(x, 3, axis=1))
print(np.repeat(x, [1, 2], axis=0))
print(np.repeat(x, [2], axis=-1))
print(np.repeat(np.array([0.5, 1.5], dtype=np.float32), [0, 3]))
for bad in ("np.repeat(x, [1, 2, 3], axis=0)", "np.repeat(x, -1)", "np.repeat(x, [1, -1], axis=0)"):
    try:
        eval(bad)
    except ValueError as e:
        print("ValueError:", e)
