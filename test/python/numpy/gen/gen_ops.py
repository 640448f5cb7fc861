"""Generate fixtures for numpy operations: inputs, the function called, and NumPy's result
(values and dtype, or the exception type). Run once from the repo root:
python3 test/python/numpy/gen/gen_ops.py
"""
import numpy as np
from common import enc_array, enc_value, write

rng = np.random.RandomState(5)


class A:
    """An array argument."""
    def __init__(self, v): self.v = np.asarray(v) if not isinstance(v, np.generic) else v
    def enc(self):
        if isinstance(self.v, np.generic):
            return {'scalar': enc_array(np.asarray(self.v))}
        return {'array': enc_array(self.v)}


class Py:
    """A Python scalar or (nested) list argument, encoded with its Python types."""
    def __init__(self, v): self.v = v
    def enc(self): return {'py': enc_py(self.v)}


def enc_py(v):
    if isinstance(v, bool): return {'bool': v}
    if isinstance(v, int): return {'int': v}
    if isinstance(v, float): return {'float': repr(v)}
    if isinstance(v, (list, tuple)): return {'list': [enc_py(x) for x in v]}
    raise TypeError(v)


def dec(x):
    if isinstance(x, list) and any(isinstance(i, A) for i in x):
        return [dec(i) for i in x]
    return x.v if isinstance(x, (A, Py)) else x


def enc_arg(x):
    if isinstance(x, list) and any(isinstance(i, A) for i in x):
        return {'seq': [enc_arg(i) for i in x]}
    return x.enc() if isinstance(x, (A, Py)) else {'raw': x}


def enc_result(r):
    if isinstance(r, tuple):
        return {'tuple': [enc_result(x) for x in r]}
    if isinstance(r, np.ndarray):
        return {'array': enc_array(r)}
    if isinstance(r, np.generic):
        return {'scalar': enc_array(np.asarray(r))}
    if isinstance(r, (bool, int, float, list)):
        return {'py': enc_py(r)}
    raise TypeError(type(r))


cases = []


def case(name, fn, *args, **kwargs):
    try:
        r = fn(*[dec(a) for a in args], **{k: dec(v) for k, v in kwargs.items()})
        if fn.__name__ in ('setitem', 'shuffle_inplace'):
            r = dec(args[0])
        res = enc_result(r)
    except Exception as e:  # noqa: BLE001
        res = {'error': type(e).__name__}
    cases.append({'name': name, 'fn': fn.__name__, 'args': [enc_arg(a) for a in args],
                  'kwargs': {k: enc_arg(v) for k, v in kwargs.items()}, 'result': res})


f32 = lambda v: A(np.array(v, dtype=np.float32))
f64 = lambda v: A(np.array(v, dtype=np.float64))
i32 = lambda v: A(np.array(v, dtype=np.int32))
i64 = lambda v: A(np.array(v, dtype=np.int64))
b = lambda v: A(np.array(v, dtype=bool))

# ---- creation ----
case('array ints', np.array, Py([[1, 2], [3, 4]]))
case('array floats', np.array, Py([1, 2.5]))
case('array bools', np.array, Py([True, False]))
case('array bool+int', np.array, Py([True, 2]))
case('array dtype', np.array, Py([1, 2]), dtype='float32')
case('array of arrays', np.array, Py([]))
case('array ragged', np.array, Py([[1, 2], [3]]))
case('zeros', np.zeros, (2, 3))
case('zeros int', np.zeros, 3, dtype='int32')
case('ones', np.ones, (2,), dtype='float32')
case('full int', np.full, (2, 2), Py(7))
case('full float', np.full, 3, Py(1.5))
case('full dtype', np.full, 3, Py(1.5), dtype='float32')
case('arange', np.arange, Py(5))
case('arange float', np.arange, Py(0.0), Py(1.0), Py(0.1))
case('arange neg step', np.arange, Py(10), Py(0), Py(-3))
case('arange f32', np.arange, Py(0), Py(2), Py(0.3), dtype='float32')
case('linspace', np.linspace, 0, 1, 7)
case('linspace no end', np.linspace, -1, 2, 5, endpoint=False)
case('linspace f32', np.linspace, 0, 1, 11, dtype='float32')
case('eye', np.eye, 3)
case('eye k', np.eye, 3, 4, k=1, dtype='int32')
case('zeros_like', np.zeros_like, f32([[1, 2]]))
case('ones_like', np.ones_like, i64([1, 2, 3]))
case('full_like', np.full_like, f64([1, 2]), Py(3))

# ---- binary ops and promotion ----
dtypes_arrays = {'f32': f32([1.5, -2.25, 3.0]), 'f64': f64([0.1, -7.5, 2.0]), 'i32': i32([3, -7, 2]),
                 'i64': i64([5, -3, 4]), 'bool': b([True, False, True])}
binops = {'add': np.add, 'subtract': np.subtract, 'multiply': np.multiply, 'true_divide': np.true_divide,
          'floor_divide': np.floor_divide, 'remainder': np.remainder, 'power': np.power,
          'maximum': np.maximum, 'minimum': np.minimum, 'equal': np.equal, 'less': np.less,
          'greater_equal': np.greater_equal, 'not_equal': np.not_equal}
for opname, op in binops.items():
    for an, av in dtypes_arrays.items():
        for bn, bv in dtypes_arrays.items():
            case(f'{opname} {an} {bn}', op, av, bv)
        for sv in [Py(2), Py(2.5), Py(True), Py(-3)]:
            case(f'{opname} {an} py{sv.v!r}', op, av, sv)
            case(f'{opname} py{sv.v!r} {an}', op, sv, av)
for opname in ['add', 'multiply', 'true_divide', 'floor_divide', 'remainder', 'power']:
    op = binops[opname]
    case(f'{opname} broadcast', op, f32(rng.rand(3, 1) + 0.5), f32(rng.rand(4) + 0.5))
    case(f'{opname} broadcast f64', op, f64(rng.randn(2, 3, 1)), f64(rng.randn(1, 4)))
    case(f'{opname} scalars', op, A(np.float32(1.5)), A(np.float32(2.5)))
    case(f'{opname} 0d', op, f64(3.0), f64(4.0))
case('broadcast error', np.add, f64(np.zeros((2, 3))), f64(np.zeros(4)))
case('floordiv neg', np.floor_divide, f64([-7.5, 7.5, -1, 0.0, 5]), f64([2, -2, 3, 3, 0]))
case('mod neg', np.remainder, f64([-7.5, 7.5, -1, 0.0]), f64([2, -2, 3, -3]))
case('int floordiv zero', np.floor_divide, i64([7, -7, 0]), i64([0, 2, -3]))
case('int mod zero', np.remainder, i64([7, -7, 0]), i64([0, 2, -3]))
case('int neg power', np.power, i64([2]), i64([-1]))
case('div zero', np.true_divide, f64([1, -1, 0]), f64([0, 0, 0]))
case('nan max', np.maximum, f64([np.nan, 1, 2]), f64([0, np.nan, 1]))
case('f32 * py float', np.multiply, f32([0.1, 0.2]), Py(0.1))
case('f32 == py 0.1', np.equal, f32([0.1]), Py(0.1))
case('i64 + f32', np.add, i64([1 << 40]), f32([0.5]))
case('bitwise and bool', np.bitwise_and, b([True, True, False]), b([True, False, False]))
case('bitwise or int', np.bitwise_or, i64([12, 5]), i64([3, 6]))
case('logical_and', np.logical_and, f64([0, 1, 2]), i64([1, 0, 3]))

# ---- unary ----
unary_in = {'f32': f32([0.5, -1.25, 2.0, 0.0]), 'f64': f64([0.3, -2.5, 4.0, 1e-3]),
            'i64': i64([-2, 0, 3, 9]), 'i32': i32([1, -4, 16, 0])}
for name in ['absolute', 'negative', 'square', 'sign', 'floor', 'ceil', 'exp', 'log', 'sqrt', 'sin', 'cos', 'tanh', 'rint']:
    for an, av in unary_in.items():
        case(f'{name} {an}', getattr(np, name), av)
case('abs bool', np.absolute, b([True, False]))
case('negative bool', np.negative, b([True]))
case('round', np.round, f64([0.5, 1.5, 2.5, -0.5, 1.234567, -2.675]))
case('round 2', np.round, f64([1.005, 2.675, -0.125, 123.456]), 2)
case('round f32 2', np.round, f32([1.005, 2.675, -0.125, 123.456]), 2)
case('round neg', np.round, f64([1234.5, 5678]), -2)
case('round int', np.round, i64([15, 25]), 0)
case('clip', np.clip, f64([-2, 0.5, 3]), Py(0), Py(1))
case('clip f32', np.clip, f32([-2, 0.5, 3]), Py(0.0), Py(1.0))
case('clip none', np.clip, i64([-2, 5, 3]), None, Py(4))
case('isnan', np.isnan, f64([np.nan, 1, np.inf]))
case('isfinite', np.isfinite, f32([np.nan, 1, np.inf]))
case('logical_not', np.logical_not, f64([0, 2]))

# ---- reductions ----
red_inputs = {
    'f32 small': f32(rng.randn(3, 4)), 'f32 big': f32(rng.randn(37, 300)), 'f32 3d': f32(rng.randn(4, 5, 70)),
    'f64 3d': f64(rng.randn(3, 40, 50)), 'i32': i32(rng.randint(-50, 50, (4, 6))), 'bool': b(rng.rand(5, 6) > 0.5),
    'f32 col': f32(rng.randn(500, 1)), 'f32 long': f32(rng.randn(5000)),
}
red_axes = [None, 0, 1, -1, (0, 1)]
for rn, fn in [('sum', np.sum), ('mean', np.mean), ('max', np.max), ('min', np.min), ('prod', np.prod),
               ('std', np.std), ('var', np.var), ('any', np.any), ('all', np.all)]:
    for an, av in red_inputs.items():
        for ax in red_axes:
            if ax is not None and (ax == 1 or ax == (0, 1)) and av.v.ndim < 2:
                continue
            if rn == 'prod' and av.v.dtype.kind == 'f' and av.v.size > 50:
                continue
            case(f'{rn} {an} axis={ax}', fn, av, axis=ax)
        case(f'{rn} {an} keepdims', fn, av, axis=0, keepdims=True)
for rn, fn in [('argmax', np.argmax), ('argmin', np.argmin)]:
    for an, av in red_inputs.items():
        for ax in [None, 0, -1]:
            case(f'{rn} {an} axis={ax}', fn, av, axis=ax)
case('argmax ties', np.argmax, i64([1, 3, 3, 2]))
case('argmax nan', np.argmax, f64([1, np.nan, 3]))
case('max nan', np.max, f64([1, np.nan, 3]))
case('max empty', np.max, f64([]))
case('sum empty', np.sum, f32(np.zeros((0, 3))), axis=0)
case('mean bool', np.mean, b([True, False, True, True]))
case('mean int', np.mean, i64([1, 2, 4]))
case('count_nonzero', np.count_nonzero, f64([[0, 1, 2], [0, 0, 3]]))
case('count_nonzero axis', np.count_nonzero, f64([[0, 1, 2], [0, 0, 3]]), axis=0)
case('cumsum', np.cumsum, i32([[1, 2, 3], [4, 5, 6]]))
case('cumsum axis0', np.cumsum, f32(rng.randn(4, 3)), axis=0)
case('cumsum axis1', np.cumsum, f32(rng.randn(4, 3)), axis=1)
case('cumsum bool', np.cumsum, b([True, True, False]))
case('ddof', np.std, f64(rng.randn(10)), ddof=1)

# ---- linear algebra ----
case('dot 1d', np.dot, f64([1, 2, 3]), f64([4, 5, 6]))
case('dot 2d', np.dot, f64(rng.randn(3, 4)), f64(rng.randn(4, 2)))
case('dot int', np.dot, i64([[1, 2], [3, 4]]), i64([[5], [6]]))
case('dot 2d 1d', np.dot, f64(rng.randn(3, 4)), f64(rng.randn(4)))
case('dot 3d 2d', np.dot, f64(rng.randn(2, 3, 4)), f64(rng.randn(4, 5)))
case('dot 3d 3d', np.dot, f64(rng.randn(2, 3, 4)), f64(rng.randn(3, 4, 2)))
case('dot scalar', np.dot, f64([1, 2]), Py(3))
case('dot mismatch', np.dot, f64(np.zeros((2, 3))), f64(np.zeros((2, 3))))
case('matmul f32', np.matmul, f32(rng.randn(5, 7)), f32(rng.randn(7, 3)))
case('matmul batch', np.matmul, f64(rng.randn(2, 1, 3, 4)), f64(rng.randn(5, 4, 2)))
case('matmul vec', np.matmul, f64(rng.randn(4)), f64(rng.randn(2, 4, 3)))
case('matmul i32 f32', np.matmul, i32([[1, 2]]), f32([[0.5], [0.25]]))

# ---- shapes ----
x24 = i64(np.arange(24).reshape(2, 3, 4))
case('reshape', np.reshape, x24, (4, 6))
case('reshape -1', np.reshape, x24, (-1, 4))
case('reshape bad', np.reshape, x24, (5, -1))
case('ravel', np.ravel, x24)
case('transpose', np.transpose, x24)
case('transpose axes', np.transpose, x24, (1, 0, 2))
case('swapaxes', np.swapaxes, x24, 0, 2)
case('squeeze', np.squeeze, f64(np.zeros((1, 3, 1))))
case('squeeze axis', np.squeeze, f64(np.zeros((1, 3, 1))), axis=2)
case('expand_dims', np.expand_dims, f64([1, 2]), 1)
case('expand_dims neg', np.expand_dims, f64([[1, 2]]), -1)
case('concatenate', np.concatenate, [f64([[1, 2]]), f64([[3, 4], [5, 6]])])
case('concatenate axis1', np.concatenate, [i64([[1], [2]]), f32([[3, 4], [5, 6]])], axis=1)
case('concatenate none', np.concatenate, [i64([[1], [2]]), i64([7])], axis=None)
case('concatenate mismatch', np.concatenate, [f64([[1, 2]]), f64([[3]])])
case('stack', np.stack, [f64([1, 2]), f64([3, 4])])
case('stack axis1', np.stack, [f64([1, 2]), f64([3, 4])], axis=1)
case('vstack', np.vstack, [f64([1, 2]), f64([3, 4])])
case('hstack', np.hstack, [f64([1, 2]), f64([3, 4, 5])])
case('hstack 2d', np.hstack, [f64([[1], [2]]), f64([[3], [4]])])

# ---- sorting, searching, comparisons ----
case('sort', np.sort, f64([3, 1, np.nan, 2]))
case('sort axis0', np.sort, i64([[3, 1], [2, 5], [1, 0]]), axis=0)
case('sort none', np.sort, i64([[3, 1], [2, 5]]), axis=None)
case('argsort', np.argsort, f64([3, 1, 2, 1]))
case('argsort 2d', np.argsort, f32(rng.randn(3, 5)))
case('unique', np.unique, i64([3, 1, 2, 3, 1]))
case('unique counts', np.unique, f64([2.5, 1, 2.5]), return_counts=True, return_index=True)
case('where', np.where, b([True, False, True]), f64([1, 2, 3]), f32([4, 5, 6]))
case('where py', np.where, b([True, False, True]), f32([1, -1, 2]), Py(0.0))
case('where broadcast', np.where, b([[True], [False]]), i64([1, 2]), Py(9))
case('where nonzero', np.where, i64([[0, 1], [2, 0]]))
case('allclose', np.allclose, f64([1, 2]), f64([1, 2 + 1e-9]))
case('allclose no', np.allclose, f64([1, 2]), f64([1, 2.1]))
case('allclose nan', np.allclose, f64([np.nan]), f64([np.nan]))
case('allclose nan eq', np.allclose, f64([np.nan]), f64([np.nan]), equal_nan=True)
case('isclose', np.isclose, f32([1, 1e-9, np.inf]), f32([1.00001, 0, np.inf]))
case('array_equal', np.array_equal, i64([1, 2]), f64([1.0, 2.0]))
case('array_equal shape', np.array_equal, i64([1, 2]), i64([[1, 2]]))

# ---- indexing ----
g = i64(np.arange(60).reshape(3, 4, 5))


def getitem(a, key):
    return a[key]


def setitem(a, key, value):
    a[key] = value


class Key:
    """An index tuple: items are ints, slices, None, Ellipsis, arrays or lists."""
    def __init__(self, *items): self.items = items
    @property
    def v(self):
        return tuple(dec(i) for i in self.items)
    def enc(self):
        out = []
        for i in self.items:
            if isinstance(i, slice): out.append({'slice': [i.start, i.stop, i.step]})
            elif i is None: out.append({'newaxis': True})
            elif i is Ellipsis: out.append({'ellipsis': True})
            elif isinstance(i, (A, Py)): out.append(i.enc())
            else: out.append({'py': enc_py(i)})
        return {'key': out}


_orig_dec = dec
def dec(x):  # noqa: F811
    return x.v if isinstance(x, Key) else _orig_dec(x)
_orig_enc_arg = enc_arg
def enc_arg(x):  # noqa: F811
    return x.enc() if isinstance(x, Key) else _orig_enc_arg(x)


keys = {
    'int': Key(1), 'neg int': Key(-1), 'two ints': Key(1, 2), 'all ints': Key(2, 3, 4),
    'slice': Key(slice(1, None)), 'step': Key(slice(None, None, 2)), 'neg step': Key(slice(None, None, -1)),
    'mixed': Key(slice(0, 2), 1, slice(None, None, -2)), 'neg bounds': Key(slice(-2, -1)),
    'newaxis': Key(None, 0), 'newaxis mid': Key(slice(None), None, 1), 'ellipsis': Key(Ellipsis, 2),
    'ellipsis mid': Key(0, Ellipsis, 1), 'int array': Key(i64([2, 0, 2])), 'list': Key(Py([0, 1])),
    'two arrays': Key(i64([0, 2]), i64([1, 3])), 'arrays broadcast': Key(i64([[0], [2]]), i64([1, 3])),
    'array and slice': Key(slice(None), i64([0, 3])), 'split arrays': Key(i64([0, 1]), slice(None), i64([4, 2])),
    'int and array': Key(1, slice(None), i64([0, 1])), 'array then int adjacent': Key(slice(None), i64([0, 1]), 2),
    'bool mask': Key(A(np.arange(60).reshape(3, 4, 5) % 7 == 0)), 'bool rows': Key(b([True, False, True])),
    'bool 2d prefix': Key(A(np.arange(12).reshape(3, 4) % 5 == 0)), 'out of range': Key(3),
    'neg out of range': Key(slice(None), -5), 'too many': Key(0, 0, 0, 0), 'empty slice': Key(slice(5, 1)),
    'big slice': Key(slice(-100, 100)),
}
for kn, key in keys.items():
    case(f'get {kn}', getitem, g, key)
    case(f'set {kn}', setitem, i64(np.arange(60).reshape(3, 4, 5)), key, Py(-1))
case('set broadcast row', setitem, f32(np.zeros((3, 4))), Key(slice(None)), f64([1, 2, 3, 4]))
case('set bool mask f32', setitem, f32([1, -2, 3, -4]), Key(A(np.array([1, -2, 3, -4]) < 0)), Py(0))
case('set float into int', setitem, i64([1, 2, 3]), Key(1), Py(2.7))
case('set shape mismatch', setitem, f64(np.zeros((2, 3))), Key(0), f64([1, 2]))
case('get 1d int scalar', getitem, f32([1.5, 2.5]), Key(1))
case('get bool scalar', getitem, b([True, False]), Key(0))

write('test/python/numpy/fixtures/ops.json', cases)
print(len(cases), 'cases')
