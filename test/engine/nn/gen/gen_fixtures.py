# Generates test/engine/nn/fixtures/forward.json: inputs and numpy reference outputs for the
# nn forward kernels. Run once: python3 test/engine/nn/gen/gen_fixtures.py
import json, math, os
import numpy as np

rng = np.random.RandomState(1234)
out = {}

def arr(a):
    return {"shape": list(a.shape), "data": [float(v) for v in np.asarray(a, dtype=np.float64).ravel()]}

def softmax(x):
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)

def log_softmax(x):
    m = x.max(-1, keepdims=True)
    return x - m - np.log(np.exp(x - m).sum(-1, keepdims=True))

x = rng.randn(4, 5) * 3
x[0, 0] = 80.0  # large logits must not overflow
out["softmax"] = {"x": arr(x), "softmax": arr(softmax(x)), "log_softmax": arr(log_softmax(x))}

labels = softmax(rng.randn(4, 5))
out["xent"] = {"logits": arr(x), "labels": arr(labels),
               "loss": arr(-(labels * log_softmax(x)).sum(-1)), "backprop": arr(softmax(x) - labels)}
sparse = np.array([1, 0, 4, 2])
out["sparse_xent"] = {"logits": arr(x), "labels": sparse.tolist(),
                      "loss": arr(-log_softmax(x)[np.arange(4), sparse]),
                      "backprop": arr(softmax(x) - np.eye(5)[sparse])}

z = np.concatenate([rng.randn(20) * 4, [0.0, 6.0, -30.0, 30.0, 7.5, -0.5]])
sig_labels = rng.rand(z.size)
out["activations"] = {
    "x": arr(z),
    "relu": arr(np.maximum(z, 0)), "relu6": arr(np.minimum(np.maximum(z, 0), 6)),
    "elu": arr(np.where(z < 0, np.exp(z) - 1, z)), "leaky_relu": arr(np.where(z > 0, z, 0.2 * z)),
    "softplus": arr(np.logaddexp(0, z)),
    "sigmoid_labels": arr(sig_labels),
    "sigmoid_xent": arr(np.maximum(z, 0) - z * sig_labels + np.log1p(np.exp(-np.abs(z)))),
}

def out_size(n, k, s, pad):
    if pad == "VALID":
        return (n - k) // s + 1, 0
    o = -(-n // s)
    total = max((o - 1) * s + k - n, 0)
    return o, total // 2

def conv2d(inp, f, strides, pad):
    N, H, W, C = inp.shape
    kh, kw, _, O = f.shape
    Ho, pt = out_size(H, kh, strides[1], pad)
    Wo, pl = out_size(W, kw, strides[2], pad)
    res = np.zeros((N, Ho, Wo, O))
    for b in range(N):
        for i in range(Ho):
            for j in range(Wo):
                for di in range(kh):
                    for dj in range(kw):
                        y, xx = i * strides[1] + di - pt, j * strides[2] + dj - pl
                        if 0 <= y < H and 0 <= xx < W:
                            res[b, i, j] += inp[b, y, xx] @ f[di, dj]
    return res

def pool(inp, k, strides, pad, kind):
    N, H, W, C = inp.shape
    Ho, pt = out_size(H, k[1], strides[1], pad)
    Wo, pl = out_size(W, k[2], strides[2], pad)
    res = np.zeros((N, Ho, Wo, C))
    for i in range(Ho):
        for j in range(Wo):
            y0, x0 = i * strides[1] - pt, j * strides[2] - pl
            win = inp[:, max(y0, 0):min(y0 + k[1], H), max(x0, 0):min(x0 + k[2], W), :]
            res[:, i, j, :] = win.max(axis=(1, 2)) if kind == "max" else win.mean(axis=(1, 2))
    return res

convs = []
for (shape_in, shape_f, strides, pad) in [
    ((2, 5, 5, 1), (3, 3, 1, 2), [1, 1, 1, 1], "SAME"),
    ((2, 5, 5, 1), (3, 3, 1, 2), [1, 1, 1, 1], "VALID"),
    ((1, 7, 6, 3), (2, 3, 3, 4), [1, 2, 2, 1], "SAME"),
    ((1, 7, 6, 3), (4, 2, 3, 2), [1, 3, 2, 1], "VALID"),
    ((2, 4, 4, 2), (5, 5, 2, 3), [1, 1, 1, 1], "SAME"),
]:
    i = rng.randn(*shape_in); f = rng.randn(*shape_f)
    convs.append({"input": arr(i), "filter": arr(f), "strides": strides, "padding": pad, "output": arr(conv2d(i, f, strides, pad))})
out["conv2d"] = convs

pools = []
for (shape_in, k, strides, pad) in [
    ((2, 4, 4, 3), [1, 2, 2, 1], [1, 2, 2, 1], "SAME"),
    ((1, 5, 5, 2), [1, 2, 2, 1], [1, 2, 2, 1], "SAME"),
    ((1, 5, 5, 2), [1, 3, 3, 1], [1, 2, 2, 1], "VALID"),
    ((1, 6, 5, 1), [1, 3, 2, 1], [1, 1, 2, 1], "SAME"),
]:
    i = rng.randn(*shape_in)
    pools.append({"input": arr(i), "ksize": k, "strides": strides, "padding": pad,
                  "max": arr(pool(i, k, strides, pad, "max")), "avg": arr(pool(i, k, strides, pad, "avg"))})
out["pool"] = pools

v = rng.randn(2, 3, 4); b = rng.randn(4)
out["bias_add"] = {"value": arr(v), "bias": arr(b), "output": arr(v + b), "grad": arr(v.sum(axis=(0, 1)))}
out["l2_loss"] = {"t": arr(v), "output": float((v ** 2).sum() / 2)}

os.makedirs(os.path.join(os.path.dirname(__file__), "..", "fixtures"), exist_ok=True)
with open(os.path.join(os.path.dirname(__file__), "..", "fixtures", "forward.json"), "w") as fh:
    json.dump(out, fh)
print("ok")
