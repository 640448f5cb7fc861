"""Generate NumPy I/O fixtures (NumPy 1.24 wrote them; the savetxt float32/float16 cases were added with NumPy 2.4, whose
savetxt output for them is the same as 1.x). loadtxt/genfromtxt results and errors for text inputs, savetxt
output bytes, and .npy/.npz files written by NumPy itself.

Run once from the repo root with Debian's NumPy 1.24: /usr/bin/python3 test/python/numpy/gen/gen_io.py
"""
import io
import warnings
import numpy as np
from common import enc_array, write

warnings.simplefilter('ignore')
OUT = 'test/python/numpy/fixtures/'

# [text, kwargs as Python source]
LOADTXT = [
    ['1 2\n3 4\n', ''], ['1,2\n3,x\n', "delimiter=','"], ['1,2\n3\n', "delimiter=','"], ['1.5 2\n', 'dtype=int'],
    ['# c\n1 2\n', 'skiprows=1'], ['1 2\n', 'dtype=bool'], ['1 2 3\n', 'usecols=5'], ['  1e3   nan  -inf\n', ''],
    ['1,,3\n', "delimiter=','"], ['1 2 # x\n\n3 4\n', 'unpack=True'], ['1 2', 'ndmin=2'], ['5', 'ndmin=1'], ['5', ''],
    ['1 2\n3 4', 'usecols=(1,)'], ['1 2\n3 4', 'usecols=(-1, 0)'], ['1;2\n', "delimiter=';', dtype='float32'"],
    ['1,2\n3,4\n', "delimiter=',', max_rows=1"], ['1 x\n', 'dtype=int'], ['1 2 // x\n', "comments=['#', '//']"],
    ['a\n\n1,2\n3,x\n', "delimiter=',', skiprows=1"], ['1 2\n3 4\n', 'ndmin=2, dtype=np.int32'], ['1\n2\n3\n', 'ndmin=2'],
    ['1\t2\r\n3\t4\r\n', ''], ['1 2\n', 'comments=None'],
]
GENFROMTXT = [
    ['1,2,3\n4,,6\n7,x,9\n', "delimiter=','"], ['1,2,3\n4,,6\n7,x,9\n', "delimiter=',', dtype=int"],
    ['1 2\n3 4\n5 6\n', 'skip_header=1, skip_footer=1'], ['h\n1 2\n\n# c\n3 4 5\n6 7\n8\n', 'skip_header=1'],
    ['1 2\n3 4 5\n6 7\n8 9\n', 'skip_footer=2'], ['1 2\n3 4\n', 'dtype=None'], ['1.5 2.5\n3 4\n', 'dtype=None'],
    ['1 2\n', ''], ['1 2\n', 'ndmin=2'], ['5\n', ''], ['1 2 3\n4 5 6', 'usecols=(0, -1)'], ['1 2 3\n4 5 6', 'unpack=True'],
    ['1,N/A\n', "delimiter=',', missing_values='N/A'"], ['1,N/A\n', "delimiter=',', filling_values=0"],
    ['1.5 2\n', 'dtype=int'], [' 1 , 2 \n', "delimiter=',', dtype=int"], ['1 2\n3 4', 'max_rows=1'],
    ['123456\n789012\n', 'delimiter=[2, 3, 1]'], ['1 2\n3 4 5\n', 'invalid_raise=False'],
]
SAVETXT = [
    ['np.array([[1.5, 2], [3, 4]])', ''], ['np.array([1, 2, 3])', ''], ['np.array(5.0)', ''],
    ['np.arange(6).reshape(2, 3)', "fmt='%d', delimiter=',', header='a,b,c', footer='end', comments='// '"],
    ['np.arange(6).reshape(2, 3)', "fmt=['%d', '%.2f', '%s']"], ['np.arange(6).reshape(2, 3)', "fmt='%d %d %d'"],
    ['np.arange(6).reshape(2, 3)', "fmt='%d %d'"], ['np.arange(6).reshape(2, 3)', "fmt=['%d', '%d']"],
    ['np.arange(6).reshape(2, 3)', "header='x\\ny', newline='\\r\\n'"], ['np.zeros((2, 2, 2))', ''],
    ['np.array([0.1, 2.5], dtype=np.float32)', ''], ['np.array([True, False])', "fmt='%d'"], ['np.array([[1, 2]])', 'fmt=5'],
    ['np.array([[1e-300, -2.5e10, np.nan, np.inf]])', "fmt='%g'"], ['np.array([[1.25, 2.5]])', "fmt='%10.3f', delimiter='|'"],
    # float32/float16 elements reach `fmt % row` as NumPy scalars: '%s' prints 0.1, not the float64 widening.
    ['np.array([[0.1, 0.25], [1.5, -2.75]], dtype=np.float32)', "fmt='%s', delimiter=','"],
    ['np.array([[0.1, 0.25]], dtype=np.float32)', "fmt='%.3f %e'"], ['np.array([0.1, 65504], dtype=np.float16)', "fmt='%s'"],
]


def outcome(f):
    try:
        v = f()
    except Exception as e:
        return {'error': type(e).__name__, 'message': str(e)}
    return {'value': v}


cases = []
for kind, table in [('loadtxt', LOADTXT), ('genfromtxt', GENFROMTXT)]:
    for text, kwargs in table:
        r = outcome(lambda: eval(f'np.{kind}(io.StringIO(text), {kwargs})'))
        if 'value' in r:
            r['value'] = enc_array(r['value'])
        cases.append({'fn': kind, 'text': text, 'kwargs': kwargs, **r})
for x, kwargs in SAVETXT:
    def save():
        b = io.BytesIO()
        eval(f'np.savetxt(b, {x}, {kwargs})')
        return b.getvalue().decode('latin-1')
    cases.append({'fn': 'savetxt', 'x': x, 'kwargs': kwargs, **outcome(save)})
write(OUT + 'io.json', cases)

# .npy/.npz files NumPy writes, and the arrays they hold (the tests rebuild them from `source`).
ARRAYS = {
    'f8_2x3': 'np.arange(6.).reshape(2, 3) / 7', 'f4_vec': 'np.array([0.1, -2.5, 3e7], dtype=np.float32)',
    'i4_scalar': 'np.array(-7, dtype=np.int32)', 'i8_3d': 'np.arange(24).reshape(2, 3, 4) - 5',
    'u1': 'np.array([0, 200, 255], dtype=np.uint8)', 'b1': 'np.array([[True, False], [False, True]])',
    'f8_empty': 'np.zeros((0, 3))', 'i2_fortran': 'np.asfortranarray(np.arange(6, dtype=np.int16).reshape(2, 3))',
    'f8_bigendian': "np.arange(4.).astype('>f8')", 'f2': 'np.array([1.5, -0.25, 65504], dtype=np.float16)',
}
index = []
for name, source in ARRAYS.items():
    a = eval(source)
    np.save(OUT + f'npy/{name}.npy', a)
    # Gradbook arrays are native (little-endian) C-order: a '>f8' file loads as float64.
    index.append({'name': name, 'source': source, 'array': enc_array(a.astype(a.dtype.newbyteorder('=')))})
np.savez(OUT + 'npy/plain.npz', np.arange(3), w=np.eye(2, dtype=np.float32))
np.savez_compressed(OUT + 'npy/compressed.npz', x=np.linspace(0, 1, 5), y=np.array([[1, 2], [3, 4]]))
np.save(OUT + 'npy/object.npy', np.array([{'a': 1}, None], dtype=object), allow_pickle=True)
write(OUT + 'npy_index.json', index)
print(len(cases), 'text cases,', len(index), 'npy files')
