// np.r_ and np.c_: a program whose expected stdout NumPy itself printed
// (programs/index_tricks.expected, written by python3-numpy), compared byte for byte, and the
// matrix directives Gradbook refuses.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.r_ / np.c_', () => {
  it('print exactly what NumPy prints (slices, scalars, 1-D items as columns, axis/ndmin/trans1d strings)', () => {
    const r = run(fs.readFileSync(path.join(programs, 'index_tricks.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'index_tricks.expected'), 'utf8'));
  });

  it("refuses the matrix directive 'r' by name", () => {
    const r = run("import numpy as np\nnp.r_['r', [1, 2], [3, 4]]\n");
    assert.match(r.error ?? '', /NotImplementedError: .*'r' and 'c'/);
  });
});
