# NumPy as tutorials use it around a model: arrays, broadcasting, reductions, indexing, random.
import numpy as np

rng = np.random.RandomState(42)
a = rng.randn(4, 3)
b = np.arange(12).reshape(4, 3)
c = a * 2 + b
print(c.shape, c.dtype, round(float(c.sum()), 3))
print(np.argmax(c, axis=1), c.max(axis=0).round(2))
onehot = np.eye(3)[[0, 2, 1, 1]]
print(onehot)
mask = c > 5
print(mask.sum(), c[mask].mean().round(3))
d = np.concatenate([a, b], axis=0)
print(d.shape, np.mean(d, axis=0).round(2))
e = np.linspace(0, 1, 5)
print(e, e[::-1], e[1:3])
scores = {'train': 0.91, 'test': 0.87}
for name, s in sorted(scores.items()):
    print('%-6s %.3f' % (name, s), f'{s:>8.2%}')
labels = [int(i) for i in rng.randint(0, 10, size=8)]
print(labels, len(set(labels)))
