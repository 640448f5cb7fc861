// np.tile, roll, flip/fliplr/flipud, take, argwhere, atleast_1d/2d/3d: a program whose expected
// stdout NumPy itself printed (programs/rearrange.expected, written by python3-numpy), compared
// byte for byte: reps longer/shorter than ndim, tuple shifts and axes, negative axes, index
// modes, dtypes kept, string arrays, and NumPy's errors. take's out= is not implemented.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.tile, roll, flip, take, argwhere, atleast_Nd', () => {
  it('prints exactly what NumPy prints', () => {
    const r = run(fs.readFileSync(path.join(programs, 'rearrange.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'rearrange.expected'), 'utf8'));
  });
  it("names take's unimplemented out= argument", () => {
    const r = run('import numpy as np\nnp.take(np.arange(3), [0], out=np.zeros(1, dtype=int))\n');
    assert.match(String(r.error), /NotImplementedError/);
    assert.match(String(r.error), /out/);
  });
});
