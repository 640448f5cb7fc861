import numpy as np
np.set_printoptions(legacy='1.25')

x = np.array([1, 2, 3], dtype=np.float32)
alias = x
x += 1
x *= 2
x -= np.array([1, 1, 1])
x /= 4
print(repr(x), alias is x, repr(alias))
y = np.arange(4)
y += 2
y *= 3
y //= 2
y %= 5
print(repr(y))
w = np.ones((2, 3), dtype=np.float32)
grad = np.arange(3, dtype=np.float64)
for step in range(3):
    w -= 0.1 * grad
print(repr(w))
row = w[0]
row += 100
print(repr(w))
s = np.float32(1.5)
t = s
s += 1
print(repr(s), repr(t), type(s).__name__)
try:
    y += 0.5
except TypeError as e:
    print('TypeError', e)
try:
    y += np.ones((2, 4), dtype=np.int64)
except ValueError as e:
    print('ValueError', e)
