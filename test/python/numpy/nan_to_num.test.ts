// np.nan_to_num: a program whose expected stdout NumPy itself printed
// (programs/nan_to_num.expected, written by python3-numpy from programs/nan_to_num.py).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.nan_to_num', () => {
  it('prints exactly what NumPy prints (NaN and infinities of float32 and float64, custom replacements, integers and scalars unchanged, copy=False in place)', () => {
    const r = run(fs.readFileSync(path.join(programs, 'nan_to_num.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'nan_to_num.expected'), 'utf8'));
  });
});
