# Writes test/engine/data/fixtures/numpy-permutations.json: numpy's legacy RandomState
# permutations, the reference our MT19937 must reproduce, and TF's float32 pixel scaling
# (mnist.py: astype(float32) * (1.0 / 255.0)) for every byte. Run once; tests do not need python.
import json
import numpy as np

out = {}
for seed, n in [(0, 10), (1, 100), (42, 1000), (123456789, 5500), (4294967295, 7)]:
    out[f'{seed}:{n}'] = np.random.RandomState(seed).permutation(n).tolist()
rs = np.random.RandomState(5)
out['5:20:twice'] = [rs.permutation(20).tolist(), rs.permutation(20).tolist()]
pixels = np.arange(256, dtype=np.uint8).astype(np.float32)
out['pixel_scale_float32_bits'] = np.multiply(pixels, 1.0 / 255.0).astype(np.float32).view(np.uint32).tolist()
json.dump(out, open('test/engine/data/fixtures/numpy-permutations.json', 'w'))
