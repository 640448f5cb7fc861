"""Writes coursera_tensorflow_tutorial.txt (python3 coursera_tensorflow_tutorial_gen.py): the lines
the notebook's deterministic cells must print, recomputed in float64 NumPy (same np.random.seed(1)
draws for linear_function, the logistic function, the sigmoid cross-entropy
max(z, 0) - z*y + log(1 + exp(-|z|)), tf.one_hot(axis=0), and the synthetic data set's shapes and
mini-batch split). The runner compares numbers with a relative tolerance of 1e-4."""
import math
import os
import numpy as np

lines = ['9', 'Tensor("Mul:0", shape=(), dtype=int32)', '20', '6']
np.random.seed(1)
X = np.random.randn(3, 1)
W = np.random.randn(4, 3)
b = np.random.randn(4, 1)
lines += ['result = '] + str(np.dot(W, X) + b).split('\n')
sig = lambda z: 1 / (1 + math.exp(-z))
lines += ['sigmoid(0) = 0.5', 'sigmoid(12) = %.8f' % sig(12), 'sigmoid(-1.5) = %.8f' % sig(-1.5)]
z = np.array([0.2, 0.4, 0.7, 0.9])
y = np.array([0., 0., 1., 1.])
cost = np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))
lines.append('cost = [' + ' '.join('%.8f' % c for c in cost) + ']')
labels = np.array([1, 2, 3, 0, 2, 1])
lines += ['one_hot = '] + str(np.eye(4)[labels].T).split('\n')
lines.append('ones = [1. 1. 1.]')
lines += ['number of training examples = 300', 'number of test examples = 60', 'X_train shape: (192, 300)',
          'Y_train shape: (6, 300)', 'X_test shape: (192, 60)', 'Y_test shape: (6, 60)']
# TF1 names are unique case-insensitively: x, X_1 (linear_function), x_2..x_4 (three sigmoid calls), X_5;
# y (the first cell's constant), y_1 (cost), Y_2.
lines += ['X = Tensor("X_5:0", shape=(192, ?), dtype=float32)', 'Y = Tensor("Y_2:0", shape=(6, ?), dtype=float32)']
m = 300
lines += ['number of mini-batches = %d' % (math.floor(m / 64) + (1 if m % 64 else 0)),
          'last mini-batch shape = (192, %d)' % (m % 64), 'first label column sum = 64.0']
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'coursera_tensorflow_tutorial.txt'), 'w') as f:
    f.write('\n'.join(lines) + '\n')
