// Cholesky and SelfAdjointEigV2: the textbook factorisation of [[4, 12, -16], [12, 37, -43],
// [-16, -43, 98]] = L·Lᵀ with L = [[2, 0, 0], [6, 1, 0], [-8, 5, 3]], only the lower triangle read,
// TF's error for a matrix that is not positive definite, batches; eigenvalues ascending with
// A·v = λ·v and orthonormal vectors (NumPy's eigh(UPLO='L') gives the values of the checked
// matrices), compute_v=False, and the not-yet-written gradients refused with NotImplementedError.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

const run = (t: tf.Tensor) => new tf.Session().run(t) as tf.NDArray;
const f64 = (v: unknown) => tf.constant(tf.NDArray.from(v, 'float64'));
const close = (a: unknown, b: unknown, tol = 1e-12) => {
  const x = [a].flat(4) as number[], y = [b].flat(4) as number[];
  assert.equal(x.length, y.length);
  x.forEach((v, i) => assert.ok(Math.abs(v - y[i]) <= tol, `${i}: ${v} vs ${y[i]}`));
};

describe('cholesky and self-adjoint eigendecomposition', () => {
  beforeEach(() => clearDefaultGraphState());

  it('cholesky factors a positive definite matrix, reading only its lower triangle, over a batch', () => {
    const a = [[4, 12, -16], [12, 37, -43], [-16, -43, 98]];
    const L = [[2, 0, 0], [6, 1, 0], [-8, 5, 3]];
    close(run(tf.makeOp1('Cholesky', [f64(a)], {})).toNested(), L);
    const garbageAbove = [[4, 99, 99], [12, 37, 99], [-16, -43, 98]];
    close(run(tf.makeOp1('Cholesky', [f64([garbageAbove, [[9, 0, 0], [0, 4, 0], [0, 0, 1]]])], {})).toNested(),
      [L, [[3, 0, 0], [0, 2, 0], [0, 0, 1]]]);
  });

  it('cholesky of a matrix that is not positive definite is TF\'s InvalidArgumentError', () => {
    assert.throws(() => run(tf.makeOp1('Cholesky', [f64([[1, 2], [2, 1]])], {})),
      /Cholesky decomposition was not successful\. The input might not be valid\./);
  });

  it('eigh gives ascending eigenvalues and orthonormal eigenvectors with A·v = λ·v', () => {
    // numpy.linalg.eigh of the lower triangle of [[1, 2, 3], [-3, -7, -1], [0, 5, -2]] (symmetric [[1, -3, 0], [-3, -7, 5], [0, 5, -2]])
    const op = tf.makeOp('SelfAdjointEigV2', [f64([[1, 2, 3], [-3, -7, -1], [0, 5, -2]])], { compute_v: true });
    const [e, v] = new tf.Session().run(op.outputs) as tf.NDArray[];
    close(e.toNested(), [-10.65907520716488, -0.22750691237134216, 2.8865821195362225], 1e-12);
    const sym = [[1, -3, 0], [-3, -7, 5], [0, 5, -2]];
    const V = v.toNested() as number[][], E = e.toNested() as number[];
    for (let c = 0; c < 3; c++) {
      for (let r = 0; r < 3; r++) {
        const av = sym[r].reduce((s, x, k) => s + x * V[k][c], 0);
        assert.ok(Math.abs(av - E[c] * V[r][c]) < 1e-10);
      }
      for (let d = 0; d < 3; d++) {
        const dot = V.reduce((s, row) => s + row[c] * row[d], 0);
        assert.ok(Math.abs(dot - (c === d ? 1 : 0)) < 1e-12);
      }
    }
  });

  it('eigvals only (compute_v = false) and float32 batches', () => {
    const op = tf.makeOp('SelfAdjointEigV2', [tf.constant(tf.NDArray.from([[[2, 1], [1, 2]], [[5, 0], [0, -1]]], 'float32'))], { compute_v: false });
    const [e, v] = new tf.Session().run(op.outputs) as tf.NDArray[];
    assert.deepEqual(e.shape, [2, 2]);
    assert.equal(e.dtype, 'float32');
    close(e.toNested(), [[1, 3], [-1, 5]], 1e-6);
    assert.deepEqual(v.shape, [0]);
  });

  it('their gradients are refused with NotImplementedError', () => {
    const x = f64([[4, 1], [1, 3]]);
    const l = tf.makeOp1('Cholesky', [x], {});
    assert.throws(() => tf.gradients([l], [x]), (e: Error) => e.name === 'NotImplementedError' && /gradient of tf\.cholesky/.test(e.message));
  });
});
