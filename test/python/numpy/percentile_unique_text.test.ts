// np.percentile / np.quantile and np.unique of a list of str: a program whose expected stdout
// NumPy itself printed (programs/percentile_unique_text.expected), compared byte for byte.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.percentile, np.quantile and np.unique of str lists', () => {
  it('prints exactly what NumPy prints', () => {
    const r = run(fs.readFileSync(path.join(programs, 'percentile_unique_text.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'percentile_unique_text.expected'), 'utf8'));
  });
});
