# Writes test/engine/data/fixtures/numpy-permutations.json: numpy's legacy RandomState
# permutations, the reference our MT19937 must reproduce. Run once; tests do not need python.
import json
import numpy as np

out = {}
for seed, n in [(0, 10), (1, 100), (42, 1000), (123456789, 5500), (4294967295, 7)]:
    out[f'{seed}:{n}'] = np.random.RandomState(seed).permutation(n).tolist()
rs = np.random.RandomState(5)
out['5:20:twice'] = [rs.permutation(20).tolist(), rs.permutation(20).tolist()]
json.dump(out, open('test/engine/data/fixtures/numpy-permutations.json', 'w'))
