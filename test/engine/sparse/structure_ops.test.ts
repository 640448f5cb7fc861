// The sparse ops that move entries: SparseReorder, SparseReshape, SparseConcat, SparseSlice,
// SparseSplit, SparseFillEmptyRows, SparseAdd / SparseTensorDenseAdd, SparseSoftmax and the
// SparseDenseCwise ops, against TF's documented examples and dense loops, with finite-difference
// gradients for every differentiable one.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { sparseReorder } from '../../../src/engine/ops/sparse/reorder';
import { sparseReshape } from '../../../src/engine/ops/sparse/reshape';
import { sparseConcat } from '../../../src/engine/ops/sparse/concat';
import { sparseSlice } from '../../../src/engine/ops/sparse/slice';
import { sparseSplit } from '../../../src/engine/ops/sparse/split';
import { sparseFillEmptyRows } from '../../../src/engine/ops/sparse/fill_empty_rows';
import { sparseAdd } from '../../../src/engine/ops/sparse/add';
import { sparseSoftmax } from '../../../src/engine/ops/sparse/softmax';
import { sparseDenseCwiseDiv, sparseDenseCwiseMul } from '../../../src/engine/ops/sparse/cwise';
import { sparseTranspose } from '../../../src/engine/ops/sparse/transpose';
import { sparseRetain } from '../../../src/engine/ops/sparse/retain';
import { checkGradient, randomArray } from '../gradcheck';
import { fresh, run, sp } from './helpers';

/** A SparseTensor's three parts as plain lists. */
function parts(s: tf.SparseTensor): [number[][], number[], number[]] {
  const [i, v, d] = run(s.indices, s.values, s.denseShape);
  const k = i.shape[1];
  const flat = i.toArray();
  return [Array.from({ length: i.shape[0] }, (_, r) => flat.slice(r * k, r * k + k)), v.toArray(), d.toArray()];
}

describe('sparse ops that move entries', () => {
  beforeEach(fresh);
  it('SparseReorder sorts into row-major order; the values\' gradient follows them', () => {
    assert.deepEqual(parts(sparseReorder(sp([[1, 0], [0, 3], [0, 1]], [1, 2, 3], [2, 4]))), [[[0, 1], [0, 3], [1, 0]], [3, 2, 1], [2, 4]]);
    checkGradient(v => sparseReorder(sp([[1, 0], [0, 3], [0, 1], [1, 2]], v, [2, 4])).values, [randomArray([4])]);
  });
  it('SparseReshape: the documented [2, 3, 6] → [9, -1] example', () => {
    const x = sp([[0, 0, 0], [0, 0, 1], [0, 1, 0], [1, 0, 0], [1, 2, 3]], [1, 2, 3, 4, 5], [2, 3, 6]);
    assert.deepEqual(parts(sparseReshape(x, [9, -1])), [[[0, 0], [0, 1], [1, 2], [4, 2], [8, 1]], [1, 2, 3, 4, 5], [9, 4]]);
    assert.throws(() => sparseReshape(x, [5, 7]), /Cannot reshape a tensor with 36 elements to shape \[5, 7\] \(35 elements\)/);
  });
  it('SparseConcat: the documented axis-1 example, in row-major order', () => {
    const a = sp([[0, 2], [1, 0], [1, 1]], [1, 2, 3], [2, 3]), b = sp([[0, 1], [0, 2]], [4, 5], [2, 4]);
    assert.deepEqual(parts(sparseConcat(1, [a, b])), [[[0, 2], [0, 4], [0, 5], [1, 0], [1, 1]], [1, 4, 5, 2, 3], [2, 7]]);
    assert.deepEqual(parts(sparseConcat(0, [a, sp([[0, 0]], [9], [1, 3])])), [[[0, 2], [1, 0], [1, 1], [2, 0]], [1, 2, 3, 9], [3, 3]]);
    assert.throws(() => run(sparseConcat(0, [a, b]).values), /Input shapes must match: expected 3 for dimension 1 but got 4 at position 1/);
  });
  // TF's docstring: shape [2, 7] with entries [0,0] [0,1] [0,4] [1,2] [1,3] [1,4] [1,5] (here valued 1..7... as a..g).
  const SEVEN = () => sp([[0, 0], [0, 1], [0, 4], [1, 2], [1, 3], [1, 4], [1, 5]], [1, 2, 3, 4, 5, 6, 7], [2, 7]);
  it('SparseSlice: the documented [0, 0] size [2, 4] and [0, 4] size [2, 3] slices; the gradient reaches the kept values only', () => {
    assert.deepEqual(parts(sparseSlice(SEVEN(), [0, 0], [2, 4])), [[[0, 0], [0, 1], [1, 2], [1, 3]], [1, 2, 4, 5], [2, 4]]);
    assert.deepEqual(parts(sparseSlice(SEVEN(), [0, 4], [2, 3])), [[[0, 0], [1, 0], [1, 1]], [3, 6, 7], [2, 3]]);
    assert.deepEqual(parts(sparseSlice(SEVEN(), [1, 5], [5, 5]))[2], [1, 2]);
    checkGradient(v => sparseSlice(sp([[0, 0], [0, 1], [0, 4], [1, 2], [1, 5]], v, [2, 7]), [0, 1], [2, 4]).values, [randomArray([5])]);
  });
  it('SparseSplit: the documented split of [2, 7] into 2 along axis 1 ([2, 4] and [2, 3])', () => {
    const [a, b] = sparseSplit(SEVEN(), 2, 1);
    assert.deepEqual(parts(a), [[[0, 0], [0, 1], [1, 2], [1, 3]], [1, 2, 4, 5], [2, 4]]);
    assert.deepEqual(parts(b), [[[0, 0], [1, 0], [1, 1]], [3, 6, 7], [2, 3]]);
    const rows = sparseSplit(SEVEN(), 3, 0);
    assert.equal(rows.length, 3);
    assert.throws(() => run(rows[0].values), /Split into 3 but dimension 0 has only 2 entries/);
  });
  it('SparseFillEmptyRows: the documented example (rows 1 and 4 get the default); gradients to values and default', () => {
    const x = sp([[0, 1], [0, 3], [2, 0], [3, 1]], [1, 2, 3, 4], [5, 6]);
    const [filled, empty] = sparseFillEmptyRows(x, -1);
    assert.deepEqual(parts(filled), [[[0, 1], [0, 3], [1, 0], [2, 0], [3, 1], [4, 0]], [1, 2, -1, 3, 4, -1], [5, 6]]);
    assert.deepEqual(run(empty)[0].toArray(), [0, 1, 0, 0, 1]);
    checkGradient((v, d) => sparseFillEmptyRows(sp([[0, 1], [2, 0], [2, 3]], v, [4, 5], 'float64'), d)[0].values,
      [randomArray([3]), tf.NDArray.from(0.5, 'float64')]);
  });
  it('SparseAdd: the documented thresh example drops a small sum; the values\' gradients split by SparseAddGrad', () => {
    const a = sp([[0, 1], [1, 0]], [2, 5], [3, 3]), b = sp([[0, 1], [2, 2]], [-1.9, 1], [3, 3]);
    const [i, v, d] = parts(sparseAdd(a, b, 0.2) as tf.SparseTensor);
    assert.deepEqual(i, [[1, 0], [2, 2]]);
    assert.deepEqual(v, [5, 1]);
    assert.deepEqual(d, [3, 3]);
    const [i0, v0] = parts(sparseAdd(a, b) as tf.SparseTensor);
    assert.deepEqual(i0, [[0, 1], [1, 0], [2, 2]]);
    assert.ok(Math.abs(v0[0] - 0.1) < 1e-6);
    checkGradient((va, vb) => (sparseAdd(sp([[0, 1], [1, 0], [2, 1]], va, [3, 3], 'float64'), sp([[0, 1], [2, 2]], vb, [3, 3], 'float64')) as tf.SparseTensor).values,
      [randomArray([3]), randomArray([2], -1, 1, 3)]);
  });
  it('sparse + dense is SparseTensorDenseAdd: a dense sum, gradients to both', () => {
    const [out] = run(sparseAdd(sp([[0, 1], [1, 0]], [2, 5], [2, 2]), tf.constant(tf.NDArray.from([[1, 1], [1, 1]], 'float32'))) as tf.Tensor);
    assert.deepEqual(out.toArray(), [1, 3, 6, 1]);
    checkGradient((v, d) => sparseAdd(sp([[0, 1], [1, 0]], v, [2, 2], 'float64'), d) as tf.Tensor, [randomArray([2]), randomArray([2, 2], -1, 1, 5)]);
  });
  it('SparseSoftmax: softmax over the last axis among present entries; gradient', () => {
    const x = sp([[0, 0], [0, 2], [1, 1], [2, 0], [2, 1], [2, 2]], [1, 2, 5, 0, 0, 0], [3, 3], 'float64');
    const v = run(sparseSoftmax(x).values)[0].toArray();
    const e = Math.exp(1);
    [1 / (1 + e), e / (1 + e), 1, 1 / 3, 1 / 3, 1 / 3].forEach((want, i) => assert.ok(Math.abs(v[i] - want) < 1e-12, `${i}: ${v[i]}`));
    checkGradient(vv => sparseSoftmax(sp([[0, 0], [0, 2], [1, 1], [2, 0], [2, 1], [2, 2]], vv, [3, 3])).values, [randomArray([6])]);
  });
  it('SparseDenseCwiseMul / Div broadcast the dense operand to the sparse shape; gradients to values and dense', () => {
    const x = sp([[0, 1], [1, 0], [1, 2]], [2, 3, 4], [2, 3], 'float64');
    const row = tf.constant(tf.NDArray.from([10, 20, 30], 'float64'));
    assert.deepEqual(run(sparseDenseCwiseMul(x, row).values)[0].toArray(), [40, 30, 120]);
    assert.deepEqual(run(sparseDenseCwiseDiv(x, tf.constant(tf.NDArray.from([[2], [4]], 'float64'))).values)[0].toArray(), [1, 0.75, 1]);
    checkGradient((v, d) => sparseDenseCwiseMul(sp([[0, 1], [1, 0], [1, 2]], v, [2, 3]), d).values, [randomArray([3]), randomArray([3], 1, 2, 9)]);
    checkGradient((v, d) => sparseDenseCwiseDiv(sp([[0, 1], [1, 0], [1, 2]], v, [2, 3]), d).values, [randomArray([3]), randomArray([2, 1], 1, 2, 9)]);
  });
  it('sparse transpose reverses the dimensions and reorders; retain keeps the flagged entries', () => {
    const x = sp([[0, 1], [0, 2], [1, 0]], [1, 2, 3], [2, 3]);
    assert.deepEqual(parts(sparseTranspose(x)), [[[0, 1], [1, 0], [2, 0]], [3, 1, 2], [3, 2]]);
    assert.deepEqual(parts(sparseRetain(x, tf.constant(tf.NDArray.from([true, false, true], 'bool')))), [[[0, 1], [1, 0]], [1, 3], [2, 3]]);
  });
});
