"""Writes the reference lines of the deterministic corpus programs (python3 reference/generate.py).

Each function recomputes, in float64 NumPy, the same equations the program runs in TF1 (same data,
same starting values, same update order) and returns the lines the program must print. The corpus
runner checks that stdout contains them in order, numbers to a relative tolerance (1e-4 unless
the program says `# reference-tolerance:`). Tests never run this script; its output is committed.
"""
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data')
REFERENCES = {}


def reference(name):
    def register(fn):
        REFERENCES[name] = fn
        return fn
    return register


@reference('linear/linreg_birth_life')
def linreg_birth_life():
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(DATA, 'birth_life_2010.txt')).readlines()[1:]]
    data = np.array([[float(r[1]), float(r[2])] for r in rows], dtype=np.float32).astype(np.float64)
    w = b = 0.0
    lines = []
    for i in range(30):
        total = 0.0
        for x, y in data:
            err = y - (w * x + b)
            total += err * err  # the loss fetched with the train op is computed before the update
            w, b = w + 0.001 * 2 * err * x, b + 0.001 * 2 * err
        if i % 10 == 9:
            lines.append('Epoch {0}: {1:.4f}'.format(i, total / len(data)))
    lines.append('w: %f, b: %f' % (w, b))
    return lines


@reference('linear/lab03_gradient_manual')
def lab03_gradient_manual():
    X = np.array([1., 2., 3.])
    Y = np.array([1., 2., 3.])
    W = 5.0
    lines = []
    for step in range(100):
        grad = np.mean((W * X - Y) * X) * 2
        if step % 10 == 0:
            lines.append('%d %.5f %.5f %.5f %.5f' % (step, grad, W, grad, W))
        W -= 0.01 * grad
    lines.append('W after 100 steps: %.5f' % W)
    return lines


if __name__ == '__main__':
    for name, fn in sorted(REFERENCES.items()):
        out = os.path.join(HERE, name + '.txt')
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, 'w') as f:
            f.write('\n'.join(fn()) + '\n')
        print('wrote', os.path.relpath(out, HERE))
