import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { run, runAll, assertValue, iota, throwsOpError } from './helpers';

describe('array: Shape, Size, Rank, Reshape, ExpandDims, Squeeze', () => {
  beforeEach(() => clearDefaultGraphState());

  it('shape/size/rank fold to constants for known shapes and run as ops otherwise', () => {
    const k = tf.constant([[1, 2, 3], [4, 5, 6]]);
    const s = tf.shape(k);
    assert.equal(s.op.type, 'Const');
    assert.equal(s.op.name, 'Shape');
    assert.equal(s.dtype, 'int32');
    const x = tf.placeholder('float32', [null, 3]);
    const sx = tf.shape(x), nx = tf.size(x), rx = tf.rank(x);
    assert.deepEqual([sx.op.type, nx.op.type, rx.op.type], ['Shape', 'Size', 'Const']);
    assert.deepEqual(sx.shape, [2]);
    const feed: [tf.Tensor, tf.NDArray][] = [[x, iota([4, 3])]];
    const [a, b, c] = runAll([sx, nx, rx], feed);
    assertValue(a, [4, 3]);
    assert.equal(b.item(), 12);
    assert.equal(c.item(), 2);
    const u = tf.placeholder('float32');
    assertValue(run(tf.rank(u), [[u, iota([2, 2, 2])]]), 3);
    assert.equal(tf.rank(u).op.type, 'Rank');
  });

  it('reshape infers -1 statically and at run time, sharing data', () => {
    const x = tf.placeholder('float32', [null, 28, 28, 1]);
    const r = tf.reshape(x, [-1, 784]);
    assert.equal(r.op.name, 'Reshape');
    assert.equal(r.op.inputs[1].op.name, 'Reshape/shape');
    assert.deepEqual(r.shape, [null, 784]);
    const c = tf.reshape(tf.constant(iota([2, 6]).toNested() as number[][]), [3, -1]);
    assert.deepEqual(c.shape, [3, 4]);
    assertValue(run(c), [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]);
    const v = iota([5, 784]);
    const out = run(r, [[x.op.outputs[0], v.reshape([5, 28, 28, 1])]]);
    assert.deepEqual(out.shape, [5, 784]);
    // Shape through a Shape op: reshape(y, shape(x)) takes x's partial shape.
    const y = tf.placeholder('float32', [null]);
    assert.deepEqual(tf.reshape(y, tf.shape(x)).shape, [null, 28, 28, 1]);
  });

  it('reshape reports TF texts at build and run time', () => {
    const k = tf.zeros([784]);
    assert.throws(() => tf.reshape(k, [10, 10]), {
      name: 'ValueError',
      message: "Cannot reshape a tensor with 784 elements to shape [10,10] (100 elements) for 'Reshape' (op: 'Reshape') with input shapes: [784], [2].",
    });
    const p = tf.placeholder('float32');
    const r = tf.reshape(p, [10, 10]);
    throwsOpError(() => run(r, [[p, iota([784])]]), 'Input to reshape is a tensor with 784 values, but the requested shape has 100');
    throwsOpError(() => run(tf.reshape(p, [3, -1]), [[p, iota([10])]]), 'Input to reshape is a tensor with 10 values, but the requested shape requires a multiple of 3');
    assert.throws(() => tf.reshape(p, [-1, -1]), /Cannot infer multiple unknown dimensions in shape \[-1,-1\]/);
  });

  it('expand_dims and squeeze', () => {
    const x = tf.placeholder('float32', [null, 3]);
    assert.deepEqual(tf.expandDims(x, 1).shape, [null, 1, 3]);
    assert.deepEqual(tf.expandDims(x, -1).shape, [null, 3, 1]);
    assert.equal(tf.expandDims(x, 0).op.inputs[1].op.name, 'ExpandDims_2/dim');
    assert.throws(() => tf.expandDims(x, 4), /Tried to expand dim index 4 for tensor with 2 dimensions\. for 'ExpandDims_3'/);
    const y = tf.placeholder('float32', [1, null, 1, 2]);
    assert.deepEqual(tf.squeeze(y, [0, 2]).shape, [null, 2]);
    assert.equal(tf.squeeze(y).shape, null);
    assert.deepEqual(tf.squeeze(tf.zeros([1, 3, 1])).shape, [3]);
    assert.throws(() => tf.squeeze(y, [3]), /Can not squeeze dim\[3\], expected a dimension of 1, got 2/);
    const v = iota([1, 2, 1, 2]);
    assertValue(run(tf.squeeze(y), [[y, v]]), [[0, 1], [2, 3]]);
    const z = tf.placeholder('float32', [null, null]);
    throwsOpError(() => run(tf.squeeze(z, [1]), [[z, iota([2, 2])]]), 'Can not squeeze dim[1], expected a dimension of 1, got 2');
  });
});
