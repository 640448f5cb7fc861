// Behaviour the fixtures do not cover: Python-value conversions and in-place updates.
import { strict as assert } from 'assert';
import * as np from '../../../src/numpy/index';

describe('numpy array methods and Python values', () => {
  it('tolist and item give Python ints, floats and bools', () => {
    assert.deepEqual(np.tolist(np.array([[1n, 2n], [3n, 4n]])), [[1n, 2n], [3n, 4n]]);
    assert.deepEqual(np.tolist(np.array([0.5, true])), [0.5, 1]);
    assert.equal(np.item(np.array([true])), true);
    assert.throws(() => np.item(np.zeros([2])), /size 1/);
  });

  it('astype truncates floats toward zero and maps NaN to True', () => {
    assert.deepEqual(np.tolist(np.astype(np.array([-1.7, 2.9]), 'int64')), [-1n, 2n]);
    assert.deepEqual(np.tolist(np.astype(np.array([NaN, 0]), 'bool')), [true, false]);
  });

  it('setitem writes through to the array and getitem of all ints gives a NumPy scalar', () => {
    const a = np.zeros([2, 3], 'float32');
    np.setitem(a, [1, np.slice(null, null, 2)], 0.5);
    assert.deepEqual(np.tolist(a), [[0, 0, 0], [0.5, 0, 0.5]]);
    const s = np.getitem(a, [1n, 0]);
    assert.ok(s instanceof np.NumpyScalar);
    assert.equal(np.arrayRepr(s), '0.5');
  });

  it('full reductions return NumPy scalars that print like NumPy 1.x', () => {
    const m = np.mean(np.array([1.5, 2.5], 'float32'));
    assert.ok(m instanceof np.NumpyScalar);
    assert.equal(np.arrayRepr(m), '2.0');
    assert.equal(np.arrayStr(np.sum(np.array([true, true]))), '2');
  });

  it('module-level random functions share one state', () => {
    np.random.seed(3);
    const first = np.random.rand(2);
    np.random.seed(3);
    assert.deepEqual(np.tolist(np.random.globalRandomState().rand(2) as never), np.tolist(first as never));
  });
});
