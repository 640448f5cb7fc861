// np.split, np.array_split and np.meshgrid: a program whose expected stdout NumPy itself printed
// (programs/split_meshgrid.expected, written by python3-numpy), compared byte for byte; plus the
// signature table's refusal of unknown keywords.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('np.split / np.array_split / np.meshgrid', () => {
  it('print exactly what NumPy 1.24 prints (equal and unequal sections, split points, axes, xy/ij/sparse grids, errors)', () => {
    const r = run(fs.readFileSync(path.join(programs, 'split_meshgrid.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'split_meshgrid.expected'), 'utf8'));
  });

  it('pieces along axis 0 are views of the array (writing one writes the array, as in NumPy), and indexing other than xy/ij is a ValueError', () => {
    const r = run([
      'import numpy as np',
      'x = np.arange(6, dtype=np.float32)',
      'a, b = np.split(x, 2)',
      'a[0] = 99',
      'print(x[0], a.dtype, b.dtype)',
      "np.meshgrid([1], [2], indexing='yx')",
    ].join('\n') + '\n');
    assert.equal(r.out, '99.0 float32 float32\n');
    assert.equal(r.error, "ValueError: Valid values for `indexing` are 'xy' and 'ij'.");
  });
});

describe('np.searchsorted', () => {
  it('prints exactly what NumPy prints (left/right sides, scalar and array values, the side error)', () => {
    const r = run(fs.readFileSync(path.join(programs, 'searchsorted.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'searchsorted.expected'), 'utf8'));
  });
});
