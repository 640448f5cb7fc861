# NumPy glue of TF1 training loops (accuracy, one-hot, sorting, diff, outer, linalg, printing).
# The .expected file is this program's stdout under python3-numpy:
# python3 tutorial_glue_numpy2.py > tutorial_glue_numpy2.expected
import numpy as np
rs = np.random.RandomState(7)
a = rs.rand(3, 2).astype(np.float32)
print('%.3f' % a[0, 0], '{:.2f}'.format(a.sum()), f'{a.mean():.4f}', float(a[1, 1]), int(np.int64(5)), str(a.dtype), a.max() > 0.5)
idx = np.arange(5); rs.shuffle(idx); print(idx, rs.normal(size=(2,)).round(3), rs.binomial(1, 0.5, 4), rs.randn())
arrs = [np.ones(2) * i for i in range(3)]; print(np.array(arrs), np.asarray(arrs).shape, np.mean([True, False, True]))
print(np.array([[1.5, 2.25], [3.0, 4.125]], dtype=np.float32), np.array([1e-3, 123.456]), np.array([[0.000123, 1.0]]))
print(np.zeros(3, dtype=bool), np.arange(3.0), np.array([1, 2]) / 2, np.array([-1.5, 0.0]), np.array([1e10, 1.0]))
labels = np.array([0, 2, 1, 2]); one_hot = np.zeros((labels.size, 3)); one_hot[np.arange(labels.size), labels] = 1; print(one_hot)
acc = np.mean(np.argmax(one_hot, 1) == labels); print(acc, type(acc).__name__, '%.2f%%' % (acc * 100))
w = np.linspace(-1, 1, 5).reshape(5, 1); print(w.T, (w ** 2).sum(), np.sum(w > 0), np.count_nonzero(w))
x = np.array([3, 1, 2]); x.sort(); print(x, np.sort([[3, 1], [2, 4]], axis=0), np.flip(x), x[::-1].copy(), np.roll(x, 1))
print(np.nonzero([0, 1, 0, 2]), np.diff([1, 4, 9]), np.outer([1, 2], [3, 4]), np.log1p(0.5), np.sign([-2, 0, 3]))
print(np.isclose(0.1 + 0.2, 0.3), np.floor([1.5, -1.5]), np.ceil(1.2), np.round([0.5, 1.5, 2.5]), np.power(2, [1, 2, 3]), np.mod(-7, 3))
m = np.array([[1, 2], [3, 4]]); print(np.linalg.inv(m), np.linalg.norm([3, 4]), m @ m, np.linalg.det(m).round(6))
print(np.hstack([[1], [2]]), np.meshgrid([1, 2], [3])[0], np.atleast_2d([1, 2]).shape, np.empty((0, 3)).shape)
print(np.diff([[1, 4, 9], [2, 2, 0]]), np.diff([1, 4, 9, 16], n=2), np.diff([[1, 2], [5, 3]], axis=0), np.diff([True, False, False]), np.diff(np.array([1.5, 1.0], dtype=np.float32)), np.diff([7]))
