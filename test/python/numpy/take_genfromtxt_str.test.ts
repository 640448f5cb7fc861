// np.take with Python float indices and np.genfromtxt(dtype=str): a program whose expected stdout
// NumPy itself printed (programs/take_float_genfromtxt_str.expected), compared byte for byte.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.take float indices and np.genfromtxt(dtype=str)', () => {
  it('prints exactly what NumPy prints', () => {
    const r = run(fs.readFileSync(path.join(programs, 'take_float_genfromtxt_str.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'take_float_genfromtxt_str.expected'), 'utf8'));
  });
});
