// np.set_printoptions / np.get_printoptions: a program whose expected stdout python3-numpy printed
// (programs/printoptions.expected), compared byte for byte; options a session sets do not reach
// the next session; the options not implemented raise NotImplementedError naming themselves.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.set_printoptions', () => {
  it('prints exactly what NumPy prints with precision, suppress, threshold, edgeitems and linewidth', () => {
    const r = run(fs.readFileSync(path.join(programs, 'printoptions.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'printoptions.expected'), 'utf8'));
  });

  it('a new session that imports numpy starts from the default options', () => {
    assert.equal(run('import numpy as np\nnp.set_printoptions(precision=2)\nprint(np.array([1/3]))\n').out, '[0.33]\n');
    assert.equal(run('import numpy as np\nprint(np.array([1/3]))\n').out, '[0.33333333]\n');
  });

  it('refuses the options it does not implement', () => {
    assert.match(run("import numpy as np\nnp.set_printoptions(formatter={'float': '{:.2f}'.format})\n").error ?? '', /^NotImplementedError: .*formatter/);
    assert.match(run("import numpy as np\nnp.set_printoptions(floatmode='fixed')\n").error ?? '', /^NotImplementedError: .*floatmode/);
  });
});
