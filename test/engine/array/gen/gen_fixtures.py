# Generates fixtures.json: numpy results for the array family's forward tests.
# Run once: python3 test/engine/array/gen/gen_fixtures.py (tests read the JSON, never python).
import json, os
import numpy as np

def arange(shape):
    return np.arange(int(np.prod(shape)), dtype=np.float64).reshape(shape)

def to_index(item):
    if item == "ellipsis": return Ellipsis
    if item == "newaxis": return np.newaxis
    if isinstance(item, dict): return slice(item.get("start"), item.get("stop"), item.get("step"))
    return item

index_cases = [
    ([4, 5], [1]), ([4, 5], [-1]), ([4, 5], [{"start": 1, "stop": 3}]),
    ([4, 5], [{}, 2]), ([4, 5], [{"step": -1}]), ([4, 5], [{"start": 3, "stop": 0, "step": -2}, {"step": 2}]),
    ([2, 3, 4], ["ellipsis", 1]), ([2, 3, 4], [0, "ellipsis", {"start": -2}]), ([2, 3, 4], ["newaxis", 1, "newaxis", {"stop": 2}]),
    ([2, 3, 4], [{"start": 10}]), ([2, 3, 4], [{"start": -10, "stop": 10, "step": 3}]), ([5], [{"start": -1, "stop": -6, "step": -1}]),
    ([2, 3, 4], [1, "ellipsis", "newaxis"]), ([3], ["newaxis"]), ([2, 3, 4], [{"stop": 0}]), ([2, 3, 4], [{}, {}, {}, ]),
]
strided = []
for shape, spec in index_cases:
    r = arange(shape)[tuple(to_index(i) for i in spec)]
    strided.append({"shape": shape, "spec": spec, "out_shape": list(r.shape), "values": r.ravel().tolist()})

transpose = []
for shape, perm in [([2, 3], None), ([2, 3, 4], [1, 2, 0]), ([2, 3, 4], [2, 0, 1]), ([2, 1, 3, 2], [3, 1, 0, 2])]:
    r = np.transpose(arange(shape), perm)
    transpose.append({"shape": shape, "perm": perm, "out_shape": list(r.shape), "values": r.ravel().tolist()})

tile = []
for shape, mult in [([2, 3], [2, 1]), ([2, 3], [1, 3]), ([2, 1, 2], [2, 3, 2]), ([3], [0])]:
    r = np.tile(arange(shape), mult)
    tile.append({"shape": shape, "multiples": mult, "out_shape": list(r.shape), "values": r.ravel().tolist()})

pad = []
for shape, pads in [([2, 3], [[1, 0], [2, 1]]), ([2, 2, 2], [[0, 1], [1, 1], [0, 0]])]:
    r = np.pad(arange(shape), pads)
    pad.append({"shape": shape, "paddings": pads, "out_shape": list(r.shape), "values": r.ravel().tolist()})

gather = []
for shape, idx, axis in [([5, 2], [4, 0, 4], 0), ([3, 4], [[0, 1], [2, 0]], 0), ([2, 4, 3], [3, 1], 1), ([2, 3, 2], [[1], [0]], 2)]:
    r = np.take(arange(shape), idx, axis=axis)
    gather.append({"shape": shape, "indices": idx, "axis": axis, "out_shape": list(r.shape), "values": r.ravel().tolist()})

one_hot = []
for idx, depth, axis in [([0, 2, -1, 5], 3, -1), ([[1, 0], [2, 2]], 3, 0), ([[1, 0], [2, 2]], 4, 1)]:
    i = np.array(idx)
    r = (np.arange(depth) == i[..., None]).astype(np.float64)
    r = np.moveaxis(r, -1, axis if axis >= 0 else -1)
    one_hot.append({"indices": idx, "depth": depth, "axis": axis, "out_shape": list(r.shape), "values": r.ravel().tolist()})

out = {"strided_slice": strided, "transpose": transpose, "tile": tile, "pad": pad, "gather": gather, "one_hot": one_hot}
with open(os.path.join(os.path.dirname(__file__), "..", "fixtures.json"), "w") as f:
    json.dump(out, f, indent=None, separators=(",", ":"))
    f.write("\n")
