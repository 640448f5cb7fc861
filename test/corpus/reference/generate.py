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


def conv2d_nhwc(image, kernel, stride, padding):
    """TF1 conv2d semantics (cross-correlation; SAME pads the extra row/column after)."""
    n, h, w, c = image.shape
    kh, kw, _, out_c = kernel.shape
    if padding == 'SAME':
        oh, ow = -(-h // stride), -(-w // stride)
        ph = max((oh - 1) * stride + kh - h, 0)
        pw = max((ow - 1) * stride + kw - w, 0)
        image = np.pad(image, ((0, 0), (ph // 2, ph - ph // 2), (pw // 2, pw - pw // 2), (0, 0)))
    else:
        oh, ow = (h - kh) // stride + 1, (w - kw) // stride + 1
    out = np.zeros((n, oh, ow, out_c))
    for i in range(oh):
        for j in range(ow):
            patch = image[:, i * stride:i * stride + kh, j * stride:j * stride + kw, :]
            out[:, i, j, :] = np.tensordot(patch, kernel, axes=([1, 2, 3], [0, 1, 2]))
    return out


@reference('cnn/basic_filters')
def basic_filters():
    blur = np.array([[0.0625, 0.125, 0.0625], [0.125, 0.25, 0.125], [0.0625, 0.125, 0.0625]])
    sharpen = np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], float)
    edge = np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], float)
    sobel = np.array([[1, 2, 1], [0, 0, 0], [-1, -2, -1]], float)
    kernel = np.stack([blur, sharpen, edge, sobel], axis=-1)[:, :, None, :]
    pixels = np.arange(36, dtype=np.float64).reshape(6, 6) / 4.0
    pixels[2:4, 2:4] = 20.0
    image = pixels.reshape(1, 6, 6, 1)
    out = conv2d_nhwc(image, kernel, 1, 'SAME')
    valid = conv2d_nhwc(image, kernel, 2, 'VALID')
    lines = ['(3, 3, 1, 4) (1, 6, 6, 4) (1, 2, 2, 4)']
    for k, name in enumerate(['blur', 'sharpen', 'edge', 'top_sobel']):
        lines.append(name)
        lines += [' '.join('%.4f' % v for v in row) for row in out[0, :, :, k]]
    lines.append('valid stride 2')
    lines += [' '.join('%.4f' % v for v in row) for row in valid[0, :, :, 3]]
    return lines


@reference('notebooks/cnn_basics')
def cnn_basics():
    lines = []
    image = np.arange(1, 10, dtype=np.float32).reshape(1, 3, 3, 1)
    lines.append(str(image.shape))
    lines.append('image.shape ' + str(image.shape))
    ones = np.ones((2, 2, 1, 1))
    lines.append('weight.shape (2, 2, 1, 1)')
    out = conv2d_nhwc(image, ones, 1, 'VALID').astype(np.float32)
    lines.append('conv2d_img.shape ' + str(out.shape))
    for img in np.swapaxes(out, 0, 3):
        lines += str(img.reshape(2, 2)).split('\n')
    out = conv2d_nhwc(image, ones, 1, 'SAME').astype(np.float32)
    lines.append('conv2d_img.shape ' + str(out.shape))
    for img in np.swapaxes(out, 0, 3):
        lines += str(img.reshape(3, 3)).split('\n')
    three = np.tile(np.array([1., 10., -1.]), (2, 2, 1, 1))
    lines.append('weight.shape (2, 2, 1, 3)')
    out = conv2d_nhwc(image, three, 1, 'SAME').astype(np.float32)
    lines.append('conv2d_img.shape ' + str(out.shape))
    for img in np.swapaxes(out, 0, 3):
        lines += str(img.reshape(3, 3)).split('\n')
    lines += ['(1, 1, 1, 1)', '[[[[4.]]]]', '(1, 2, 2, 1)']
    same = np.array([[[[4.], [3.]], [[2.], [1.]]]], dtype=np.float32)  # max over the 2x2 window, padded after
    lines += str(same).split('\n')
    return lines


@reference('data/linreg_dataset')
def linreg_dataset():
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(DATA, 'birth_life_2010.txt')).readlines()[1:]]
    data = np.array([[float(r[1]), float(r[2])] for r in rows], dtype=np.float32).astype(np.float64)
    delta = 14.0
    w = b = 0.0
    lines = []
    for i in range(30):
        total = 0.0
        for x, y in data:
            r = y - (w * x + b)
            if abs(r) < delta:
                total += 0.5 * r * r
                d_pred = -r
            else:
                total += delta * abs(r) - 0.5 * delta * delta
                d_pred = -delta * np.sign(r)
            w, b = w - 0.001 * d_pred * x, b - 0.001 * d_pred
        if i % 10 == 9:
            lines.append('Epoch {0}: {1:.4f}'.format(i, total / len(data)))
    lines.append('w: %f, b: %f' % (w, b))
    return lines


@reference('linear/lab07_minmax_scaler')
def lab07_minmax_scaler():
    xy = np.array([[828.659973, 833.450012, 908100, 828.349976, 831.659973],
                   [823.02002, 828.070007, 1828100, 821.655029, 828.070007],
                   [819.929993, 824.400024, 1438100, 818.97998, 824.159973],
                   [816, 820.958984, 1008100, 815.48999, 819.23999],
                   [819.359985, 823, 1188100, 818.469971, 818.97998],
                   [819, 823, 1198100, 816, 820.450012],
                   [811.700012, 815.25, 1098100, 809.780029, 813.669983],
                   [809.51001, 816.659973, 1398100, 804.539978, 809.559998]])
    lo, hi = xy.min(0), xy.max(0)
    return str((xy - lo) / (hi - lo + 1e-7)).split('\n')


@reference('regression/morvan_visualize_gradient_descent')
def morvan_visualize_gradient_descent():
    np.random.seed(1)
    x = np.linspace(-1, 1, 200, dtype=np.float32).astype(np.float64)
    noise = np.random.randn(200) / 10
    # y is float64 in the program; y - pred converts it to float32 (the Tensor's dtype).
    y = (np.sin(2.5 * np.cos(1.2 * np.linspace(-1, 1, 200, dtype=np.float32))) + noise)
    y = y.astype(np.float32).astype(np.float64)
    a, b = 2.0, 4.5
    lines = []
    for t in range(400):
        c = np.cos(a * x)
        r = y - np.sin(b * c)
        mse = np.mean(r * r)
        if t % 50 == 0:
            lines.append('step %d: a=%.4f b=%.4f mse=%.6f' % (t, a, b, mse))
        d_inner = (-2 * r / len(x)) * np.cos(b * c)     # d mse / d (b * cos(a x))
        grad_b = np.sum(d_inner * c)
        grad_a = np.sum(d_inner * b * -np.sin(a * x) * x)
        a, b = a - 0.1 * grad_a, b - 0.1 * grad_b
    return lines


@reference('rnn/gru_variable_length')
def gru_variable_length():
    """TF1 GRUCell (gates then candidate, r applied to the state) under dynamic_rnn with sequence_length."""
    def values(shape):
        return 0.5 * np.sin(np.arange(np.prod(shape)) + len(shape)).reshape(shape)
    sig = lambda z: 1 / (1 + np.exp(-z))
    gk, gb, ck, cb = values([5, 4]), values([4]), values([5, 2]), values([2])
    x = np.zeros((2, 10, 3))
    x[0, :4] = np.cos(np.arange(12)).reshape(4, 3).astype(np.float32)
    x[1, :2] = (np.sin(np.arange(6)).reshape(2, 3) + 0.5).astype(np.float32)
    lengths = [4, 2]
    lines = []
    out01 = None
    states = []
    for i in range(2):
        h = np.zeros(2)
        for t in range(lengths[i]):
            g = sig(np.concatenate([x[i, t], h]) @ gk + gb)
            r, u = g[:2], g[2:]
            c = np.tanh(np.concatenate([x[i, t], r * h]) @ ck + cb)
            h = u * h + (1 - u) * c
            if i == 0 and t == 1:
                out01 = h
        states.append(h)
    for i in range(2):
        lines.append('sequence %d state: %.6f %.6f' % (i, states[i][0], states[i][1]))
    lines.append('output[0, 1]: %.6f %.6f' % (out01[0], out01[1]))
    return lines


@reference('linear/cookbook_matrix_inverse_ridge')
def cookbook_matrix_inverse_ridge():
    """The normal equations (plain and ridge with lambda = 25) of y = x + sin(3x) on linspace(0, 10, 100)."""
    x = np.linspace(0, 10, 100)
    y = x + np.sin(3 * x)
    A = np.column_stack((x, np.ones(100)))
    b = y.reshape(-1, 1)
    w = np.linalg.inv(A.T @ A) @ A.T @ b
    ridge = np.linalg.solve(A.T @ A + 25.0 * np.eye(2), A.T @ b)
    return ['slope: ' + str(np.round(w[0][0], 8)),
            'y_intercept: ' + str(np.round(w[1][0], 8)),
            'ridge slope: %.8f intercept: %.8f' % (ridge[0][0], ridge[1][0]),
            'residual norm: %.8f' % np.linalg.norm(A @ w - b),
            'trace of A^T A: %.4f' % np.trace(A.T @ A)]


@reference('text/cnn_text_train_flags')
def cnn_text_train_flags():
    """The sentence files, clean_str, and TF's VocabularyProcessor rules (ids in order of first use)."""
    import re
    good = ["great", "wonderful", "moving", "funny", "brilliant", "charming"]
    bad = ["dull", "awful", "boring", "tedious", "clumsy", "lifeless"]
    filler = ["the", "film", "story", "cast", "it's", "a", "plot", "and", "director", "isn't", "ending", "really"]
    rng = np.random.RandomState(3)

    def sentence(words):
        picks = [filler[i] for i in rng.randint(0, len(filler), size=rng.randint(3, 7))]
        picks += [words[i] for i in rng.randint(0, len(words), size=2)]
        rng.shuffle(picks)
        return " ".join(picks).capitalize() + rng.choice([" .", "!", ", really."])

    raw = [sentence(good) for _ in range(100)] + [sentence(bad) for _ in range(100)]

    def clean(s):
        s = re.sub(r"[^A-Za-z0-9(),!?\'\`]", " ", s)
        for suffix in ["'s", "'ve", "n't", "'re", "'d", "'ll"]:
            s = s.replace(suffix, " " + suffix)
        for mark in [",", "!", "(", ")", "?"]:
            s = s.replace(mark, " " + ("\\" + mark if mark in "()?" else mark) + " ")
        return re.sub(r"\s{2,}", " ", s).strip().lower()

    text = [clean(s) for s in raw]
    length = max(len(t.split(" ")) for t in text)
    token = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z][a-z]+(?=[A-Z])|[\'\w\-]+")
    vocab = {"<UNK>": 0}
    for t in text:
        for w in token.findall(t):
            vocab.setdefault(w, len(vocab))

    def ids(t):
        row = np.zeros(length, np.int64)
        for i, w in enumerate(token.findall(t)[:length]):
            row[i] = vocab.get(w, 0)
        return row

    x = np.array([ids(t) for t in text])
    np.random.seed(10)
    perm = np.random.permutation(np.arange(200))
    test = [ids(t) for t in ["a masterpiece of funny charm", "everything is awful and boring"]]
    return ['first sentence: ' + text[0],
            'max_document_length: %d %s %s' % (length, x.shape, x.dtype),
            'row 0: ' + str(x[0]),
            'row 150: ' + str(x[150]),
            'Vocabulary Size: %d' % len(vocab),
            'Train/Dev split: 160/40',
            'shuffled first ids: ' + str(perm[:5]),
            'restored vocabulary: %d' % len(vocab),
            'eval ids: %s %s' % (test[0][:6], test[1][:6])]


@reference('basics/cs20_assignment1_ops')
def cs20_assignment1_ops():
    """The fixed-input questions: 1c (equal to zeros), 1d (where/gather > 30), 1e (diag), 1g (unique)."""
    x = np.array([[0, -2, -1], [0, 1, 2]])
    d = np.array([29.05088806, 27.61298943, 31.19073486, 29.35532951, 30.97266006, 26.67541885, 38.08450317,
                  20.74983215, 34.94445419, 34.45999146, 29.06485367, 36.01657104, 27.88236427, 20.56035233,
                  30.20379066, 29.51215172, 33.71149445, 28.59134293, 36.05556488, 28.66994858], dtype=np.float32)
    idx = np.argwhere(d > 30)
    diag = np.diag(np.arange(1, 7, dtype=np.int32))
    u = [5, 2, 3, 5, 10, 6, 2, 3, 4, 2, 1, 1, 0, 9]
    values = list(dict.fromkeys(u))
    return ['1c: %s' % (x == 0).tolist(),
            '1d indices: %s %s %s' % (idx.ravel().tolist(), idx.shape, idx.dtype),
            '1d values: %s %s' % (' '.join('%.4f' % v for v in d[idx].ravel()), d[idx].shape),
            '1e: %s %s %d %s' % (diag.shape, diag.dtype, diag.trace(), diag[3].tolist()),
            '1g values: %s' % np.array(values),
            '1g indices: %s' % np.array([values.index(v) for v in u])]


@reference('basics/cookbook_activation_functions')
def cookbook_activation_functions():
    """The activation functions by their formulas; the short lists in float32, the linspace in float64."""
    f32 = np.float32
    short = [np.maximum(f32([-3., 3., 10.]), 0), np.minimum(np.maximum(f32([-3., 3., 10.]), 0), 6)]
    x = np.array([-1., 0., 1.])
    for fn in [lambda v: 1 / (1 + np.exp(-v)), np.tanh, lambda v: v / (1 + np.abs(v)),
               lambda v: np.log1p(np.exp(v)), lambda v: np.where(v < 0, np.expm1(v), v)]:
        short.append(fn(x).astype(f32))
    lines = [str(s) for s in short]
    lines.append('dtypes: float64 float64')
    xs = np.linspace(-10., 10., 100)
    curves = [('relu', np.maximum(xs, 0)), ('relu6', np.clip(xs, 0, 6)), ('sigmoid', 1 / (1 + np.exp(-xs))),
              ('tanh', np.tanh(xs)), ('softsign', xs / (1 + np.abs(xs))), ('softplus', np.log1p(np.exp(xs))),
              ('elu', np.where(xs < 0, np.expm1(xs), xs))]
    for name, ys in curves:
        lines.append('%s sum: %.6f' % (name, abs(ys.sum()) if abs(ys.sum()) < 1e-9 else ys.sum()))
    return lines


@reference('basics/cookbook_matrices')
def cookbook_matrices():
    """The deterministic matrix recipes: identity, fill, D, B - B, B x I, det, inverse, Cholesky, eigh (lower)."""
    D = np.array([[1., 2., 3.], [-3., -7., -1.], [0., 5., -2.]])
    e, v = np.linalg.eigh(D, UPLO='L')
    signs = np.sign(v[np.argmax(np.abs(v), axis=0), np.arange(3)])
    lines = []
    for m in [np.eye(3, dtype=np.float32), np.full((2, 3), 5.0, np.float32), D, np.zeros((2, 3), np.float32),
              np.full((2, 3), 5.0, np.float32)]:
        lines += str(m).split('\n')
    lines.append(str(np.linalg.det(D)))
    lines += str(np.linalg.inv(D)).split('\n')
    lines += str(np.linalg.cholesky(np.eye(3, dtype=np.float32))).split('\n')
    lines.append(str(e))
    lines += str(np.round(v * signs, 6)).split('\n')
    return lines


@reference('basics/cookbook_declaring_operations')
def cookbook_declaring_operations():
    """Integer and float division, mod, cross, cos(3.1416) and tan(pi/4) in float32, the polynomial in int32."""
    f = np.float32
    lines = [str(np.int32(3) // np.int32(4)), str(f(3) / f(4)), str(np.floor_divide(f(3.0), f(4.0))),
             str(np.mod(f(22.0), f(5.0))), str(np.cross(np.array([1., 0., 0.], f), np.array([0., 1., 0.], f))),
             str(np.cos(f(3.1416))), str(np.sin(f(3.1416 / 4.)) / np.cos(f(3.1416 / 4.)))]
    poly = lambda x: np.int32(3) * np.int32(x) * np.int32(x) - np.int32(x) + np.int32(10)
    lines.append(str(poly(11)))
    lines.append(str([3 * x * x - x + 10 for x in range(15)]))
    lines += [str(poly(x)) for x in range(15)]
    return lines


@reference('plots/cookbook_svm_kernels_contourf')
def cookbook_svm_kernels_contourf():
    """scikit-learn's own make_circles (python3-sklearn) for the program's seed: class sizes, first point."""
    from sklearn import datasets
    np.random.seed(7)
    x_vals, y_vals = datasets.make_circles(n_samples=350, factor=.5, noise=.1)
    y_vals = np.array([1 if y == 1 else -1 for y in y_vals])
    return ['circles: %d inner, %d outer' % ((y_vals == 1).sum(), (y_vals == -1).sum()),
            'first point: %.6f %.6f label %d' % (x_vals[0, 0], x_vals[0, 1], y_vals[0])]


if __name__ == '__main__':
    for name, fn in sorted(REFERENCES.items()):
        out = os.path.join(HERE, name + '.txt')
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, 'w') as f:
            f.write('\n'.join(fn()) + '\n')
        print('wrote', os.path.relpath(out, HERE))
