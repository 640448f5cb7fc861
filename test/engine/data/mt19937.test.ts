import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { MT19937, mt19937Factory } from '../../../src/engine/data/mt19937';

// numpy.random.RandomState(seed).permutation(n), generated once by scripts/numpy-permutation-fixture.py
const numpyPermutations: Record<string, number[] | number[][]> = JSON.parse(
  fs.readFileSync(path.join(__dirname, 'fixtures/numpy-permutations.json'), 'utf8'));

describe('engine/data MT19937 (default shuffling RNG)', () => {
  for (const key of Object.keys(numpyPermutations).filter((k) => /^\d+:\d+$/.test(k))) {
    const [seed, n] = key.split(':').map(Number);
    it(`matches numpy RandomState(${seed}).permutation(${n})`, () => {
      assert.deepStrictEqual(Array.from(new MT19937(seed).permutation(n)), numpyPermutations[key]);
    });
  }

  it('continues its stream across calls like one RandomState', () => {
    const rng = new MT19937(5);
    const [first, second] = numpyPermutations['5:20:twice'] as number[][];
    assert.deepStrictEqual(Array.from(rng.permutation(20)), first);
    assert.deepStrictEqual(Array.from(rng.permutation(20)), second);
  });

  it('rejects seeds numpy rejects', () => {
    assert.throws(() => new MT19937(-1), /between 0 and 2\*\*32 - 1/);
    assert.throws(() => new MT19937(2 ** 32), /between 0 and 2\*\*32 - 1/);
  });

  it('gives a valid permutation when no seed is given', () => {
    const perm = Array.from(mt19937Factory(undefined).permutation(50)).sort((a, b) => a - b);
    assert.deepStrictEqual(perm, Array.from({ length: 50 }, (_, i) => i));
  });
});
