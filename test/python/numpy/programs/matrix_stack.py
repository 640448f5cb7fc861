# column_stack, row_stack, dstack, broadcast_to, cumprod, trace, diag, tril, triu as NumPy 1.26
# prints them. The .expected file is this program's stdout under python3-numpy:
# python3 matrix_stack.py > matrix_stack.expected (np.row_stack is NumPy 2's deprecated alias of
# vstack: the generator silences its DeprecationWarning, which goes to stderr anyway).
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
import numpy as np

a = np.array([1, 2, 3])
b = np.array([4.5, 5.5, 6.5])
m = np.arange(12).reshape(3, 4)
print(np.column_stack((a, b)))
print(np.column_stack([a, a]).dtype, np.column_stack((m[:, :2], a)))
print(np.column_stack((np.array(7), np.array(8))).shape)
print(np.row_stack((a, a * 2)))
print(np.row_stack([m, a.tolist() + [0]]).shape)
print(np.dstack((a, a + 10)))
print(np.dstack([m, m]).shape, np.dstack((np.ones((2, 2), np.float32), np.zeros((2, 2), np.int8))).dtype)
print(np.broadcast_to(a, (2, 3)))
print(np.broadcast_to(np.float32(2.5), 3), np.broadcast_to(np.array([[1], [2]]), [2, 2]).dtype)
print(np.cumprod(a), np.cumprod(np.array([1.5, 2.0, -3.0], np.float32)))
print(np.cumprod(m + 1, axis=0))
print(np.cumprod(m + 1, axis=1, dtype=np.float64))
print(np.cumprod([[True, False], [True, True]]), np.cumprod(np.array([2, 3], np.int32)).dtype)
print(np.cumprod(np.array([2**40, 2**30, 3])), np.cumprod(np.array([-2**31, 2**33, 5])))
print((m + 1).cumprod(), (m + 1).cumprod(axis=-1).shape)
print(np.trace(m), np.trace(m, 1), np.trace(m, -1), np.trace(m, offset=5))
t = np.trace(np.eye(3, dtype=np.float32))
print(t, t.dtype, np.trace(m, dtype=np.float32))
c = np.arange(24).reshape(2, 3, 4)
print(np.trace(c), np.trace(c, axis1=1, axis2=2), np.trace(c, 1, 0, 2))
print(m.trace(), m.trace(offset=-2))
print(np.diag(a))
print(np.diag(b, 1))
print(np.diag([1, 2], k=-2))
print(np.diag(m), np.diag(m, 2), np.diag(m, -1), np.diag(m, 7))
print(np.tril(m))
print(np.tril(m, -1))
print(np.triu(m, 1))
print(np.triu(m.astype(np.float32), -1))
print(np.tril(c, 1))
print(np.triu([1, 2, 3]))
print(np.tril(np.ones((3, 3), dtype=bool), k=0))
for bad in ("np.diag(c)", "np.trace(a)", "np.broadcast_to(a, (2, 4))", "np.trace(m, axis1=1, axis2=1)"):
    try:
        eval(bad)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
