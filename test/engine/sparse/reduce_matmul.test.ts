// SparseReduceSum / SparseReduceMax and SparseTensorDenseMatMul: TF's documented examples, dense
// loops for the rest, and finite-difference gradients (values and the dense operand).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { sparseReduceMax, sparseReduceSum } from '../../../src/engine/ops/sparse/reduce';
import { sparseTensorDenseMatmul } from '../../../src/engine/ops/sparse/dense_matmul';
import { checkGradient, randomArray } from '../gradcheck';
import { denseOf, fresh, run, sp } from './helpers';

describe('SparseReduceSum / SparseReduceMax', () => {
  beforeEach(fresh);
  // TF's docstring: x represents [[1, ?, 1], [?, 1, ?]].
  it("the documented reduce_sum example: all 3, axis 0 [1, 1, 1], axis 1 [2, 1], keepdims [[2], [1]], [0, 1] 3", () => {
    const x = sp([[0, 0], [0, 2], [1, 1]], [1, 1, 1], [2, 3], 'int32');
    const [all, a0, a1, k1, both, neg] = run(sparseReduceSum(x), sparseReduceSum(x, 0), sparseReduceSum(x, 1),
      sparseReduceSum(x, 1, true), sparseReduceSum(x, [0, 1]), sparseReduceSum(x, -1));
    assert.deepEqual([all.toArray(), a0.toArray(), a1.toArray(), k1.toArray(), both.toArray(), neg.toArray()], [[3], [1, 1, 1], [2, 1], [2, 1], [3], [2, 1]]);
    assert.deepEqual(k1.shape, [2, 1]);
    assert.deepEqual(all.shape, []);
    assert.equal(all.dtype, 'int32');
  });
  it('the documented reduce_max examples: only given values count ([-7, ?] gives -7), an empty row gives 0', () => {
    const x = sp([[0, 0], [0, 2], [1, 1]], [1, 2, 3], [2, 3], 'int32');
    const y = sp([[0, 0], [1, 0], [1, 1]], [-7, 4, 3], [3, 2], 'int32');
    const [all, a0, a1, k1, y1] = run(sparseReduceMax(x), sparseReduceMax(x, 0), sparseReduceMax(x, 1), sparseReduceMax(x, 1, true), sparseReduceMax(y, 1));
    assert.deepEqual([all.toArray(), a0.toArray(), a1.toArray(), k1.toArray(), y1.toArray()], [[3], [1, 3, 2], [2, 3], [2, 3], [-7, 4, 0]]);
  });
  it('static output shapes follow the axes and keep_dims', () => {
    const x = sp([[0, 0, 1]], [1], [2, 3, 4]);
    assert.deepEqual(sparseReduceSum(x, [0, 2]).shape, [3]);
    assert.deepEqual(sparseReduceSum(x, [0, 2], true).shape, [1, 3, 1]);
  });
  it('an index outside dense_shape and an axis out of range are InvalidArgument errors', () => {
    assert.throws(() => run(sparseReduceSum(sp([[0, 5]], [1], [2, 3]), 1)), /Invalid index 5 in dimension 1/);
    assert.throws(() => run(sparseReduceSum(sp([[0, 1]], [1], [2, 3]), 2)), /Invalid reduction dimension 2, for input with 2 dimensions/);
  });
  it('gradient: each value receives the output gradient at its reduced index', () => {
    const idx = [[0, 0, 1], [0, 2, 0], [1, 1, 3], [1, 2, 3]];
    checkGradient(v => sparseReduceSum(sp(idx, v, [2, 3, 4]), 1), [randomArray([4])]);
    checkGradient(v => sparseReduceSum(sp(idx, v, [2, 3, 4]), [0, 2], true), [randomArray([4])]);
    checkGradient(v => sparseReduceSum(sp(idx, v, [2, 3, 4])), [randomArray([4])]);
  });
});

describe('SparseTensorDenseMatMul', () => {
  beforeEach(fresh);
  const idx = [[0, 0], [1, 2], [2, 1], [1, 0]];
  const vals = [1, 2, 3, -1.5];
  /** op(A)·op(B) from the dense A (3x4). */
  function reference(b: number[], bShape: number[], adjA: boolean, adjB: boolean): number[] {
    const a = denseOf(idx, vals, [3, 4]);
    const A = (i: number, j: number) => (adjA ? a[j * 4 + i] : a[i * 4 + j]);
    const rows = adjA ? 4 : 3, inner = adjA ? 3 : 4, cols = adjB ? bShape[0] : bShape[1];
    const B = (i: number, j: number) => (adjB ? b[j * bShape[1] + i] : b[i * bShape[1] + j]);
    const out: number[] = [];
    for (let i = 0; i < rows; i++) for (let k = 0; k < cols; k++) { let s = 0; for (let j = 0; j < inner; j++) s += A(i, j) * B(j, k); out.push(s); }
    return out;
  }
  for (const [adjA, adjB] of [[false, false], [true, false], [false, true], [true, true]]) {
    it(`adjoint_a=${adjA} adjoint_b=${adjB}: the dense product, and gradients for the values and B`, () => {
      const bShape = [adjA ? 3 : 4, 2];
      if (adjB) bShape.reverse();
      const b = randomArray(bShape, -1, 1, 11);
      const [out] = run(sparseTensorDenseMatmul(sp(idx, vals, [3, 4], 'float64'), tf.constant(b), adjA, adjB));
      reference(Array.from(b.numeric, Number), bShape, adjA, adjB).forEach((v, i) => assert.ok(Math.abs(v - Number(out.numeric[i])) < 1e-12));
      checkGradient((v, bb) => sparseTensorDenseMatmul(sp(idx, v, [3, 4], 'float64'), bb, adjA, adjB), [randomArray([4]), b]);
    });
  }
  it('an inner dimension mismatch is the static ShapeError; an index out of range is InvalidArgument', () => {
    assert.throws(() => sparseTensorDenseMatmul(sp(idx, vals, [3, 4]), tf.zeros([3, 2])), /Dimensions must be equal, but are 4 and 3/);
    assert.throws(() => run(sparseTensorDenseMatmul(sp([[0, 7]], [1], [3, 4]), tf.zeros([4, 2]))), /out of bounds/);
  });
});
