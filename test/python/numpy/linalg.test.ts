// np.linalg against NumPy's LAPACK results (gen/gen_linalg.py), to 1e-10 relative: our LU and
// Jacobi SVD round differently in the last bits.
import { strict as assert } from 'assert';
import { run } from '../helpers';
import { decodeValue, EncodedArray, loadFixture } from './fixture_arrays';

describe('np.linalg matches NumPy', () => {
  for (const c of loadFixture<{ expr: string; array: EncodedArray }[]>('linalg.json')) {
    it(c.expr, () => {
      const r = run(`import numpy as np, json\nv = np.asarray(${c.expr})\nprint(json.dumps([str(v.dtype), list(v.shape), [float(x) for x in v.ravel().tolist()]]))`);
      assert.ok(r.result.ok, r.result.ok ? '' : r.result.error.traceback);
      const [dtype, shape, data] = JSON.parse(r.stdout) as [string, number[], number[]];
      assert.equal(dtype, c.array.dtype);
      assert.deepEqual(shape, c.array.shape);
      data.forEach((v, i) => {
        const want = decodeValue(c.array.data[i]);
        assert.ok(Math.abs(v - want) <= 1e-10 * Math.max(1, Math.abs(want)), `element ${i}: ${v} != ${want}`);
      });
    });
  }

  it('raises numpy.linalg.LinAlgError (a ValueError) as NumPy words it', () => {
    const r = run(`import numpy as np
for f in [lambda: np.linalg.inv(np.zeros((2, 2))), lambda: np.linalg.inv(np.ones((2, 3))), lambda: np.linalg.det(np.ones(3))]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, isinstance(e, np.linalg.LinAlgError), e)
try:
    np.linalg.pinv(np.eye(2), hermitian=True)
except NotImplementedError as e:
    print(e)`);
    assert.ok(r.result.ok, r.result.ok ? '' : r.result.error.traceback);
    assert.equal(r.stdout, 'LinAlgError True Singular matrix\nLinAlgError True Last 2 dimensions of the array must be square\n'
      + 'LinAlgError True 1-dimensional array given. Array must be at least two-dimensional\n'
      + "pinv() argument 'hermitian' is not supported by Gradbook: the general SVD is always used\n");
  });
});
