// SparseToDense (tf.sparse_to_dense, and tf.sparse.to_dense of a SparseTensor): values at the
// listed indices, the default elsewhere, TF's index checks, and its gradient (values: the
// gradient at their indices; default: the sum of the rest) by finite differences.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { run, throwsOpError } from './helpers';

const f64 = (v: unknown) => tf.NDArray.from(v, 'float64');
const i32 = (v: unknown) => tf.NDArray.from(v, 'int32');

describe('SparseToDense', () => {
  beforeEach(() => clearDefaultGraphState());

  it('writes [N] values at [N, rank] indices over the default value; the static shape comes from output_shape', () => {
    const d = tf.sparseToDense([[0, 1], [2, 3]], [3, 4], tf.constant(f64([5, 7])), 0.5);
    assert.deepEqual(d.shape, [3, 4]);
    assert.deepEqual(run(d).toNested(), [[0.5, 5, 0.5, 0.5], [0.5, 0.5, 0.5, 0.5], [0.5, 0.5, 0.5, 7]]);
  });
  it('a vector of indices addresses a 1-D output; a scalar value fills every listed place', () => {
    assert.deepEqual(run(tf.sparseToDense([1, 3], [5], tf.constant(f64(2)))).toNested(), [0, 2, 0, 2, 0]);
  });
  it("TF's errors: out of bounds, out of order, repeated (unless validate_indices=False), wrong value count", () => {
    const v = tf.constant(f64([1, 2]));
    throwsOpError(() => run(tf.sparseToDense([[0, 0], [3, 0]], [3, 4], v)), 'indices[1] = [3,0] is out of bounds: need 0 <= index < [3,4]');
    throwsOpError(() => run(tf.sparseToDense([[1, 0], [0, 2]], [3, 4], v)), 'indices[1] = [0,2] is out of order');
    throwsOpError(() => run(tf.sparseToDense([[1, 2], [1, 2]], [3, 4], v)), 'indices[1] = [1,2] is repeated');
    assert.deepEqual(run(tf.sparseToDense([[1, 0], [0, 2]], [2, 3], v, 0, false)).toNested(), [[0, 0, 2], [1, 0, 0]]);
    throwsOpError(() => run(tf.sparseToDense([[0, 0], [1, 0]], [3, 4], tf.constant(f64([1, 2, 3])))), 'sparse_values has incorrect shape [3], should be [] or [2]');
  });
  it('gradients for the values (vector and scalar) and the default value', () => {
    const idx = i32([[0, 1], [1, 0], [2, 2]]);
    checkGradient((values, dflt) => tf.sparseToDense(tf.constant(idx), [3, 3], values, tf.reshape(dflt, [])), [randomArray([3]), randomArray([1])]);
    checkGradient(value => tf.sparseToDense(tf.constant(i32([0, 2])), [4], tf.reshape(value, [])), [randomArray([1])]);
  });
});
