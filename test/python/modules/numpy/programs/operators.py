import numpy as np
np.set_printoptions(legacy='1.25')

a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=np.float32)
b = np.array([10, 20, 30])
print(repr(a + b), repr(a * 2), repr(2 * a), repr(a - 1.5), repr(1.5 - a), repr(a / 2), repr(1 / a))
print(repr(b // 7), repr(b % 7), repr(-b // 7), repr(b ** 2), repr(2 ** b[:2]), repr(a ** 0.5), repr(b / 4))
print(repr(b + True), repr(b * 0.5), repr(b + np.float32(1)), repr(np.int32(3) + b), repr(b.astype(np.int32) + 1))
print(repr(a + a.T.T), repr(a @ a.T), repr(a[0] @ a[1]), repr(np.ones((3, 1)) + np.arange(3)))
print(repr(a > 2), repr(a == a), repr(b != 20), repr(2 < b), repr(a <= np.array([1, 5, 3])), repr(b >= [10, 30, 20]))
print(repr(-a), repr(+b), repr(abs(np.array([-1, 2, -3]))), repr(~np.array([True, False])), repr(~np.array([1, 2])))
print(repr((a > 2) & (a < 5)), repr((a < 2) | (a > 5)), repr(np.array([5, 3]) & 6), repr(np.array([True]) ^ True))
print(repr([1, 2, 3] + b), repr(b - [1, 1, 1]), repr((1, 2, 3) * b))
s = np.float32(2.5)
print(repr(s + 1), repr(s * s), type(s + 1).__name__, type(s * 2.0).__name__, type(np.float64(1) + 1).__name__, repr(s > 2))
print(repr(np.int64(7) // 2), repr(np.int64(7) / 2), type(np.int64(7) // 2).__name__, repr(np.array(3) + 1))
print(repr(np.arange(3) == 1), repr(np.arange(3) == np.arange(3)), np.array_equal(np.arange(3), [0, 1, 2]))
print(repr(a + np.array([[1], [2]])), repr(np.zeros((2, 1, 3)) + np.ones((4, 1))))
try:
    a + np.ones(4)
except ValueError as e:
    print('ValueError', e)
try:
    bool(np.array([1, 2]))
except ValueError as e:
    print('ValueError', e)
print(bool(np.array([0])), bool(np.float32(0.5)), float(np.float32(0.1)), int(np.int64(5)), int(np.float64(2.9)))
print(a.sum() > 20, 'yes' if np.float32(1) else 'no', [1, 2, 3][np.int64(1)], range(10)[np.int32(2)])
