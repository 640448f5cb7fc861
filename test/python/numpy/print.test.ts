import { strict as assert } from 'assert';
import { arrayRepr, arrayStr } from '../../../src/numpy/format/array_format';
import { NumpyScalar } from '../../../src/numpy/values';
import { decodeArray, EncodedArray, loadFixture } from './fixture_arrays';

interface PrintCase { name: string; scalar: boolean; array: EncodedArray; str: string; repr: string }

describe('numpy printing matches NumPy 1.x byte for byte', () => {
  for (const c of loadFixture<PrintCase[]>('print.json')) {
    it(c.name, () => {
      let a = decodeArray(c.array);
      if (c.scalar) a = new NumpyScalar(a.dtype, [], a.data);
      assert.equal(arrayStr(a), c.str, 'str');
      assert.equal(arrayRepr(a), c.repr, 'repr');
    });
  }
});
