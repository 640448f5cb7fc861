"""Float64 NumPy runs that set the thresholds of shortened training programs (python3 reference/calibration.py NAME).

Unlike generate.py these do not write reference lines: a training run from random weights cannot
match TF1 digit for digit, but the same updates from a few random starts show where a shortened run
lands, which is what the program's `# expect-value` / `# expect-decrease` thresholds are set from.
Each function prints its numbers; the program header quotes them.
"""
import gzip
import os
import sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
MNIST = os.path.join(HERE, '..', '..', '..', 'data', 'mnist')
CALIBRATIONS = {}


def calibration(fn):
    CALIBRATIONS[fn.__name__] = fn
    return fn


def mnist_train_images():
    """The 5,000 training digits read_data_sets gives (the first 500 are the validation split)."""
    raw = gzip.open(os.path.join(MNIST, 'train-images-idx3-ubyte.gz')).read()
    return np.frombuffer(raw, np.uint8, offset=16).reshape(-1, 784).astype(np.float64)[500:] / 255


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


@calibration
def golbin_autoencoder(epochs=8, seeds=2):
    """784-256-784 sigmoid autoencoder, MSE, TF1 RMSProp(0.01): ms starts at 1, decay 0.9, eps 1e-10."""
    X = mnist_train_images()
    rng = np.random.RandomState(0)
    for seed in range(seeds):
        r = np.random.RandomState(seed)
        params = [r.randn(784, 256), r.randn(256), r.randn(256, 784), r.randn(784)]
        ms = [np.ones_like(p) for p in params]
        costs = []
        for _ in range(epochs):
            perm = rng.permutation(len(X))
            total = 0.0
            for i in range(len(X) // 100):
                x = X[perm[i * 100:(i + 1) * 100]]
                We, be, Wd, bd = params
                h = sigmoid(x @ We + be)
                o = sigmoid(h @ Wd + bd)
                total += np.mean((x - o) ** 2)
                do = 2 * (o - x) / x.size * o * (1 - o)
                dh = do @ Wd.T * h * (1 - h)
                grads = [x.T @ dh, dh.sum(0), h.T @ do, do.sum(0)]
                for k, g in enumerate(grads):
                    ms[k] = 0.9 * ms[k] + 0.1 * g * g
                    params[k] = params[k] - 0.01 * g / np.sqrt(ms[k] + 1e-10)
            costs.append(round(float(total) / (len(X) // 100), 4))
        print('seed', seed, 'epoch costs', costs)


if __name__ == '__main__':
    for name in sys.argv[1:] or sorted(CALIBRATIONS):
        print(name)
        CALIBRATIONS[name]()
