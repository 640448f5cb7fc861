// np.bincount: a program whose expected stdout NumPy itself printed (programs/bincount.expected,
// written by python3-numpy), compared byte for byte; and NumPy 1.x's error for 2-D input.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.bincount', () => {
  it('prints exactly what NumPy prints (counts, minlength, weights, empty input, errors)', () => {
    const r = run(fs.readFileSync(path.join(programs, 'bincount.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'bincount.expected'), 'utf8'));
  });

  it('refuses 2-D input as NumPy 1.x does', () => {
    assert.equal(run('import numpy as np\nnp.bincount([[1], [2]])\n').error, 'ValueError: object too deep for desired array');
  });
});
