# Generates fixtures/forward.json: numpy reference values for the math kernels' forward pass.
# Run once from the repo root: python3 test/engine/math/gen/gen_forward.py
import json, numpy as np

rng = np.random.RandomState(42)
cases = []

def arr(a):
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": a.ravel().tolist()}

def case(op, inputs, expected, attrs=None):
    cases.append({"op": op, "inputs": [arr(np.asarray(i)) for i in inputs], "attrs": attrs or {}, "expected": arr(np.asarray(expected))})

f32 = lambda s, lo=-2, hi=2: rng.uniform(lo, hi, s).astype(np.float32)
pos = lambda s: rng.uniform(0.25, 3, s).astype(np.float32)

unary = {
    "Neg": (np.negative, f32), "Abs": (np.abs, f32), "Sign": (np.sign, f32), "Square": (np.square, f32),
    "Sqrt": (np.sqrt, pos), "Rsqrt": (lambda x: (1 / np.sqrt(x)).astype(np.float32), pos), "Exp": (np.exp, f32),
    "Log": (np.log, pos), "Log1p": (np.log1p, pos), "Reciprocal": (np.reciprocal, pos), "Floor": (np.floor, f32),
    "Ceil": (np.ceil, f32), "Round": (np.round, lambda s: np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 0.4, -0.6], np.float32)),
    "Sigmoid": (lambda x: (1 / (1 + np.exp(-x))).astype(np.float32), f32), "Tanh": (np.tanh, f32),
}
for op, (fn, gen) in unary.items():
    x = gen((3, 4)) if op != "Round" else gen(None)
    case(op, [x], fn(x))

pairs = [((3, 4), (3, 4)), ((3, 4), (4,)), ((4,), (3, 4)), ((3, 1), (1, 4)), ((3, 4), ()), ((), (3, 4)),
         ((2, 3, 4), (3, 1)), ((2, 1, 4), (2, 3, 1)), ((5, 1, 3, 1), (4, 1, 1))]
binary = {
    "Add": np.add, "Sub": np.subtract, "Mul": np.multiply, "RealDiv": np.divide, "Maximum": np.maximum,
    "Minimum": np.minimum, "SquaredDifference": lambda a, b: np.square(a - b), "Pow": np.power,
    "FloorDiv": np.floor_divide, "FloorMod": np.mod,
    "Equal": np.equal, "NotEqual": np.not_equal, "Less": np.less, "LessEqual": np.less_equal,
    "Greater": np.greater, "GreaterEqual": np.greater_equal,
}
for op, fn in binary.items():
    for sa, sb in pairs:
        if op == "Pow":
            a, b = pos(sa), f32(sb)
        elif op in ("FloorDiv", "FloorMod"):
            a, b = f32(sa, -5, 5), np.where(rng.rand(*sb) < 0.5, -1, 1).astype(np.float32) * pos(sb)
        elif op in ("Equal", "NotEqual", "Less", "LessEqual", "Greater", "GreaterEqual"):
            a, b = rng.randint(0, 3, sa).astype(np.float32), rng.randint(0, 3, sb).astype(np.float32)
        else:
            a, b = f32(sa), f32(sb)
        case(op, [a, b], fn(a, b))
# Integer semantics: C-style truncating RealDiv/Div, floor FloorDiv/FloorMod.
ia, ib = np.array([7, -7, 7, -7, 9], np.int32), np.array([2, 2, -2, -2, 3], np.int32)
case("RealDiv", [ia, ib], np.trunc(ia / ib).astype(np.int32))
case("FloorDiv", [ia, ib], np.floor_divide(ia, ib))
case("FloorMod", [ia, ib], np.mod(ia, ib))
case("Add", [ia.astype(np.int64), ib.astype(np.int64)], (ia + ib).astype(np.int64))
case("LogicalAnd", [np.array([[True, False], [True, True]]), np.array([True, False])], np.logical_and([[True, False], [True, True]], [True, False]))
case("LogicalOr", [np.array([[True, False], [False, False]]), np.array([False, True])], np.logical_or([[True, False], [False, False]], [False, True]))
case("LogicalNot", [np.array([True, False])], np.array([False, True]))

for shape, axes, keep in [((3, 4), [1], False), ((3, 4), [0], True), ((3, 4), [0, 1], False), ((2, 3, 4), [0, 2], False),
                          ((2, 3, 4), [1], True), ((2, 3, 4), [-1], False), ((2, 3, 4, 5), [1, 3], True), ((4,), [0], False), ((2, 3), [], False)]:
    x = f32(shape, 0.5, 1.5)
    ax = tuple(axes)
    for op, fn in [("Sum", np.sum), ("Mean", np.mean), ("Max", np.max), ("Min", np.min), ("Prod", np.prod)]:
        case(op, [x, np.array(axes, np.int32)], fn(x, axis=ax, keepdims=keep).astype(np.float32), {"keep_dims": keep})
xi = rng.randint(-5, 5, (3, 4)).astype(np.int32)
case("Mean", [xi, np.array([1], np.int32)], np.trunc(xi.sum(axis=1) / 4).astype(np.int32), {"keep_dims": False})

for shape, axis in [((3, 4), 1), ((3, 4), 0), ((2, 3, 4), 1), ((2, 3, 4), -1)]:
    x = rng.randint(0, 4, shape).astype(np.float32)  # many ties: the first index must win
    case("ArgMax", [x, np.array(axis, np.int32)], np.argmax(x, axis=axis).astype(np.int64), {"output_type": "int64"})
    case("ArgMin", [x, np.array(axis, np.int32)], np.argmin(x, axis=axis).astype(np.int64), {"output_type": "int64"})

for m, k, n in [(5, 7, 3), (4, 9, 6), (1, 5, 1), (6, 3, 7)]:
    for ta in (False, True):
        for tb in (False, True):
            a, b = f32((k, m) if ta else (m, k)), f32((n, k) if tb else (k, n))
            case("MatMul", [a, b], (a.T if ta else a).astype(np.float64) @ (b.T if tb else b).astype(np.float64),
                 {"transpose_a": ta, "transpose_b": tb})
a, b = f32((2, 3, 4, 5)), f32((2, 3, 5, 2))
case("BatchMatMul", [a, b], np.matmul(a.astype(np.float64), b.astype(np.float64)), {"adj_x": False, "adj_y": False})
a2 = f32((2, 5, 4))
b2 = f32((2, 2, 5))
case("BatchMatMul", [a2, b2], np.matmul(np.swapaxes(a2, 1, 2).astype(np.float64), np.swapaxes(b2, 1, 2).astype(np.float64)), {"adj_x": True, "adj_y": True})

xc = np.array([-2.7, -0.5, 0, 0.5, 2.9, 300.2], np.float32)
case("Cast", [xc], xc.astype(np.int32), {"SrcT": "float32", "DstT": "int32"})
case("Cast", [xc], xc.astype(np.int64), {"SrcT": "float32", "DstT": "int64"})
case("Cast", [xc], xc != 0, {"SrcT": "float32", "DstT": "bool"})
case("Cast", [np.array([True, False])], np.array([1, 0], np.float32), {"SrcT": "bool", "DstT": "float32"})

c = np.array([[True, False, True], [False, True, False]])
x, y = f32((2, 3)), f32((2, 3))
case("Select", [c, x, y], np.where(c, x, y))
cv = np.array([False, True])
case("Select", [cv, x, y], np.where(cv[:, None], x, y))
xs = [f32((2, 3)) for _ in range(3)]
case("AddN", xs, xs[0] + xs[1] + xs[2], {"N": 3})

for op, fn in [("Cumsum", np.cumsum), ("Cumprod", np.cumprod)]:
    x = f32((2, 3))
    case(op, [x, np.array(1, np.int32)], fn(x, axis=1), {"exclusive": False, "reverse": False})
    rev = fn(x[:, ::-1], axis=1)[:, ::-1]
    case(op, [x, np.array(1, np.int32)], rev, {"exclusive": False, "reverse": True})

json.dump(cases, open("test/engine/math/fixtures/forward.json", "w"))
print(len(cases), "cases")
