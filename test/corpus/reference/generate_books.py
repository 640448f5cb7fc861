"""Reference lines for the corpus programs modelled on book and course recipes (wave 16:
tensorflow_cookbook, Hands-On ML): python3 reference/generate_books.py.

Kept apart from generate.py so the two can grow without touching each other. Each function
recomputes, in float64 NumPy, the equations its program runs in TF1 and returns the lines the
program must print (the corpus runner compares numbers to the program's reference tolerance).
"""
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCES = {}


def reference(name):
    def register(fn):
        REFERENCES[name] = fn
        return fn
    return register


def iris_data():
    """sklearn 0.20's load_iris().data: the iris.csv bundled with Gradbook's stdlib (TF's copy of the
    UCI file) with the two rows scikit-learn corrected to Fisher's paper."""
    scope = {}
    exec(open(os.path.join(HERE, '..', '..', '..', 'src', 'python', 'stdlib', '_iris_csv.py')).read(), scope)
    rows = [line.split(',') for line in scope['IRIS_CSV'].strip().split('\n')[1:]]
    data = np.array([[float(v) for v in row[:4]] for row in rows])
    data[34] = [4.9, 3.1, 1.5, 0.2]
    data[37] = [4.9, 3.6, 1.4, 0.1]
    return data


def tf_linspace(start, stop, num):
    """tf.linspace in float32 (start + i * (stop - start) / (num - 1)), widened to float64."""
    return np.linspace(start, stop, num).astype(np.float32).astype(np.float64)


@reference('basics/cookbook_loss_functions')
def cookbook_loss_functions():
    x = tf_linspace(-1., 1., 500)
    l2, l1 = np.square(0 - x), np.abs(0 - x)
    phuber = lambda d: d * d * (np.sqrt(1 + np.square((0 - x) / d)) - 1)
    lines = ['L2 sum: %.4f' % l2.sum(), 'L1 sum: %.4f' % l1.sum(),
             'P-Huber(0.25) sum: %.4f' % phuber(0.25).sum(), 'P-Huber(5.0) sum: %.4f' % phuber(5.0).sum()]
    x = tf_linspace(-3., 5., 500)
    hinge = np.maximum(0., 1. - x)
    with np.errstate(invalid='ignore', divide='ignore'):
        xent = -1. * np.log(x) - 0. * np.log(1. - x)
    finite = np.isfinite(xent)
    # sigmoid cross entropy with label 1: log(1 + exp(-x)); weighted with pos_weight q: q * log(1 + exp(-x))
    sig = np.log1p(np.exp(-x))
    lines += ['hinge sum: %.4f' % hinge.sum(),
              'cross entropy: %d NaN, finite sum %.4f' % (np.isnan(xent).sum(), xent[finite].sum()),
              'sigmoid cross entropy sum: %.4f' % sig.sum(), 'weighted cross entropy sum: %.4f' % (0.5 * sig).sum()]
    logits = np.array([1., -3., 10.])
    logp = logits - np.log(np.exp(logits).sum())
    soft = -(np.array([0.1, 0.02, 0.88]) * logp).sum()
    lines += [str(np.array([soft], np.float32)), str(np.array([-logp[2]], np.float32))]
    return lines


@reference('linear/cookbook_deming_regression')
def cookbook_deming_regression():
    """The program's SGD replayed: NumPy's generator gives the same batches (np.random.seed(43) then
    np.random.choice), and the start is the A, b the program prints (tf.random_normal's draw)."""
    data = iris_data()
    x_vals, y_vals = data[:, 3], data[:, 0]
    np.random.seed(43)
    A, b = -1.2482791, 1.1990999
    lines = ['Start A = [[%s]] b = [[%s]]' % (np.float32(A), np.float32(b))]

    def loss_of(x, y, A, b):
        return np.mean(np.abs(y - (x * A + b)) / np.sqrt(A * A + 1))

    for i in range(250):
        idx = np.random.choice(len(x_vals), size=50)
        x, y = x_vals[idx], y_vals[idx]
        r = y - (x * A + b)
        s = np.sqrt(A * A + 1)
        gA = np.mean(-np.sign(r) * x) / s - np.mean(np.abs(r)) * A / s ** 3
        gb = np.mean(-np.sign(r)) / s
        A, b = A - 0.1 * gA, b - 0.1 * gb
        temp_loss = loss_of(x, y, A, b)
        if (i + 1) % 50 == 0:
            lines.append('Step #%d A = [[%s]] b = [[%s]]' % (i + 1, np.float32(A), np.float32(b)))
            lines.append('Loss = %s' % np.float32(temp_loss))
    lines.append('slope: %.3f intercept: %.3f' % (A, b))
    lines.append('mean perpendicular distance: %.4f' % loss_of(x_vals, y_vals, A, b))
    return lines


@reference('cnn/ageron_cnn_padding_pooling')
def ageron_cnn_padding_pooling():
    """The chapter's fixed-filter convolutions on the program's two synthetic images, and its
    VALID / SAME example, through generate.py's float64 conv2d with TF's SAME padding."""
    from generate import conv2d_nhwc
    china = np.zeros((12, 16, 3))
    china[::4, :, :] = 1.0
    china[:, ::5, 1] = 0.5
    r, c, ch = np.indices((12, 16, 3))
    flower = ((r + 2 * c + ch) / 50.0).astype(np.float32).astype(np.float64)
    images = np.array([china, flower])
    filters = np.zeros((7, 7, 3, 2))
    filters[:, 3, :, 0] = 1
    filters[3, :, :, 1] = 1
    out = conv2d_nhwc(images, filters, 2, 'SAME').astype(np.float32)
    lines = ['vertical map of the first image, row 0: %s' % out[0, 0, :, 0],
             'horizontal map of the second image, column 0: %s' % out[1, :, 0, 1],
             'sums: %.4f %.4f' % (out[..., 0].astype(np.float64).sum(), out[..., 1].astype(np.float64).sum())]
    x = np.arange(1, 14, dtype=np.float64).reshape(1, 1, 13, 1)
    primes = np.array([2., 3., 5., 7., 11., 13.]).reshape(1, 6, 1, 1)
    for padding in ['VALID', 'SAME']:
        # stride 5 along the width only: the helper's stride is square, so take every 5th column of stride 1
        full = conv2d_nhwc(x, primes, 1, padding)
        if padding == 'SAME':  # TF pads (out - 1) * 5 + 6 - 13 = 3 columns: 1 before, 2 after
            padded = np.pad(x, ((0, 0), (0, 0), (1, 2), (0, 0)))
            full = conv2d_nhwc(padded, primes, 1, 'VALID')
        picked = full[:, :, ::5, :].astype(np.float32)
        lines.append(padding + ':')
        text = str(picked).split('\n')  # print("VALID:\n", array): one space before the first line
        lines += [' ' + text[0]] + text[1:]
    return lines


@reference('mlp/cookbook_gates')
def cookbook_gates():
    """Gradient descent (0.01) on (a * 5 - 50)^2 from a = 4, then on (a * 5 + b - 50)^2 from 1, 1."""
    lines = ['Optimizing a Multiplication Gate Output to 50.']
    a, x = 4.0, 5.0
    for i in range(10):
        a -= 0.01 * 2 * (a * x - 50) * x
        lines.append('%s * %s = %s' % (np.float32(a), x, np.float32(a * x)))
    lines += ['', 'Optimizing Two Gate Output to 50.']
    a, b = 1.0, 1.0
    for i in range(10):
        err = a * x + b - 50
        a, b = a - 0.01 * 2 * err * x, b - 0.01 * 2 * err
        lines.append('%s * %s + %s = %s' % (np.float32(a), x, np.float32(b), np.float32(a * x + b)))
    return lines


@reference('linear/cookbook_l1_vs_l2')
def cookbook_l1_vs_l2():
    """Both SGD runs replayed: np.random.seed(7), batches of 25 from np.random.choice, lr 0.05, the
    starts the program prints (tf.random_normal's draws). TF's abs gradient is sign(r), 0 at 0."""
    data = iris_data()
    x_vals, y_vals = data[:, 3], data[:, 0]
    np.random.seed(7)
    lines, last = [], []
    for name, (A, b) in (('L1', (0.58286875, 0.90223217)), ('L2', (-0.41604704, 0.07439896))):
        lines.append('%s start A = [[%s]] b = [[%s]]' % (name, np.float32(A), np.float32(b)))
        for i in range(50):
            idx = np.random.choice(len(x_vals), size=25)
            x, y = x_vals[idx], y_vals[idx]
            r = y - (x * A + b)
            if name == 'L1':
                gA, gb = np.mean(-np.sign(r) * x), np.mean(-np.sign(r))
            else:
                gA, gb = np.mean(-2 * r * x), np.mean(-2 * r)
            A, b = A - 0.05 * gA, b - 0.05 * gb
            r = y - (x * A + b)
            loss = np.mean(np.abs(r)) if name == 'L1' else np.mean(r * r)
            if (i + 1) % 25 == 0:
                lines.append('Step #%d A = [[%s]] b = [[%s]]' % (i + 1, np.float32(A), np.float32(b)))
        last.append(loss)
    lines.append('last losses: L1 %.4f L2 %.4f' % tuple(last))
    return lines


@reference('basics/cookbook_multiple_layers')
def cookbook_multiple_layers():
    """2x2 window averages (stride 2) of np.random.seed(0)'s uniform 4x4 image (rounded to float32
    as the placeholder does), then sigmoid(A @ avg + 1), both rounded to 6 decimals."""
    np.random.seed(0)
    x = np.random.uniform(size=[1, 4, 4, 1]).astype(np.float32).astype(np.float64)[0, :, :, 0]
    avg = x.reshape(2, 2, 2, 2).mean(axis=(1, 3))
    A = np.array([[1., 2.], [-1., 3.]])
    out = 1 / (1 + np.exp(-(A.dot(avg) + 1)))
    # the printed text must match, so the last digits matter: print them rounded to 6 decimals,
    # as the program's second print of each array does
    return ['averages: ' + str(np.round(avg, 6).tolist()), 'layer: ' + str(np.round(out, 6).tolist())]


if __name__ == '__main__':
    for name, fn in sorted(REFERENCES.items()):
        out = os.path.join(HERE, name + '.txt')
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, 'w') as f:
            f.write('\n'.join(fn()) + '\n')
        print('wrote', os.path.relpath(out, HERE))
