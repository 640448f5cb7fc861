// column_stack, row_stack, dstack, broadcast_to, cumprod, trace, diag, tril, triu: a program whose
// expected stdout NumPy itself printed (programs/matrix_stack.expected, written by python3-numpy),
// compared byte for byte; and the arguments Gradbook does not implement.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np stacking and matrix helpers', () => {
  it('prints exactly what NumPy prints', () => {
    const r = run(fs.readFileSync(path.join(programs, 'matrix_stack.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'matrix_stack.expected'), 'utf8'));
  });

  it('raises NotImplementedError for arguments it does not implement', () => {
    for (const call of ['np.cumprod([1, 2], out=np.zeros(2))', 'np.trace(np.eye(2), out=np.zeros(()))',
      "np.column_stack((np.array(['a']), np.array(['b'])))", "np.dstack([np.array(['a'])])"]) {
      const err = run(`import numpy as np\n${call}\n`).error ?? '';
      assert.match(err, /^NotImplementedError: /, call);
    }
  });

  it('broadcast_to gives a copy of the right dtype; cumprod keeps float32 rounding', () => {
    const r = run('import numpy as np\nx = np.broadcast_to(np.array([1, 2], np.int8), (2, 2))\nprint(x.dtype, x.shape)\n'
      + 'y = np.cumprod(np.full(30, 1.1, np.float32))\nprint(y[-1] == np.float32(1.1) ** 30, y.dtype)\n');
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, 'int8 (2, 2)\nFalse float32\n');
  });
});
