// np.indices / np.fromfunction: a program whose expected stdout NumPy itself printed
// (programs/fromfunction.expected, written by python3-numpy from programs/fromfunction.py).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.indices and np.fromfunction', () => {
  it('print exactly what NumPy prints (dense and sparse grids, dtypes, keyword arguments passed through)', () => {
    const r = run(fs.readFileSync(path.join(programs, 'fromfunction.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'fromfunction.expected'), 'utf8'));
  });
});
