"""Generate printing fixtures: str() and repr() of arrays and scalars under NumPy 1.x rules.

Run once from the repo root: python3 test/python/numpy/gen/gen_print.py
"""
import numpy as np
from common import enc_array, write

rng = np.random.RandomState(1234)
cases = []


def add(name, a):
    is_scalar = isinstance(a, np.generic)
    cases.append({'name': name, 'scalar': is_scalar, 'array': enc_array(a),
                  'str': str(a), 'repr': repr(a)})


F32, F64 = np.float32, np.float64
add('f32 2x2', np.array([[0.1, 0.2], [0.3, 0.4]], dtype=F32))
add('f64 2x2', np.array([[0.1, 0.2], [0.3, 0.4]]))
add('f64 ints', np.array([1.0, 2.0, 3.0]))
add('f32 ints', np.array([1.0, -2.0, 30.0], dtype=F32))
add('mixed lengths', np.array([1.5, 2.25, -3.125]))
add('nan inf', np.array([np.nan, np.inf, -np.inf, 1.5]))
add('only nan', np.array([np.nan, np.nan]))
add('only inf', np.array([np.inf, -np.inf], dtype=F32))
add('neg zero', np.array([-0.0, 0.0, 1.0]))
add('zeros', np.zeros((2, 3)))
add('zeros f32', np.zeros((2, 3), dtype=F32))
add('tiny', np.array([1e-5, 1.0]))
add('tiny f32', np.array([1e-5, 1.2345678e-5], dtype=F32))
add('huge', np.array([1e8, 1.0]))
add('just below huge', np.array([99999999.0, 1.0]))
add('ratio', np.array([1.0, 1001.0]))
add('ratio ok', np.array([1.0, 999.0]))
add('pi', np.array([np.pi, np.e]))
add('pi f32', np.array([np.pi, np.e], dtype=F32))
add('third', np.array([1 / 3, 2 / 3, 1.0]))
add('third f32', np.array([1 / 3, 2 / 3, 1.0], dtype=F32))
add('big exp', np.array([1e-300, 1e300]))
add('exp with nan', np.array([1e-10, np.nan, -np.inf]))
add('half tie', np.array([0.001953125, 0.5]))
add('int64', np.arange(10))
add('int64 neg', np.array([-5, 10, 300]))
add('int32', np.arange(6, dtype=np.int32).reshape(2, 3))
add('bool', np.array([True, False, True]))
add('bool 2d', np.array([[True], [False]]))
add('bool all true', np.array([True, True]))
add('uint8', np.array([0, 255, 7], dtype=np.uint8))
add('empty f32', np.zeros((0,), dtype=F32))
add('empty f64', np.zeros((0,)))
add('empty 2d', np.zeros((0, 3)))
add('empty int', np.zeros((2, 0), dtype=np.int64))
add('0d f64', np.array(1.0))
add('0d f32', np.array(0.5, dtype=F32))
add('0d int', np.array(7))
add('0d bool', np.array(True))
add('0d nan', np.array(np.nan))
add('3d', np.arange(24).reshape(2, 3, 4))
add('3d f32', (np.arange(24).reshape(2, 3, 4) / 7).astype(F32))
add('4d', np.arange(16.0).reshape(2, 2, 2, 2))
add('wrap int', np.arange(40))
add('wrap float', np.linspace(0, 1, 30))
add('wrap f32', np.linspace(0, 1, 30).astype(F32))
add('wrap 2d', np.linspace(-1, 1, 60).reshape(3, 20))
add('long rows', np.arange(100).reshape(4, 25) * 1000)
add('summarised 1d', np.arange(2000))
add('summarised f', np.arange(2000) / 3)
add('summarised 2d', np.arange(10000.0).reshape(100, 100))
add('summarised 3d', np.arange(3000).reshape(10, 10, 30))
add('summarised small axis', np.arange(1200).reshape(2, 600))
add('dtype newline', np.linspace(0, 1, 11).astype(F32))
add('dtype newline int32', np.arange(17, dtype=np.int32) * 1000)

for i in range(40):
    shape = [(5,), (3, 4), (2, 3, 2), (12,), (4, 4)][i % 5]
    scale = 10.0 ** rng.randint(-7, 10)
    dtype = [F32, F64][i % 2]
    add(f'random {i}', (rng.randn(*shape) * scale).astype(dtype))
for i in range(10):
    add(f'random int {i}', rng.randint(-10 ** (i % 7), 10 ** (i % 7) + 1, size=(3, 5)))
add('randn f32', rng.randn(5, 5).astype(F32))
add('rand', rng.rand(4, 6))

scalars = [F32(0.5), F32(1.0), F32(0.1), F32(1e-5), F32(1e16), F32(123456789.0), F32(-2.5),
           F32(np.nan), F32(-np.inf), F64(0.1), F64(1.0), F64(1e-5), F64(1e16), F64(1e15),
           F64(-0.0), F64(1 / 3), F32(1 / 3), np.int64(3), np.int64(-42), np.int32(7),
           np.bool_(True), np.bool_(False), F32(0.0001), F32(3.4e38), F64(5e-324)]
for i, s in enumerate(scalars):
    add(f'scalar {i}', s)

write('test/python/numpy/fixtures/print.json', cases)
print(len(cases), 'cases')
