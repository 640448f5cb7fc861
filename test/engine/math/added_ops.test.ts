// The math ops and functions added with the family's migration: truncatediv/truncatemod,
// div_no_nan, logical_xor, is_nan/is_inf/is_finite, reduce_all/any, reduce_logsumexp,
// count_nonzero, reduce_variance/std, saturate_cast, cumsum's exclusive/reverse, Prod's
// gradient over several axes, tensordot and einsum. Values against loops written here,
// gradients by finite differences.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';

const run = (t: tf.Tensor) => new tf.Session().run(t) as tf.NDArray;
const f64 = (v: unknown) => tf.constant(tf.NDArray.from(v, 'float64'));
const i32 = (v: unknown) => tf.constant(tf.NDArray.from(v, 'int32'));
const bool = (v: unknown) => tf.constant(tf.NDArray.from(v, 'bool'));
const close = (a: number[], b: number[], tol = 1e-9) => a.forEach((v, i) => assert.ok(Math.abs(v - b[i]) <= tol, `${i}: ${v} vs ${b[i]}`));

/** A row-major random matrix product, written as loops. */
function matmulLoop(a: number[][], b: number[][]): number[][] {
  return a.map(row => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
}

describe('math ops added by the migration', () => {
  beforeEach(() => clearDefaultGraphState());

  it('truncatediv and truncatemod round toward zero; floordiv/floormod toward -inf', () => {
    const x = i32([7, -7, 7, -7]), y = i32([2, 2, -2, -2]);
    assert.deepEqual(run(tf.truncatediv(x, y)).toNested(), [3, -3, -3, 3]);
    assert.deepEqual(run(tf.truncatemod(x, y)).toNested(), [1, -1, 1, -1]);
    assert.deepEqual(run(tf.floordiv(x, y)).toNested(), [3, -4, -4, 3]);
    assert.deepEqual(run(tf.floormod(x, y)).toNested(), [1, 1, -1, -1]);
    assert.equal(tf.truncatediv(x, y).op.type, 'TruncateDiv');
  });

  it('div_no_nan is 0 where y is 0, and its gradient matches finite differences elsewhere', () => {
    const q = tf.divNoNan(f64([1, 2, 3]), f64([0, 4, 0]));
    assert.equal(q.op.name, 'div_no_nan');
    assert.deepEqual(run(q).toNested(), [0, 0.5, 0]);
    checkGradient((x, y) => tf.divNoNan(x, y), [randomArray([2, 3]), randomArray([3], 0.5, 2)]);
  });

  it('logical_xor, named LogicalXor', () => {
    const t = tf.logicalXor(bool([true, true, false, false]), bool([true, false, true, false]));
    assert.deepEqual(run(t).toNested(), [false, true, true, false]);
    assert.equal(t.op.name, 'LogicalXor');
  });

  it('is_nan / is_inf / is_finite', () => {
    const x = f64([0, NaN, Infinity, -Infinity, 2]);
    assert.deepEqual(run(tf.isNan(x)).toNested(), [false, true, false, false, false]);
    assert.deepEqual(run(tf.isInf(x)).toNested(), [false, false, true, true, false]);
    assert.deepEqual(run(tf.isFinite(x)).toNested(), [true, false, false, false, true]);
    assert.throws(() => tf.isNan(i32([1])), /Value passed to parameter 'x' has DataType int32 not in list of allowed values/);
  });

  it('reduce_all / reduce_any', () => {
    const x = bool([[true, false], [true, true]]);
    assert.deepEqual(run(tf.reduceAll(x, 1)).toNested(), [false, true]);
    assert.deepEqual(run(tf.reduceAny(x, 0)).toNested(), [true, true]);
    assert.equal(run(tf.reduceAll(x)).item(), false);
    assert.equal(tf.reduceAll(x).op.type, 'All');
  });

  it('reduce_logsumexp against log(sum(exp)), stable for large values; gradient', () => {
    const v = [[1, 2, 3], [1000, 1000, 1000]];
    const got = run(tf.reduceLogSumExp(f64(v), 1)).toNested() as number[];
    const ref = (r: number[]) => { const m = Math.max(...r); return m + Math.log(r.reduce((s, x) => s + Math.exp(x - m), 0)); };
    close(got, v.map(ref));
    assert.deepEqual(tf.reduceLogSumExp(f64(v)).shape, []);
    assert.deepEqual(tf.reduceLogSumExp(f64(v), 0, true).shape, [1, 3]);
    checkGradient(x => tf.reduceLogSumExp(x, 1), [randomArray([2, 3])]);
  });

  it('count_nonzero as int64 by default, with axis and dtype', () => {
    const x = f64([[0, 1.5, 0], [2, 0, 3]]);
    const all = tf.countNonzero(x);
    assert.equal(all.dtype, 'int64');
    assert.equal(run(all).item(), 3);
    assert.deepEqual(run(tf.countNonzero(x, 0, false, 'int32')).toNested(), [1, 1, 1]);
  });

  it('reduce_variance and reduce_std against the two-pass formula', () => {
    const v = [[1, 2, 4], [3, 3, 9]];
    const variance = (r: number[]) => { const m = r.reduce((a, b) => a + b) / r.length; return r.reduce((s, x) => s + (x - m) ** 2, 0) / r.length; };
    close(run(tf.reduceVariance(f64(v), 1)).toNested() as number[], v.map(variance));
    close(run(tf.reduceStd(f64(v), 1)).toNested() as number[], v.map(r => Math.sqrt(variance(r))));
  });

  it('saturate_cast clips to the target range before casting; cast wraps', () => {
    const x = f64([-300, -1.5, 100.7, 300]);
    assert.deepEqual(run(tf.saturateCast(x, 'uint8')).toNested(), [0, 0, 100, 255]);
    assert.deepEqual(run(tf.cast(i32([-1, 256, 300]), 'uint8')).toNested(), [255, 0, 44]);
  });

  it('cumsum and cumprod with exclusive and reverse', () => {
    const x = f64([1, 2, 3, 4]);
    assert.deepEqual(run(tf.cumsum(x, 0, true)).toNested(), [0, 1, 3, 6]);
    assert.deepEqual(run(tf.cumsum(x, 0, false, true)).toNested(), [10, 9, 7, 4]);
    assert.deepEqual(run(tf.cumprod(x, 0, true, true)).toNested(), [24, 12, 4, 1]);
    for (const [exclusive, reverse] of [[false, false], [true, false], [false, true], [true, true]]) {
      checkGradient(t => tf.cumsum(t, 1, exclusive, reverse), [randomArray([2, 3])]);
      checkGradient(t => tf.cumprod(t, 1, exclusive, reverse), [randomArray([2, 3], 0.5, 2)]);
    }
  });

  it('Prod gradient over several (not all) axes, with a zero entry', () => {
    const x = randomArray([2, 3, 2], 0.5, 1.5);
    x.numeric[4] = 0;
    checkGradient(t => tf.reduceProd(t, [0, 2]), [x]);
  });

  describe('tensordot', () => {
    const a = [[1, 2, 3], [4, 5, 6]], b = [[1, 0], [2, 1], [0, 3]];
    it('axes=1 is a matrix product; axes=0 the outer product; pairs name the axes', () => {
      const product = tf.tensordot(f64(a), f64(b), 1);
      assert.equal(product.op.name, 'Tensordot');
      assert.deepEqual(run(product).toNested(), matmulLoop(a, b));
      const outer = run(tf.tensordot(f64([1, 2]), f64([3, 4, 5]), 0));
      assert.deepEqual(outer.toNested(), [[3, 4, 5], [6, 8, 10]]);
      const t = tf.tensordot(f64(a), f64(a), [[1], [1]]);
      assert.deepEqual(run(t).toNested(), matmulLoop(a, [[1, 4], [2, 5], [3, 6]]));
    });
    it('unknown dims go through Shape and Gather, keeping the static shape', () => {
      const x = tf.placeholder('float64', [null, 2, 3]);
      const y = tf.tensordot(x, f64([[1, 0], [0, 1], [1, 1]]), [[2], [0]]);
      assert.deepEqual(y.shape, [null, 2, 2]);
      const v = tf.NDArray.from([[[1, 2, 3], [4, 5, 6]]], 'float64');
      assert.deepEqual((new tf.Session().run(y, [[x, v]]) as tf.NDArray).toNested(), [[[4, 5], [10, 11]]]);
    });
    it('bad axes are TF\'s ValueErrors', () => {
      assert.throws(() => tf.tensordot(f64(a), f64(b), -1), /'axes' must be at least 0\./);
      assert.throws(() => tf.tensordot(f64(a), f64(b), [0, 1, 0]), /'axes' must be an integer or have length 2\./);
    });
    it('gradient', () => checkGradient((x, y) => tf.tensordot(x, y, [[0, 2], [1, 0]]), [randomArray([2, 3, 4]), randomArray([4, 2, 3])]));
  });

  describe('einsum', () => {
    const A = [[1, 2, 3], [4, 5, 6]], B = [[1, 0], [2, 1], [0, 3]];
    it('matrix product, transpose, trace-free sums, outer product, batch product', () => {
      assert.deepEqual(run(tf.einsum('ij,jk->ik', [f64(A), f64(B)])).toNested(), matmulLoop(A, B));
      assert.deepEqual(run(tf.einsum('ij->ji', [f64(A)])).toNested(), [[1, 4], [2, 5], [3, 6]]);
      assert.deepEqual(run(tf.einsum('ij->', [f64(A)])).item(), 21);
      assert.deepEqual(run(tf.einsum('ij->j', [f64(A)])).toNested(), [5, 7, 9]);
      assert.deepEqual(run(tf.einsum('i,j->ij', [f64([1, 2]), f64([3, 4, 5])])).toNested(), [[3, 4, 5], [6, 8, 10]]);
      assert.deepEqual(run(tf.einsum('i,i->', [f64([1, 2]), f64([3, 4])])).item(), 11);
      const batch = run(tf.einsum('bij,bjk->bik', [f64([A, A]), f64([B, B])])).toNested();
      assert.deepEqual(batch, [matmulLoop(A, B), matmulLoop(A, B)]);
      assert.deepEqual(run(tf.einsum('ij,jk', [f64(A), f64(B)])).toNested(), matmulLoop(A, B), 'implicit output');
      assert.deepEqual(run(tf.einsum('ij,kj->ki', [f64(A), f64(A)])).toNested(), matmulLoop(A, [[1, 4], [2, 5], [3, 6]]));
    });
    it('ellipses and repeated subscripts are named as unsupported', () => {
      assert.throws(() => tf.einsum('...ij,jk->...ik', [f64(A), f64(B)]), (e: Error) => e.name === 'NotImplementedError' && /einsum\(\) argument 'equation' is not supported by Gradbook: ellipses/.test(e.message));
      assert.throws(() => tf.einsum('ii->i', [f64([[1, 2], [3, 4]])]), (e: Error) => e.name === 'NotImplementedError');
    });
    it('gradients', () => {
      checkGradient((x, y) => tf.einsum('bij,bjk->bki', [x, y]), [randomArray([2, 2, 3]), randomArray([2, 3, 2])]);
      checkGradient((x, y) => tf.einsum('ij,j->i', [x, y]), [randomArray([2, 3]), randomArray([3])]);
    });
  });
});
