import numpy as np
np.set_printoptions(legacy='1.25')

a = np.arange(24).reshape(2, 3, 4)
print(a[0], a[1, 2], a[1, 2, 3], a[-1, -1, -1], type(a[1, 2, 3]))
print(a[:, 1], a[..., 1], a[0, ..., 2], a[:, :, ::2], a[:, ::-1, 0], a[1, 1:, 1:3])
print(a[None].shape, a[:, None, :, None].shape, a[..., None].shape, a[()].shape)
print(a[0, [0, 2]], a[[0, 1], [1, 2]], a[:, [2, 0], 1], a[[1, 0]].shape, a[:, [[0, 1], [1, 2]]].shape)
print(a[0][a[0] > 5], a[a % 5 == 0], a[np.array([True, False])].shape, a[0, [True, False, True]])
idx = np.array([2, 0])
print(a[1, idx], a[1][idx, 1:3], a[np.int64(1), 0])
v = np.arange(10)
print(v[2:8:3], v[::-1], v[-3:], v[:-7], v[8:2:-2], v[100:], v[[-1, -2]])

b = np.zeros((3, 4))
b[0] = 1
b[1, 1:3] = [5, 6]
b[2][3] = 7
b[:, 0] += 0.5
b[b > 5] = -1
b[[0, 2], [1, 2]] = 9
print(b)
c = np.arange(6)
c[::2] = 0
c[c == 0] = np.array([7, 8, 9])
print(c)
labels = np.zeros((3, 4), dtype=np.float32)
for i, y in enumerate([2, 0, 3]):
    labels[i][y] = 1
print(labels)
batch = v[2:5]
batch[0] = 100
print(v)
onehot = np.eye(4)[[1, 3, 0]]
print(onehot)
m = np.arange(12).reshape(3, 4)
m[1] = np.arange(4) * 10
m[..., -1] = -1
print(m, m[1:, ::2], m[:, 1].shape)
s = np.float32(3.5)
print(len(a), len(a[0]), [int(x) for x in v[:3]], list(m[0]))
for row in m:
    print(row, row.sum())
try:
    a[2]
except IndexError as e:
    print('IndexError', e)
try:
    a[0, 0, 0, 0]
except IndexError as e:
    print('IndexError', e)
try:
    v[[1.5]]
except IndexError as e:
    print('IndexError', e)
print(3 in v, 1000 in v)
