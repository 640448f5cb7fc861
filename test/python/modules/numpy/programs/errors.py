import numpy as np
np.set_printoptions(legacy='1.25')

a = np.arange(6).reshape(2, 3)
checks = [
    ("np.zeros(2, dtype='foo')", lambda: np.zeros(2, dtype='foo')),
    ('a.mean(axis=2)', lambda: a.mean(axis=2)),
    ('np.sum(a, axis=-3)', lambda: np.sum(a, axis=-3)),
    ('len(np.float32(1))', lambda: len(np.float32(1))),
    ('hash(a)', lambda: hash(a)),
    ('np.float32(1)[0]', lambda: np.float32(1)[0]),
    ('np.foo', lambda: np.foo),
    ('matmul mismatch', lambda: np.array([1, 2]) @ np.array([1, 2, 3])),
    ("np.dtype('x')", lambda: np.dtype('x')),
    ('a[1.5]', lambda: a[1.5]),
    ('np.random.seed(-1)', lambda: np.random.seed(-1)),
    ('a[0, 5]', lambda: a[0, 5]),
    ('a[..., ...]', lambda: a[..., ...]),
    ('np.reshape(a, (4, 4))', lambda: np.reshape(a, (4, 4))),
    ('bool(a)', lambda: bool(a)),
    ('a[[0, 1], [0]] broadcast', lambda: a[[0, 1], [0, 1, 2]]),
    ('np.random.choice(0)', lambda: np.random.choice(0)),
    ('np.linspace(0, 1, -1)', lambda: np.linspace(0, 1, -1)),
    ('np.random.choice(3, 5, replace=False)', lambda: np.random.choice(3, 5, replace=False)),
]
for name, f in checks:
    try:
        r = f()
        print(name, '->', r)
    except Exception as e:
        print(name, type(e).__name__, e, isinstance(e, ValueError), isinstance(e, IndexError))
