// np.median: a program whose expected stdout NumPy itself printed (programs/median.expected,
// written by python3-numpy), compared byte for byte; out= is refused by name.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.median', () => {
  it('prints exactly what NumPy prints (axes, keepdims, dtypes, even counts, NaN)', () => {
    const r = run(fs.readFileSync(path.join(programs, 'median.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'median.expected'), 'utf8'));
  });

  it('raises NotImplementedError naming out=', () => {
    const r = run('import numpy as np\nnp.median([1., 2.], out=np.zeros(()))\n');
    assert.match(r.error ?? '', /^NotImplementedError: .*out/);
  });
});
