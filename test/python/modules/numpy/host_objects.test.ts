// The binding seen from TypeScript: what the tf module and the session rely on.
import { strict as assert } from 'assert';
import '../../../../src/python/modules/numpy/register';
import { createNumpyModule } from '../../../../src/python/modules/numpy/index';
import { PyNDArray, wrapArray } from '../../../../src/python/modules/numpy/ndarray_object';
import { PyDType } from '../../../../src/python/modules/numpy/dtype_object';
import { NDArray } from '../../../../src/engine/ndarray';
import { PySlice, PyTuple, PyModule, PyFloat, PyList, callValue, getAttr, getItem, pyStr, pyRepr, binaryOp } from '../../../../src/python/index';
import { runProgram } from './run_program';

const f32 = (shape: number[], values: number[]) => new NDArray('float32', shape, Float32Array.from(values));

describe('numpy module host objects', () => {
  it('sess.run results (wrapArray) index, compute and print once the module is loaded', () => {
    const fetched = wrapArray(f32([2, 2], [1, 2, 3, 4]));
    const row = getItem(fetched, 1) as PyNDArray;
    assert.equal(pyRepr(row), 'array([3., 4.], dtype=float32)');
    assert.equal(pyStr(binaryOp('*', fetched, 2)), '[[2. 4.]\n [6. 8.]]');
    const loss = wrapArray(new NDArray('float32', [], Float32Array.of(0.25)));
    assert.equal(pyRepr(loss), '0.25');
    assert.equal(loss.format('.3f'), '0.250');
  });

  it('a[i] and a[i:j] are views: writes reach the engine array', () => {
    const base = f32([3, 2], [0, 0, 0, 0, 0, 0]);
    const a = new PyNDArray(base);
    (getItem(a, 1) as PyNDArray).setitem(0, 5);
    const block = getItem(a, new PySlice(1, null, null)) as PyNDArray;
    block.setitem(new PyTuple([1, 1]), 7);
    assert.deepEqual(Array.from(base.data as Float32Array), [0, 0, 5, 0, 0, 7]);
    const strided = getItem(a, new PySlice(null, null, 2)) as PyNDArray;
    strided.setitem(0, 9);
    assert.equal(base.data[0], 0, 'a stepped slice is a copy in Gradbook');
  });

  it('in-place operators write into the array and keep its dtype', () => {
    const base = f32([3], [1, 2, 3]);
    const x = new PyNDArray(base);
    const r = x.inplace('-', new PyNDArray(new NDArray('float64', [3], Float64Array.of(0.5, 0.5, 0.5))));
    assert.equal(r, x);
    assert.equal(pyRepr(x), 'array([0.5, 1.5, 2.5], dtype=float32)');
    assert.deepEqual(Array.from(base.data as Float32Array), [0.5, 1.5, 2.5]);
    const ints = new PyNDArray(new NDArray('int64', [2], Float64Array.of(1, 2)));
    assert.throws(() => ints.inplace('+', new PyFloat(0.5)), (e: { args: unknown[] }) => /same_kind/.test(String(e.args[0])));
  });

  it('each module instance has its own np.random stream', () => {
    const random = (np: PyModule) => np.dict.get('random') as PyModule;
    const call = (np: PyModule, name: string, args: number[] = []) => callValue(random(np).dict.get(name)!, args, null);
    const one = createNumpyModule(), two = createNumpyModule();
    call(one, 'seed', [7]);
    call(two, 'seed', [7]);
    const first = (call(one, 'rand') as PyFloat).v;
    call(one, 'rand');
    assert.equal((call(two, 'rand') as PyFloat).v, first);
  });

  it('dtype= accepts strings, scalar types, Python types and dtype objects', () => {
    const np = createNumpyModule();
    const zeros = np.dict.get('zeros')!;
    const dtypes = ['float32', np.dict.get('int32')!, np.dict.get('bool_')!, new PyDType('uint8')];
    const got = dtypes.map(d => pyStr(getAttr(callValue(zeros, [2], new Map([['dtype', d]])), 'dtype')));
    assert.deepEqual(got, ['float32', 'int32', 'bool', 'uint8']);
  });

  it('tolist gives the interpreter\'s values: int as JS number, float as PyFloat', () => {
    const a = new PyNDArray(new NDArray('int64', [2], Float64Array.of(3, 4)));
    const list = callValue(getAttr(a, 'tolist'), [], null) as PyList;
    assert.deepEqual(list.items, [3, 4]);
    const f = callValue(getAttr(new PyNDArray(f32([1], [0.5])), 'tolist'), [], null) as PyList;
    assert.ok(f.items[0] instanceof PyFloat);
  });

  it('numpy and numpy.random import through the module registry', () => {
    assert.equal(runProgram('import numpy.random\nfrom numpy.random import RandomState\nimport numpy as np\nprint(np.random is numpy.random, RandomState)\n'),
      "True <class 'numpy.random.RandomState'>\n");
  });
});
