# The seed program (examples/mnist_softmax.py) written for PyTorch, as a whole process for
# bench/seed-process.ts: read the same bundled MNIST files (gzip'd IDX in data/mnist, 5,000 train
# after 500 validation digits, 4,500 test), the same naive softmax regression (zero init, SGD
# 0.5), 2000 steps of next_batch(100) with TF's shuffle-every-epoch rules, then test accuracy.
# torch.set_num_threads(N) from argv[1] (default: PyTorch's own choice).
import gzip
import os
import sys

import numpy as np
import torch

if len(sys.argv) > 1:
    torch.set_num_threads(int(sys.argv[1]))
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'data', 'mnist')


def idx(name, header):
    with gzip.open(os.path.join(DATA, name)) as f:
        return np.frombuffer(f.read(), np.uint8, offset=header)


def images(name):
    return idx(name, 16).reshape(-1, 784).astype(np.float32) * np.float32(1 / 255)


def one_hot(name):
    ids = idx(name, 8)
    out = np.zeros((ids.size, 10), np.float32)
    out[np.arange(ids.size), ids] = 1
    return out


train_x, train_y = images('train-images-idx3-ubyte.gz')[500:], one_hot('train-labels-idx1-ubyte.gz')[500:]
test_x, test_y = images('t10k-images-idx3-ubyte.gz'), one_hot('t10k-labels-idx1-ubyte.gz')


class Batches:
    """TF1's DataSet.next_batch: shuffle first, then on overflow take the rest, reshuffle, concatenate."""

    def __init__(self, x, y):
        self.x, self.y, self.index = x, y, 0
        self.shuffle()

    def shuffle(self):
        perm = np.random.permutation(len(self.x))
        self.x, self.y = self.x[perm], self.y[perm]

    def next(self, n):
        start = self.index
        if start + n > len(self.x):
            rest_x, rest_y = self.x[start:], self.y[start:]
            self.shuffle()
            self.index = n - len(rest_x)
            return np.concatenate([rest_x, self.x[:self.index]]), np.concatenate([rest_y, self.y[:self.index]])
        self.index += n
        return self.x[start:self.index], self.y[start:self.index]


w = torch.zeros(784, 10, requires_grad=True)
b = torch.zeros(10, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.5)
model = lambda x: torch.softmax(x @ w + b, 1)
batches = Batches(train_x, train_y)
print('start to run session:')
for i in range(2000):
    xs, ys = (torch.from_numpy(a) for a in batches.next(100))
    opt.zero_grad()
    torch.mean(-torch.sum(ys * torch.log(model(xs)), 1)).backward()
    opt.step()
with torch.no_grad():
    correct = model(torch.from_numpy(test_x)).argmax(1) == torch.from_numpy(test_y).argmax(1)
    print(correct.float().mean().item())
