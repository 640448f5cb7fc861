import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { run, runAll, assertValue, iota, throwsOpError } from './helpers';

describe('array: concat, stack, unstack, split, slice, fill, zeros, range', () => {
  beforeEach(() => clearDefaultGraphState());

  it('concat joins along an axis, with TF names and static shapes', () => {
    const a = tf.constant([[1, 2], [3, 4]]), b = tf.constant([[5, 6]]);
    const c = tf.concat([a, b], 0);
    assert.equal(c.op.name, 'concat');
    assert.equal(c.op.type, 'ConcatV2');
    assert.equal(c.op.inputs[2].op.name, 'concat/axis');
    assertValue(run(c), [[1, 2], [3, 4], [5, 6]], [3, 2]);
    assertValue(run(tf.concat([a, a], -1)), [[1, 2, 1, 2], [3, 4, 3, 4]]);
    const p = tf.placeholder('float32', [null, 2]);
    assert.deepEqual(tf.concat([p, a], 0).shape, [null, 2]);
    assert.deepEqual(tf.concat([p, a], 1).shape, [2, 4]);
    assert.throws(() => tf.concat([a, b], 1), /Dimension 0 in both shapes must be equal, but are 2 and 1\. Shapes are \[2,2\] and \[1,2\]\. for 'concat_\d+' \(op: 'ConcatV2'\)/);
    assert.equal(tf.concat([a], 0).op.type, 'Identity');
    const q = tf.placeholder('float32', [null, null]);
    throwsOpError(() => run(tf.concat([p, q], 0), [[p, iota([1, 2])], [q, iota([1, 3])]]),
      'ConcatOp : Dimensions of inputs should match: shape[0] = [1,2] vs. shape[1] = [1,3]');
  });

  it('stack and unstack', () => {
    const a = tf.constant([1, 2]), b = tf.constant([3, 4]);
    const s = tf.stack([a, b], 1);
    assert.equal(s.op.name, 'stack');
    assert.deepEqual(s.shape, [2, 2]);
    assertValue(run(s), [[1, 3], [2, 4]]);
    const parts = tf.unstack(tf.constant(iota([2, 3])), undefined, 1);
    assert.equal(parts.length, 3);
    assert.equal(parts[0].op.name, 'unstack');
    assert.deepEqual(runAll(parts).map(p => p.toNested()), [[0, 3], [1, 4], [2, 5]]);
    assert.throws(() => tf.unstack(tf.placeholder('float32', [null])), /Cannot infer num from shape \(\?,\)/);
  });

  it('split into equal parts and by sizes', () => {
    const x = tf.constant(iota([2, 6]));
    const parts = tf.split(x, 3, 1);
    assert.deepEqual(parts.map(p => p.op.name), ['split', 'split', 'split']);
    assert.deepEqual(parts[0].shape, [2, 2]);
    assert.deepEqual(runAll(parts).map(p => p.toNested()), [[[0, 1], [6, 7]], [[2, 3], [8, 9]], [[4, 5], [10, 11]]]);
    const v = tf.split(x, [1, -1, 2], 1);
    assert.equal(v[0].op.type, 'SplitV');
    assert.deepEqual(v.map(p => p.shape), [[2, 1], [2, 3], [2, 2]]);
    assert.deepEqual(runAll(v).map(p => p.toNested()), [[[0], [6]], [[1, 2, 3], [7, 8, 9]], [[4, 5], [10, 11]]]);
    assert.throws(() => tf.split(x, 4, 1), /Dimension size must be evenly divisible by 4 but is 6 for 'split_2' \(op: 'Split'\)/);
  });

  it('slice with -1 sizes; runtime bounds errors', () => {
    const x = tf.constant(iota([3, 4]));
    const s = tf.slice(x, [1, 1], [-1, 2]);
    assert.deepEqual(s.shape, [2, 2]);
    assertValue(run(s), [[5, 6], [9, 10]]);
    const p = tf.placeholder('float32', [null, 4]);
    assert.deepEqual(tf.slice(p, [1, 1], [-1, 2]).shape, [null, 2]);
    throwsOpError(() => run(tf.slice(p, [1, 0], [3, 1]), [[p, iota([3, 4])]]), 'Expected size[0] in [0, 2], but got 3');
  });

  it('strided_slice builder with explicit masks and a tensor index', () => {
    const x = tf.constant(iota([3, 4]));
    const y = tf.stridedSlice(x, [0, 1], [0, 3], [1, 1], { beginMask: 1, endMask: 1 });
    assert.equal(y.op.name, 'StridedSlice');
    assert.deepEqual(y.shape, [3, 2]);
    assertValue(run(y), [[1, 2], [5, 6], [9, 10]]);
    const i = tf.placeholder('int32', [], 'i');
    const row = tf.sliceHelper(x, [i]);
    assert.equal(row.op.name, 'strided_slice');
    assert.deepEqual(row.shape, [4]);
    assertValue(run(row, [[i, tf.NDArray.scalar(2, 'int32')]]), [8, 9, 10, 11]);
    const col = tf.sliceHelper(x, [{}, 1]);
    assert.equal(col.op.inputs[1].op.name, 'strided_slice_1/stack');
    assert.equal(col.op.inputs[2].op.name, 'strided_slice_1/stack_1');
    assert.throws(() => tf.sliceHelper(x, [5]), /slice index 5 of dimension 0 out of bounds\. for 'strided_slice_2' \(op: 'StridedSlice'\)/);
    const p = tf.placeholder('float32', [null, 4]);
    throwsOpError(() => run(tf.sliceHelper(p, [3]), [[p, iota([3, 4])]]), 'slice index 3 of dimension 0 out of bounds.');
  });

  it('fill, zeros, ones, zeros_like, ones_like', () => {
    const small = tf.zeros([2, 3]);
    assert.equal(small.op.type, 'Const');
    assert.equal(small.op.name, 'zeros');
    const big = tf.zeros([784, 10]);
    assert.equal(big.op.type, 'Fill');
    assert.equal(big.op.name, 'zeros_1');
    assert.deepEqual(big.op.inputs.map(t => t.op.name), ['zeros_1/shape_as_tensor', 'zeros_1/Const']);
    assert.deepEqual(big.shape, [784, 10]);
    const v = run(big);
    assert.equal(v.size, 7840);
    assert.ok(v.toArray().every(e => e === 0));
    assertValue(run(tf.ones([2, 2], 'int32')), [[1, 1], [1, 1]]);
    assert.equal(tf.ones([2]).op.name, 'ones_1');
    const p = tf.placeholder('float32', [null, 3]);
    const f = tf.fill(tf.shape(p), 7);
    assert.deepEqual(f.shape, [null, 3]);
    assertValue(run(f, [[p, iota([2, 3])]]), [[7, 7, 7], [7, 7, 7]]);
    const z = tf.zerosLike(p), o = tf.onesLike(p);
    assert.deepEqual([z.op.name, o.op.name], ['zeros_like', 'ones_like']);
    assert.deepEqual(z.shape, [null, 3]);
    const [zv, ov] = runAll([z, o], [[p, iota([1, 3])]]);
    assertValue(zv, [[0, 0, 0]]);
    assertValue(ov, [[1, 1, 1]]);
    assert.equal(tf.zerosLike(p, 'int32').dtype, 'int32');
  });

  it('range: dtype rules, static length, errors', () => {
    const r = tf.range(5);
    assert.equal(r.op.name, 'range');
    assert.equal(r.dtype, 'int32');
    assert.deepEqual(r.shape, [5]);
    assertValue(run(r), [0, 1, 2, 3, 4]);
    const f = tf.range(0, 1, 0.25);
    assert.equal(f.dtype, 'float32');
    assertValue(run(f), [0, 0.25, 0.5, 0.75]);
    assertValue(run(tf.range(10, 2, -3)), [10, 7, 4]);
    assert.equal(tf.range(3, null, 1, 'float64').dtype, 'float64');
    assert.throws(() => tf.range(0, 5, 0), /Requires delta != 0: 0 for 'range_\d+' \(op: 'Range'\)/);
    const n = tf.placeholder('int32', []);
    const rn = tf.range(n);
    assert.deepEqual(rn.shape, [null]);
    assertValue(run(rn, [[n, tf.NDArray.scalar(3, 'int32')]]), [0, 1, 2]);
  });
});
