// Forward values checked against numpy (fixtures.json, made by gen/gen_fixtures.py).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { run, iota } from './helpers';
import fixtures from './fixtures.json';

function check(t: tf.Tensor, expected: { out_shape: number[]; values: number[] }, feeds: [tf.Tensor, tf.NDArray][] = []) {
  const v = run(t, feeds);
  assert.deepEqual(v.shape, expected.out_shape);
  assert.deepEqual(v.toArray(), expected.values);
}

describe('array: forward values against numpy', () => {
  beforeEach(() => clearDefaultGraphState());

  for (const c of fixtures.strided_slice) {
    it(`x${JSON.stringify(c.spec)} on shape [${c.shape}]`, () => {
      const x = tf.constant(iota(c.shape));
      const y = tf.sliceHelper(x, c.spec as tf.IndexItem[]);
      assert.deepEqual(y.shape, c.out_shape, 'static shape');
      check(y, c);
      // Same result when the input's shape is unknown at build time.
      const p = tf.placeholder('float32');
      check(tf.sliceHelper(p, c.spec as tf.IndexItem[]), c, [[p, iota(c.shape)]]);
    });
  }

  it('transpose', () => {
    for (const c of fixtures.transpose) {
      const y = tf.transpose(tf.constant(iota(c.shape)), c.perm);
      assert.deepEqual(y.shape, c.out_shape);
      check(y, c);
    }
  });
  it('tile', () => {
    for (const c of fixtures.tile) {
      const y = tf.tile(tf.constant(iota(c.shape)), c.multiples);
      assert.deepEqual(y.shape, c.out_shape);
      check(y, c);
    }
  });
  it('pad', () => {
    for (const c of fixtures.pad) {
      const y = tf.pad(tf.constant(iota(c.shape)), c.paddings);
      assert.deepEqual(y.shape, c.out_shape);
      check(y, c);
    }
  });
  it('gather', () => {
    for (const c of fixtures.gather) {
      const y = tf.gather(tf.constant(iota(c.shape)), tf.constant(c.indices, 'int32'), c.axis);
      assert.deepEqual(y.shape, c.out_shape);
      check(y, c);
    }
  });
  it('one_hot', () => {
    for (const c of fixtures.one_hot) {
      const y = tf.oneHot(tf.constant(c.indices, 'int32'), c.depth, { axis: c.axis });
      assert.deepEqual(y.shape, c.out_shape);
      assert.equal(y.dtype, 'float32');
      check(y, c);
    }
  });
});
