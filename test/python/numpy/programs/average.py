# np.average: plain and weighted means, 1-D weights along an axis, returned=True, keepdims, and
# its errors. average.expected is what python3-numpy printed for this file.
import numpy as np
print(np.average([1, 2, 3, 4]), type(np.average([1, 2, 3, 4])).__name__)
print(np.average([3.0, -0.5, 2.0], weights=[1, 2, 3]))
d = np.arange(6).reshape((3, 2))
print(np.average(d, axis=1, weights=[1./4, 3./4]).tolist())
print(np.average(d, axis=0).tolist(), np.average(d, axis=0, weights=d).tolist())
print(np.average(d, axis=1, returned=True)[1].tolist(), np.average(np.ones(3, np.float32)).dtype)
print(np.average(d, axis=1, keepdims=True).shape)
for bad in ['np.average(d, weights=[1, 2])', 'np.average(d, axis=1, weights=[1, 2, 3])', 'np.average([1, 2], weights=[1, -1])']:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
