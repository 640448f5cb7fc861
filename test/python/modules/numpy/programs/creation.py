import numpy as np
np.set_printoptions(legacy='1.25')

a = np.array([1, 2, 3])
print(a, repr(a), a.dtype)
print(repr(np.array([1.5, 2])), repr(np.array([True, False])), repr(np.array([[1, 2], [3, 4]], dtype=np.float32)))
print(repr(np.array([1, 2], dtype='float64')), repr(np.array([1, 2], dtype=float)), repr(np.array([0, 1, 2], dtype=bool)))
print(repr(np.array(5)), repr(np.array(2.5)), np.array(5).shape, np.array([1, 2], ndmin=2).shape)
print(repr(np.array((1, 2, 3), dtype=np.int32)), repr(np.array([[1, 2], [3, 4]], dtype=np.uint8)))
print(repr(np.array(range(4))), repr(np.array([np.float32(1.5), np.float32(2)])))
b = np.asarray(a)
print(b is a, np.asarray([1, 2]).dtype, np.asarray(a, dtype=np.float32).dtype)
print(repr(np.zeros(3)), repr(np.zeros((2, 3), dtype=np.int32)), repr(np.ones((2, 2))), repr(np.ones(2, dtype=int)))
print(repr(np.empty((0,))), np.empty((2, 0)).shape, repr(np.full((2, 2), 7)), repr(np.full(3, 0.5, dtype=np.float32)))
print(repr(np.zeros_like(a)), repr(np.ones_like(a, dtype=np.float64)), repr(np.full_like(a, 9)), np.empty_like(a).shape)
print(repr(np.arange(5)), repr(np.arange(1, 7, 2)), repr(np.arange(0.0, 1.0, 0.25)), repr(np.arange(5, dtype=np.float32)))
print(repr(np.arange(10, 0, -3)), repr(np.arange(3.0)))
print(repr(np.linspace(0, 1, 5)), repr(np.linspace(0, 1, 4, endpoint=False)), repr(np.linspace(-1, 1, 3, dtype=np.float32)))
print(np.linspace(0, 10, 6, retstep=True))
print(repr(np.eye(3)), repr(np.eye(2, 3, k=1)), repr(np.identity(2, dtype=np.int32)))
print(repr(np.copy(a)), np.copy(a) is a)
print(np.array([[1, 2, 3]] * 2).shape, repr(np.array([])), np.array([]).dtype)
print(np.zeros((2, 3, 4)).shape, np.ones([3]).dtype, np.zeros(4, np.int64).dtype)
try:
    np.array([[1, 2], [3]], dtype=float)  # ragged: NumPy 1.x made an object array without a dtype (test/python/numpy/object_arrays.test.ts)
except ValueError as e:
    print('ValueError', e)
try:
    np.zeros(-1)
except ValueError as e:
    print('ValueError', e)
