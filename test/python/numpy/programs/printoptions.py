# np.set_printoptions (precision, suppress, threshold, edgeitems, linewidth) and np.get_printoptions as
# NumPy prints them. The .expected file is this program's stdout under python3-numpy:
# python3 printoptions.py > printoptions.expected
import sys
import numpy as np
a = np.array([1.123456789, 2.5e-5, 300.0])
print(a)
np.set_printoptions(precision=3)
print(a)
np.set_printoptions(suppress=True)
print(a)
print(np.array([0.000012345, 1.5, 1e9]))
print(np.float64(0.123456789), np.array([0.123456789], dtype=np.float32))
np.set_printoptions(precision=4, suppress=True)
print(np.array([[1e-10, 0.5], [2.0, -3.25]]))
np.set_printoptions(threshold=5, edgeitems=2)
print(np.arange(10))
print(np.arange(10.0).reshape(2, 5))
np.set_printoptions(threshold=sys.maxsize)
print(np.arange(1200).sum(), len(str(np.arange(1200))))
np.set_printoptions(linewidth=40)
print(np.arange(20))
print(repr(np.arange(20.0)))
o = np.get_printoptions()
print(o['precision'], o['suppress'], o['linewidth'], o['edgeitems'])
np.set_printoptions(precision=8, suppress=False, threshold=1000, edgeitems=3, linewidth=75)
print(np.array([1.123456789, 2.5e-5, 300.0]))
try:
    np.set_printoptions(threshold=float('nan'))
except ValueError as e:
    print(e)
try:
    np.set_printoptions(precision=2.5)
except TypeError as e:
    print(e)
