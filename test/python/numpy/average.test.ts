// np.average: a program whose expected stdout NumPy itself printed (programs/average.expected,
// written by python3-numpy from programs/average.py), compared byte for byte.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.average', () => {
  it('prints exactly what NumPy prints (weights of a\'s shape or 1-D along an axis, returned, keepdims, errors)', () => {
    const r = run(fs.readFileSync(path.join(programs, 'average.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'average.expected'), 'utf8'));
  });
});
