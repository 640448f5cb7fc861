// MatrixInverse, MatrixDeterminant and MatrixSolve: values of small matrices with exact answers
// (inverse of [[4, 7], [2, 6]] is [[0.6, -0.7], [-0.2, 0.4]], determinant 10), batches, the
// adjoint flag, TF's errors for singular and non-square inputs, and gradients by finite differences.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient } from '../gradcheck';

const run = (t: tf.Tensor) => new tf.Session().run(t) as tf.NDArray;
const f64 = (v: unknown) => tf.constant(tf.NDArray.from(v, 'float64'));
const close = (a: unknown, b: unknown, tol = 1e-12) => {
  const x = [a].flat(4) as number[], y = [b].flat(4) as number[];
  assert.equal(x.length, y.length);
  x.forEach((v, i) => assert.ok(Math.abs(v - y[i]) <= tol, `${i}: ${v} vs ${y[i]}`));
};
const flat = (data: number[], shape: number[]) => {
  const a = tf.NDArray.zeros('float64', shape);
  data.forEach((v, i) => { a.numeric[i] = v; });
  return a;
};
/** Well-conditioned matrices: the identity times 3 plus a small fixed perturbation. */
const wellConditioned = (n: number, batch: number[] = []) => {
  const count = batch.reduce((p, d) => p * d, 1);
  const data: number[] = [];
  for (let b = 0; b < count; b++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) data.push((i === j ? 3 : 0) + Math.sin(1 + b * 7 + i * 3 + j * 5) * 0.8);
  return flat(data, [...batch, n, n]);
};

describe('matrix inverse, determinant and solve', () => {
  beforeEach(() => clearDefaultGraphState());

  it('inverts, with adjoint inverting the transpose, over a batch', () => {
    const a = f64([[4, 7], [2, 6]]);
    close(run(tf.makeOp1('MatrixInverse', [a], { adjoint: false })).toNested(), [[0.6, -0.7], [-0.2, 0.4]]);
    close(run(tf.makeOp1('MatrixInverse', [a], { adjoint: true })).toNested(), [[0.6, -0.2], [-0.7, 0.4]]);
    const batch = f64([[[2, 0], [0, 4]], [[0, 1], [1, 0]]]);
    close(run(tf.makeOp1('MatrixInverse', [batch], { adjoint: false })).toNested(), [[[0.5, 0], [0, 0.25]], [[0, 1], [1, 0]]]);
  });

  it('determinants need pivoting and signs; singular matrices have determinant 0', () => {
    close(run(tf.makeOp1('MatrixDeterminant', [f64([[[4, 7], [2, 6]], [[0, 1], [1, 0]], [[1, 2], [2, 4]]])])).toNested(), [10, -1, 0]);
    close(run(tf.makeOp1('MatrixDeterminant', [f64([[2, 0, 0], [0, 3, 0], [1, 1, 5]])])).toNested(), 30);
  });

  it('solves A x = b, and Aᵀ x = b with adjoint', () => {
    const a = f64([[4, 7], [2, 6]]), b = f64([[1, 0], [0, 2]]);
    close(run(tf.makeOp1('MatrixSolve', [a, b], { adjoint: false })).toNested(), [[0.6, -1.4], [-0.2, 0.8]]);
    close(run(tf.makeOp1('MatrixSolve', [a, b], { adjoint: true })).toNested(), [[0.6, -0.4], [-0.7, 0.8]]);
  });

  it("raises TF's errors for singular and non-square matrices", () => {
    assert.throws(() => run(tf.makeOp1('MatrixInverse', [f64([[1, 2], [2, 4]])], { adjoint: false })), /Input is not invertible/);
    assert.throws(() => tf.makeOp1('MatrixInverse', [f64([[1, 2, 3], [4, 5, 6]])], { adjoint: false }), /Dimensions must be equal, but are 2 and 3/);
    assert.throws(() => tf.makeOp1('MatrixInverse', [tf.constant(tf.NDArray.from([[1, 2], [3, 4]], 'int32'))], { adjoint: false }), /DataType int32 not in list/);
  });

  it('gradients match finite differences', () => {
    for (const adjoint of [false, true]) {
      checkGradient(x => tf.makeOp1('MatrixInverse', [x], { adjoint }), [wellConditioned(3)]);
      checkGradient(x => tf.makeOp1('MatrixInverse', [x], { adjoint }), [wellConditioned(2, [2])]);
      checkGradient((x, y) => tf.makeOp1('MatrixSolve', [x, y], { adjoint }), [wellConditioned(3), flat([1, -2, 0.5, 3, 0.25, -1], [3, 2])]);
    }
    checkGradient(x => tf.makeOp1('MatrixDeterminant', [x]), [wellConditioned(3)]);
    checkGradient(x => tf.makeOp1('MatrixDeterminant', [x]), [wellConditioned(2, [3])]);
  });
});
