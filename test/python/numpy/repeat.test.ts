// np.repeat: a program whose expected stdout NumPy itself printed (programs/repeat.expected,
// written by python3-numpy), compared byte for byte: scalars, flattening without an axis, one
// count or one per slice along an axis, zero counts, and NumPy's errors.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.repeat', () => {
  it('prints exactly what NumPy prints', () => {
    const r = run(fs.readFileSync(path.join(programs, 'repeat.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'repeat.expected'), 'utf8'));
  });
});
