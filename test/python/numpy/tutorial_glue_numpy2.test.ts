// NumPy calls TF1 tutorials make around their graphs: a program whose expected stdout
// NumPy itself printed (programs/tutorial_glue_numpy2.expected), compared byte for byte.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('NumPy glue of TF1 training loops', () => {
  it('prints exactly what NumPy prints', () => {
    const r = run(fs.readFileSync(path.join(programs, 'tutorial_glue_numpy2.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'tutorial_glue_numpy2.expected'), 'utf8'));
  });
});
