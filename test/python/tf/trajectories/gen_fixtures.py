# Generates fixtures.json for trajectories.test.ts: the nlintz-style MLP, CNN and LSTM programs
# (and chiphuyen's conv net with biases, VALID pooling and Adam)
# (relu layers, conv2d SAME + max_pool SAME, BasicLSTMCell over tf.split time steps), trained with
# TF1's RMSPropOptimizer (decay 0.9, momentum 0, epsilon 1e-10, ms starting at ONES), as float32
# NumPy computes them with hand-written forward and backward passes. Independent of Gradbook.
# Run once: python3 test/python/tf/trajectories/gen_fixtures.py
import json, os
import numpy as np

rng = np.random.RandomState(7)
f32 = np.float32


def arr(a):
    return np.asarray(a, dtype=np.float64).tolist()


def rmsprop(params, grads, ms, lr, decay=0.9, eps=1e-10):
    for p, g, m in zip(params, grads, ms):
        m += (g * g - m) * f32(1 - decay)
        p -= f32(lr) * g / np.sqrt(m + f32(eps))


def softmax_xent(out, y):
    p = np.exp(out - out.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    return -np.mean(np.sum(y * np.log(p), 1)), (p - y) / len(out)


def one_hot(n, k):
    return np.eye(k, dtype=f32)[rng.randint(0, k, n)]


# --- MLP: X @ w_h -> relu -> @ w_h2 -> relu -> @ w_o, RMSProp(0.01) --------------------------
def mlp():
    X = rng.rand(6, 12).astype(f32); Y = one_hot(6, 4)
    W0 = [(rng.randn(*s) * 0.3).astype(f32) for s in [(12, 8), (8, 6), (6, 4)]]
    W = [w.copy() for w in W0]; ms = [np.ones_like(w) for w in W]; losses = []
    for _ in range(6):
        a1 = X @ W[0]; h1 = np.maximum(a1, 0); a2 = h1 @ W[1]; h2 = np.maximum(a2, 0); out = h2 @ W[2]
        loss, d = softmax_xent(out, Y); losses.append(float(loss))
        g2 = h2.T @ d; dh2 = d @ W[2].T * (a2 > 0); g1 = h1.T @ dh2; dh1 = dh2 @ W[1].T * (a1 > 0); g0 = X.T @ dh1
        rmsprop(W, [g0, g1, g2], ms, 0.01)
    return {"X": arr(X), "Y": arr(Y), "init": [arr(w) for w in W0], "losses": losses, "final": [arr(w) for w in W]}


# --- CNN: conv3x3 SAME -> relu -> max_pool 2x2 SAME (5x5 -> 3x3, padded) -> dense, RMSProp(0.01)
def conv_same3(x, k):
    n, H, Wd, C = x.shape; xp = np.pad(x, ((0, 0), (1, 1), (1, 1), (0, 0)))
    cols = np.stack([xp[:, a:a + H, b:b + Wd, :] for a in range(3) for b in range(3)], 3)
    return cols.reshape(n, H, Wd, 9 * C) @ k.reshape(9 * C, -1), cols


def conv_same3_grad(dy, cols, k, xshape):
    n, H, Wd, C = xshape
    gk = (cols.reshape(-1, 9 * C).T @ dy.reshape(-1, dy.shape[3])).reshape(k.shape)
    return gk


def pool_same2(x):
    n, H, Wd, C = x.shape; Ho, Wo = (H + 1) // 2, (Wd + 1) // 2
    xp = np.full((n, Ho * 2, Wo * 2, C), -np.inf, f32); xp[:, :H, :Wd, :] = x
    win = xp.reshape(n, Ho, 2, Wo, 2, C).transpose(0, 1, 3, 5, 2, 4).reshape(n, Ho, Wo, C, 4)
    am = win.argmax(-1)
    return win.max(-1), am


def pool_same2_grad(dy, am, xshape):
    n, H, Wd, C = xshape; Ho, Wo = dy.shape[1:3]
    g = np.zeros((n, Ho, Wo, C, 4), f32); np.put_along_axis(g, am[..., None], dy[..., None], -1)
    g = g.reshape(n, Ho, Wo, C, 2, 2).transpose(0, 1, 4, 2, 5, 3).reshape(n, Ho * 2, Wo * 2, C)
    return g[:, :H, :Wd, :]


def cnn():
    X = rng.rand(4, 5, 5, 1).astype(f32); Y = one_hot(4, 3)
    K0 = (rng.randn(3, 3, 1, 4) * 0.5).astype(f32); D0 = (rng.randn(36, 3) * 0.3).astype(f32)
    P = [K0.copy(), D0.copy()]; ms = [np.ones_like(p) for p in P]; losses = []
    for _ in range(6):
        z, cols = conv_same3(X, P[0]); r = np.maximum(z, 0); pooled, am = pool_same2(r)
        flat = pooled.reshape(len(X), 36); out = flat @ P[1]
        loss, d = softmax_xent(out, Y); losses.append(float(loss))
        gD = flat.T @ d; dp = (d @ P[1].T).reshape(pooled.shape)
        dz = pool_same2_grad(dp, am, r.shape) * (z > 0); gK = conv_same3_grad(dz, cols, P[0], X.shape)
        rmsprop(P, [gK, gD], ms, 0.01)
    return {"X": arr(X), "Y": arr(Y), "init": [arr(K0), arr(D0)], "losses": losses, "final": [arr(p) for p in P]}


# --- chiphuyen 07_convnet_mnist style: conv3x3 SAME + bias -> relu -> max_pool 2x2 VALID -> dense
# + bias, AdamOptimizer(0.01) (lr_t = lr * sqrt(1 - b2^t) / (1 - b1^t), eps 1e-8, zero slots) ----
def pool_valid2(x):
    n, H, Wd, C = x.shape; Ho, Wo = H // 2, Wd // 2
    win = x[:, :Ho * 2, :Wo * 2, :].reshape(n, Ho, 2, Wo, 2, C).transpose(0, 1, 3, 5, 2, 4).reshape(n, Ho, Wo, C, 4)
    return win.max(-1), win.argmax(-1)


def cnn_adam():
    X = rng.rand(4, 6, 6, 1).astype(f32); Y = one_hot(4, 3)
    K0 = (rng.randn(3, 3, 1, 4) * 0.5).astype(f32); KB0 = (rng.randn(4) * 0.5).astype(f32)
    D0 = (rng.randn(36, 3) * 0.3).astype(f32)
    P = [K0.copy(), KB0.copy(), D0.copy(), np.zeros(3, f32)]
    m = [np.zeros_like(p) for p in P]; v = [np.zeros_like(p) for p in P]; losses = []
    for t in range(1, 6):
        z, cols = conv_same3(X, P[0]); z = z + P[1]; r = np.maximum(z, 0); pooled, am = pool_valid2(r)
        flat = pooled.reshape(len(X), 36); out = flat @ P[2] + P[3]
        loss, d = softmax_xent(out, Y); losses.append(float(loss))
        gD = flat.T @ d; gDB = d.sum(0); dp = (d @ P[2].T).reshape(pooled.shape)
        dz = pool_same2_grad(dp, am, r.shape) * (z > 0)
        grads = [conv_same3_grad(dz, cols, P[0], X.shape), dz.sum((0, 1, 2)), gD, gDB]
        lr_t = f32(0.01 * np.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t))
        for p, g, mm, vv in zip(P, grads, m, v):
            mm += (g - mm) * f32(0.1); vv += (g * g - vv) * f32(0.001)
            p -= lr_t * mm / (np.sqrt(vv) + f32(1e-8))
    return {"X": arr(X), "Y": arr(Y), "init": [arr(K0), arr(KB0), arr(D0)], "losses": losses, "final": [arr(p) for p in P]}


# --- LSTM: BasicLSTMCell(5, forget_bias=1.0) over 4 steps of 3 inputs, last output @ W + B ----
def sig(x):
    return 1 / (1 + np.exp(-x))


def lstm():
    T, I, H, N = 4, 3, 5, 3
    X = rng.rand(N, T, I).astype(f32); Y = one_hot(N, 2)
    K0 = (rng.randn(I + H, 4 * H) * 0.4).astype(f32); W0 = (rng.randn(H, 2) * 0.4).astype(f32); B0 = (rng.randn(2) * 0.1).astype(f32)
    K, Kb, W, B = K0.copy(), np.zeros(4 * H, f32), W0.copy(), B0.copy()
    P = [K, Kb, W, B]; ms = [np.ones_like(p) for p in P]; losses = []
    for _ in range(5):
        h = np.zeros((N, H), f32); c = np.zeros((N, H), f32); cache = []
        for t in range(T):
            xh = np.concatenate([X[:, t, :], h], 1); z = xh @ K + Kb
            i, j, f, o = np.split(z, 4, 1); si, tj, sf, so = sig(i), np.tanh(j), sig(f + 1.0), sig(o)
            cn = c * sf + si * tj; cache.append((xh, c, si, tj, sf, so, cn)); h, c = np.tanh(cn) * so, cn
        out = h @ W + B
        loss, d = softmax_xent(out, Y); losses.append(float(loss))
        gW = h.T @ d; gB = d.sum(0); dh = d @ W.T; dc = np.zeros_like(c); gK = np.zeros_like(K); gKb = np.zeros_like(Kb)
        for t in reversed(range(T)):
            xh, cp, si, tj, sf, so, cn = cache[t]; tc = np.tanh(cn)
            do = dh * tc; dc = dc + dh * so * (1 - tc * tc)
            dz = np.concatenate([dc * tj * si * (1 - si), dc * si * (1 - tj * tj), dc * cp * sf * (1 - sf), do * so * (1 - so)], 1)
            gK += xh.T @ dz; gKb += dz.sum(0); dh = (dz @ K.T)[:, I:]; dc = dc * sf
        rmsprop(P, [gK, gKb, gW, gB], ms, 0.005)
    return {"X": arr(X), "Y": arr(Y), "init": [arr(K0), arr(W0), arr(B0)], "losses": losses, "final": [arr(p) for p in P]}


out = {"mlp": mlp(), "cnn": cnn(), "lstm": lstm(), "cnn_adam": cnn_adam()}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures.json"), "w") as fh:
    json.dump(out, fh)
