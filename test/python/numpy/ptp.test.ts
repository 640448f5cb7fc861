// np.ptp and ndarray.ptp: a program whose expected stdout NumPy itself printed
// (programs/ptp.expected, written by python3-numpy from programs/ptp.py).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.ptp', () => {
  it('prints exactly what NumPy prints (axes, keepdims, dtypes), and the method agrees with the function', () => {
    const r = run(fs.readFileSync(path.join(programs, 'ptp.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'ptp.expected'), 'utf8'));
  });
  it('x.ptp(axis) is np.ptp(x, axis) (the cookbook calls x_vals.ptp(0))', () => {
    const r = run('import numpy as np\nx = np.array([[1.0, 4.0], [3.0, -2.0]])\nprint(x.ptp(0), x.ptp(), x.ptp(axis=1, keepdims=True).tolist())\n');
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, '[2. 6.] 6.0 [[3.0], [5.0]]\n');
  });
});
