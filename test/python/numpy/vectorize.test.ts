// np.vectorize: a program whose expected stdout NumPy itself printed (programs/vectorize.expected,
// written by python3-numpy), compared byte for byte: broadcasting arguments, the first output's
// dtype (values after it cast to it), otypes as a list or a type string, 0-d and empty inputs.
// signature=, excluded= and keyword arguments to the vectorized function are not implemented.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.vectorize', () => {
  it('prints exactly what NumPy prints', () => {
    const r = run(fs.readFileSync(path.join(programs, 'vectorize.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'vectorize.expected'), 'utf8'));
  });
  for (const [call, arg] of [
    ["np.vectorize(abs, signature='()->()')", 'signature'],
    ['np.vectorize(abs, excluded={0})', 'excluded'],
    ['np.vectorize(lambda v, w=1: v)(np.arange(2), w=2)', 'w'],
  ]) {
    it(`names the unimplemented ${arg}`, () => {
      const r = run(`import numpy as np\n${call}\n`);
      assert.match(String(r.error), /NotImplementedError/);
      assert.match(String(r.error), new RegExp(arg));
    });
  }
});
