// Python programs run through our interpreter must print exactly what python3 + NumPy 2.4
// printed for them (programs/*.out, written once by gen_expected.py).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runProgram } from './run_program';

const dir = path.join(__dirname, 'programs');

describe('numpy module: Python programs against NumPy 2.4 output', () => {
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.py')).sort()) {
    // No feature detection: inplace.py needs the runtime's host `inplace` hook, and a missing hook fails it.
    it(file, () => {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const expected = fs.readFileSync(path.join(dir, file.replace(/\.py$/, '.out')), 'utf8');
      assert.equal(runProgram(source), expected);
    });
  }
});
