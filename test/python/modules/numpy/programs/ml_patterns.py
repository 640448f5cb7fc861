import numpy as np
np.set_printoptions(legacy='1.25')

np.random.seed(1)
n, d, k = 20, 4, 3
X = np.random.randn(n, d).astype(np.float32)
y = np.random.randint(0, k, size=n)
Y = np.zeros((n, k), dtype=np.float32)
Y[np.arange(n), y] = 1
print(Y[:4], Y.sum(axis=0))


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


W = np.zeros((d, k))
b = np.zeros(k)
lr = 0.5
for epoch in range(5):
    p = softmax(X @ W + b)
    loss = -np.mean(np.sum(Y * np.log(p + 1e-9), axis=1))
    grad = p - Y
    W = W - lr * X.T.dot(grad) / n
    b = b - lr * grad.mean(axis=0)
    acc = np.mean(np.argmax(p, axis=1) == y)
    print('epoch %d loss %.4f acc %.3f' % (epoch, loss, acc), f'{loss:.5f}', f'{acc:.2f}')
print(np.round(W, 3))
batch_size = 6
idx = np.random.permutation(n)
for start in range(0, n, batch_size):
    batch = idx[start:start + batch_size]
    xb, yb = X[batch], Y[batch]
    print(start, xb.shape, yb.shape, yb.argmax(axis=1), round(float(xb.mean()), 4))
pred = np.array([0.1, 0.7, 0.4, 0.9])
labels = np.array([0, 1, 1, 1])
correct = (pred > 0.5) == labels.astype(bool)
print(correct, correct.mean(), np.count_nonzero(correct), correct.sum() / len(correct))
conf = np.zeros((2, 2), dtype=int)
for t, q in zip(labels, (pred > 0.5).astype(int)):
    conf[t, q] += 1
print(conf)
images = np.arange(2 * 28 * 28, dtype=np.float32).reshape(-1, 784) / 1568.0
img = images[1].reshape(28, 28)
print(img.shape, img[14, 10:14], images.max(), images.min(), images.dtype)
hist = [int(v) for v in np.bincount_fallback] if hasattr(np, 'bincount_fallback') else [int((y == c).sum()) for c in range(k)]
print(hist, np.std(X, axis=0).round(3), np.linspace(0.1, 1.0, 4))
losses = []
for i in range(3):
    losses.append(np.float32(1.0) / (i + 1))
print(losses, np.mean(losses), np.array(losses), np.min(losses), max(losses))
