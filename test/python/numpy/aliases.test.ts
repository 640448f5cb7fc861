// NumPy 1.x's aliases of the builtin types (np.int is int, ...; removed in NumPy 1.24), which
// TF1-era programs pass as dtypes and call as constructors.
import { strict as assert } from 'assert';
import { run } from '../helpers';

describe('numpy builtin-type aliases', () => {
  it('np.int, np.float, np.bool, np.object and np.str are the builtins, usable as dtypes and constructors', () => {
    const r = run([
      'import numpy as np',
      'print(np.int is int, np.float is float, np.bool is bool, np.object is object, np.str is str)',
      "print(np.zeros(2, dtype=np.int).dtype, np.array([1, 2], np.float).dtype, np.array([0, 1], dtype=np.bool).tolist(), np.float('2.5'), np.int(3.9))",
    ].join('\n'));
    assert.ok(r.result.ok, r.stderr);
    assert.equal(r.stdout, 'True True True True True\nint64 float64 [False, True] 2.5 3\n');
  });
});
