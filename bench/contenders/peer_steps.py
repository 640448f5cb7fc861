# Python peers of the bench's training steps (issue 15), run by bench/peers.ts in their own
# process: PyTorch (Debian's python3-torch) with a given thread count, or a hand-written NumPy
# loop. Same shapes, optimizers and batch sizes as bench/peer-gradbook.ts; the same inputs:
# the first training digits bundled in data/mnist, pixels / 255, one-hot labels (bench/digit_inputs.ts).
#   python3 peer_steps.py WORKLOAD PEER THREADS WARMUP CHUNKS CHUNK_STEPS
# WORKLOAD: softmax | mlp | deep; PEER: torch | numpy. Prints one JSON line:
# {"msPerStep": median chunk, "cpuMsPerStep": process CPU / timed steps, "threads", "version"}
# or {"unavailable": reason}.
import json
import sys
import time

WORKLOADS = {'softmax': 100, 'mlp': 128, 'deep': 50}  # batch sizes


def idx_payload(np, name):
    import gzip
    import os
    with gzip.open(os.path.join(os.path.dirname(__file__), '..', '..', 'data', 'mnist', name)) as f:
        raw = f.read()
    return np.frombuffer(raw, np.uint8, offset=4 + 4 * raw[3])


def data(np, batch):
    pixels = idx_payload(np, 'train-images-idx3-ubyte.gz')[:batch * 784]
    labels = idx_payload(np, 'train-labels-idx1-ubyte.gz')[:batch]
    x = (pixels.reshape(batch, 784) / np.float32(255)).astype(np.float32)
    y = np.zeros((batch, 10), np.float32)
    y[np.arange(batch), labels] = 1
    return x, y


def torch_step(workload, threads):
    import numpy as np
    import torch
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    nn, F = torch.nn, torch.nn.functional
    x, y = (torch.from_numpy(a) for a in data(np, WORKLOADS[workload]))
    if workload == 'softmax':
        # The seed graph as written: softmax, log, the naive cross-entropy, SGD 0.5.
        w = torch.zeros(784, 10, requires_grad=True)
        b = torch.zeros(10, requires_grad=True)
        params = [w, b]
        loss_of = lambda: torch.mean(-torch.sum(y * torch.log(torch.softmax(x @ w + b, 1)), 1))
        opt = torch.optim.SGD(params, lr=0.5)
    else:
        if workload == 'mlp':
            model = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))
            inputs, lr = x, 1e-3
        else:
            # mnist_deep.py: two 5x5 SAME convs with ReLU and 2x2 max-pool, fc 1024, dropout 0.5.
            model = nn.Sequential(
                nn.Conv2d(1, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
                nn.Conv2d(32, 64, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
                nn.Flatten(), nn.Linear(7 * 7 * 64, 1024), nn.ReLU(), nn.Dropout(0.5), nn.Linear(1024, 10))
            inputs, lr = x.reshape(-1, 1, 28, 28), 1e-4
        labels = y.argmax(1)
        loss_of = lambda: F.cross_entropy(model(inputs), labels)
        opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step():
        opt.zero_grad()
        loss_of().backward()
        opt.step()
    return step, torch.get_num_threads(), 'torch ' + torch.__version__


def numpy_step(workload):
    import numpy as np
    if workload == 'deep':
        raise LookupError('no hand-written NumPy convolution network (the NumPy peer covers softmax and mlp)')
    x, y = data(np, WORKLOADS[workload])
    batch = x.shape[0]
    if workload == 'softmax':
        w, b = np.zeros((784, 10), np.float32), np.zeros(10, np.float32)

        def step():
            z = x @ w + b
            e = np.exp(z - z.max(1, keepdims=True))
            a = e / e.sum(1, keepdims=True)
            g = (a - y) / batch  # d(mean cross-entropy)/d(logits)
            w[...] -= 0.5 * (x.T @ g)
            b[...] -= 0.5 * g.sum(0)
        return step, 1, 'numpy ' + np.__version__
    rng = np.random.RandomState(1)
    sizes = [784, 256, 256, 10]
    params = []
    for n_in, n_out in zip(sizes, sizes[1:]):
        params += [(rng.randn(n_in, n_out) * np.sqrt(2 / n_in)).astype(np.float32), np.zeros(n_out, np.float32)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    t = [0]
    lr, b1, b2, eps = 1e-3, 0.9, 0.999, 1e-8

    def step():
        acts = [x]
        for i in range(0, len(params), 2):
            z = acts[-1] @ params[i] + params[i + 1]
            acts.append(np.maximum(z, 0) if i + 2 < len(params) else z)
        z = acts[-1]
        e = np.exp(z - z.max(1, keepdims=True))
        g = (e / e.sum(1, keepdims=True) - y) / batch
        grads = [None] * len(params)
        for i in range(len(params) - 2, -1, -2):
            grads[i], grads[i + 1] = acts[i // 2].T @ g, g.sum(0)
            if i:
                g = (g @ params[i].T) * (acts[i // 2] > 0)
        t[0] += 1
        step_size = lr * np.sqrt(1 - b2 ** t[0]) / (1 - b1 ** t[0])
        for p, gr, mi, vi in zip(params, grads, m, v):
            mi *= b1; mi += (1 - b1) * gr
            vi *= b2; vi += (1 - b2) * gr * gr
            p -= step_size * mi / (np.sqrt(vi) + eps)
    return step, 1, 'numpy ' + np.__version__


def main():
    workload, peer, threads, warmup, chunks, chunk_steps = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:7])
    try:
        step, used_threads, version = torch_step(workload, threads) if peer == 'torch' else numpy_step(workload)
    except (ImportError, LookupError) as e:
        print(json.dumps({'unavailable': str(e)}))
        return
    for _ in range(warmup):
        step()
    per_chunk = []
    cpu0 = time.process_time()
    for _ in range(chunks):
        t0 = time.perf_counter()
        for _ in range(chunk_steps):
            step()
        per_chunk.append((time.perf_counter() - t0) * 1000 / chunk_steps)
    cpu = (time.process_time() - cpu0) * 1000 / (chunks * chunk_steps)
    per_chunk.sort()
    print(json.dumps({'msPerStep': per_chunk[len(per_chunk) // 2], 'cpuMsPerStep': cpu, 'threads': used_threads, 'version': version}))


main()
