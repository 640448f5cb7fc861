// What a run does with the arrays it is fed and the arrays it hands back (tf1-semantics §2.3; TF's
// session copies every fetched tensor into a fresh ndarray unless it owns the only reference).
// These pin the behaviour any shortcut in feed handling or fetch copying must keep:
// - a fetched value never aliases a fed array or a graph constant (Identity, Reshape, the
//   placeholder itself, a Const), so mutating one after the run changes neither the other nor
//   the constant in later runs;
// - a fed array mutated in place between runs is read afresh (nothing of it is cached);
// - views (subarrays with an offset) and float64 data fed to float32 placeholders give the same
//   bits as a contiguous float32 copy (the float32 rounding of each element);
// - a fetched result is not changed by the next run reusing its buffers.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { NDArray } from '../../../src/engine/ndarray';
import { sharesMemory } from '../../../src/engine/session/session';
import { shapeFolding } from '../../../src/engine/session/shape_fold';
import { run as runPython } from '../../python/helpers';

const f32 = (shape: number[], values: ArrayLike<number>) => new NDArray('float32', shape, Float32Array.from(values));
const bits = (a: NDArray) => Array.from(new Uint32Array(Float32Array.from(a.data as Float32Array).buffer));
const pseudo = (n: number, seed: number) => Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898 + seed) * 43758.5453 % 1);

describe('Session feeds and fetches: copies and aliasing', function () {
  this.timeout(30000);
  beforeEach(() => tf.resetDefaultGraph());

  it('fetches of a fed tensor, its Identity and its Reshape do not alias the fed array', () => {
    const x = tf.placeholder('float32', [2, 3]);
    const id = tf.identity(x), rs = tf.reshape(x, [6]);
    const a = f32([2, 3], [1, 2, 3, 4, 5, 6]);
    const sess = new tf.Session();
    const [rx, rid, rrs] = sess.run([x, id, rs], [[x, a]]) as NDArray[];
    for (const r of [rx, rid, rrs]) assert.ok(!sharesMemory(r, a), 'a fetch shares memory with the fed array');
    (a.data as Float32Array)[0] = 99;
    for (const r of [rx, rid, rrs]) assert.deepEqual(Array.from(r.data as Float32Array), [1, 2, 3, 4, 5, 6]);
    (rid.data as Float32Array)[1] = -7;
    assert.equal((a.data as Float32Array)[1], 2, 'mutating a fetch changed the fed array');
  });

  for (const folding of [true, false]) {
    it(`a fetched constant mutated by the caller does not change the graph's constant (shape folding ${folding ? 'on' : 'off'})`, () => {
      const was = shapeFolding.enabled;
      shapeFolding.enabled = folding;
      try {
        const c = tf.constant(f32([3], [1, 2, 3]));
        const twice = tf.multiply(c, tf.constant(2));
        const sess = new tf.Session();
        for (let run = 0; run < 3; run++) {
          const [rc, rt] = sess.run([c, twice]) as NDArray[];
          assert.deepEqual(Array.from(rc.data as Float32Array), [1, 2, 3], `run ${run}`);
          assert.deepEqual(Array.from(rt.data as Float32Array), [2, 4, 6], `run ${run}`);
          (rc.data as Float32Array).fill(-1);
        }
      } finally {
        shapeFolding.enabled = was;
      }
    });
  }

  it('a fed array mutated in place between runs is read afresh (wasm GEMM operand)', () => {
    const x = tf.placeholder('float32', [100, 784]);
    const w = tf.constant(f32([784, 10], pseudo(7840, 1)));
    const y = tf.matmul(x, w);
    const a = f32([100, 784], pseudo(78400, 2));
    const sess = new tf.Session();
    const first = sess.run(y, [[x, a]]) as NDArray;
    const firstBits = bits(first);
    const data = a.data as Float32Array;
    for (let i = 0; i < data.length; i += 3) data[i] = -data[i] * 0.5;
    const second = sess.run(y, [[x, a]]) as NDArray;
    const fresh = sess.run(y, [[x, f32([100, 784], data)]]) as NDArray;
    assert.deepEqual(bits(second), bits(fresh), 'the second run read the mutated values');
    assert.notDeepEqual(bits(second), firstBits);
    assert.deepEqual(bits(first), firstBits, 'the first result changed after later runs');
  });

  it('a fed subarray view gives the bits of a contiguous copy, and its fetch is a copy', () => {
    const x = tf.placeholder('float32', [100, 784]);
    const y = tf.matmul(x, tf.constant(f32([784, 10], pseudo(7840, 3))));
    const id = tf.identity(x);
    const base = Float32Array.from(pseudo(100 * 784 + 37, 4));
    const view = new NDArray('float32', [100, 784], base.subarray(37, 37 + 100 * 784));
    const copy = f32([100, 784], view.data as Float32Array);
    const sess = new tf.Session();
    const [fromView, idView] = sess.run([y, id], [[x, view]]) as NDArray[];
    const fromCopy = sess.run(y, [[x, copy]]) as NDArray;
    assert.deepEqual(bits(fromView), bits(fromCopy));
    assert.ok(!sharesMemory(idView, view));
    base[37] = 1234;
    assert.notEqual((idView.data as Float32Array)[0], 1234);
  });

  it('float64 data fed to a float32 placeholder is each value rounded to float32', () => {
    const x = tf.placeholder('float32', [4, 5]);
    const y = tf.matmul(x, tf.constant(f32([5, 3], pseudo(15, 5))));
    const values = pseudo(20, 6).map((v) => v + 1e-9);
    const as64 = new NDArray('float64', [4, 5], Float64Array.from(values));
    const sess = new tf.Session();
    const [r64, x64] = sess.run([y, x], [[x, as64]]) as NDArray[];
    const [r32] = sess.run([y], [[x, f32([4, 5], values)]]) as NDArray[];
    assert.equal(x64.dtype, 'float32');
    assert.deepEqual(Array.from(x64.data as Float32Array), values.map(Math.fround));
    assert.deepEqual(bits(r64), bits(r32));
  });

  it('a fetched result is not changed by the next run reusing its buffer', () => {
    const x = tf.placeholder('float32', [2, 2]);
    const y = tf.multiply(x, tf.constant(3));
    const sess = new tf.Session();
    const r1 = sess.run(y, [[x, f32([2, 2], [1, 2, 3, 4])]]) as NDArray;
    const r2 = sess.run(y, [[x, f32([2, 2], [5, 6, 7, 8])]]) as NDArray;
    assert.deepEqual(Array.from(r1.data as Float32Array), [3, 6, 9, 12]);
    assert.deepEqual(Array.from(r2.data as Float32Array), [15, 18, 21, 24]);
  });

  it("keeps TF's feed shape error text", () => {
    const x = tf.placeholder('float32', [null, 784], 'x');
    const sess = new tf.Session();
    assert.throws(() => sess.run(tf.identity(x), [[x, f32([2, 3], [1, 2, 3, 4, 5, 6])]]),
      (e: Error) => e.message === "Cannot feed value of shape (2, 3) for Tensor 'x:0', which has shape '(?, 784)'");
  });

  it('in Python: mutating the fed numpy array or a fetched constant after the run changes no result', () => {
    const { result, stdout, stderr } = runPython(`
import numpy as np
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 2])
c = tf.constant([1., 2.])
a = np.ones((2, 2), np.float32)
with tf.Session() as s:
    got, same, flat = s.run([tf.identity(x), x, tf.reshape(x, [4])], {x: a})
    a[0, 0] = 7
    k = s.run(c)
    k[0] = 5
    print(got.tolist(), same.tolist(), flat.tolist(), s.run(c).tolist())
`);
    assert.ok(result.ok, stderr);
    assert.equal(stdout.trim(), '[[1.0, 1.0], [1.0, 1.0]] [[1.0, 1.0], [1.0, 1.0]] [1.0, 1.0, 1.0, 1.0] [1.0, 2.0]');
  });
});
