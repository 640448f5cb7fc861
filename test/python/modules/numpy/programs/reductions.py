import numpy as np
np.set_printoptions(legacy='1.25')

a = np.arange(12, dtype=np.float32).reshape(3, 4)
i = np.arange(12).reshape(3, 4)
for f in [np.sum, np.mean, np.std, np.var, np.max, np.min, np.prod, np.amax, np.amin]:
    print(f.__name__, repr(f(a)), repr(f(a, axis=0)), repr(f(i, axis=1)), repr(f(i, axis=(0, 1))), repr(f(a, axis=1, keepdims=True)))
print(repr(np.sum(i)), type(np.sum(i)).__name__, repr(np.mean(i)), repr(np.sum(a, dtype=np.float64)), repr(np.mean(i, dtype=np.float32)))
print(repr(np.sum([1, 2, 3])), repr(np.sum([0.5, 0.25])), repr(np.mean([True, False])), repr(np.sum(np.array([True, True, False]))))
print(repr(np.argmax(a)), repr(np.argmax(a, axis=0)), repr(np.argmin(i, axis=1)), repr(np.argmax([3, 9, 2])), type(np.argmax(a)).__name__)
print(repr(np.any(a > 10)), repr(np.all(a >= 0)), repr(np.any(i > 5, axis=1)), repr(np.all(i > 0, axis=0)))
print(repr(np.count_nonzero(i)), repr(np.count_nonzero(i > 4, axis=0)), repr(np.cumsum(i)), repr(np.cumsum(a, axis=1)))
print(repr(np.std(i, ddof=1)), repr(np.var(a, axis=0, ddof=1)))
print(repr(a.sum()), repr(a.sum(axis=1)), repr(a.mean(0)), repr(a.std()), repr(a.var(axis=1)), repr(a.max()), repr(a.min(axis=0)))
print(repr(i.argmax()), repr(i.argmin(axis=1)), repr(i.prod(axis=0)), repr((i > 3).any()), repr((i > 3).all(axis=1)), repr(i.cumsum(axis=0)))
print(repr(i.sum(axis=0, keepdims=True)), repr(a.mean(axis=-1)), repr(i.max(axis=-2)))
print(repr(np.sum(np.zeros((0, 3)), axis=0)), repr(np.prod([])), repr(np.mean(np.float32(3))))
correct = np.array([True, False, True, True])
acc = np.mean(correct.astype(np.float32))
print(acc, f'{acc:.4f}', f'{acc:.2%}', 'accuracy: {:.3f}'.format(acc), '%.2f' % acc, round(float(acc), 2))
try:
    np.max(np.array([]))
except ValueError as e:
    print('ValueError', e)
