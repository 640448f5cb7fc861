// Every registered gradient function is checked against finite differences somewhere. The
// family suites call checkGradient (test/engine/gradcheck.ts), which records the op types it
// exercised; this file loads those suites (a no-op when mocha already did) and runs after them.
import { strict as assert } from 'assert';
import * as tf from '../../src/engine';
import { checkedGradientTypes, checkGradient, randomArray } from './gradcheck';
import { registeredKernels } from '../../src/engine/kernels/registry';
import { getGradient, isRefusingGradient } from '../../src/engine/gradients/registry';
import './math/linalg_decomp.test';
import './math/gradients.test';
import './array/gradients.test';
import './nn/gradients.test';
import './nn/composites.test';
import './nn/softsign.test';
import './math/added_ops.test';
import './math/linalg.test';
import './array/segment_reduce.test';
import './array/added_ops.test';
import './array/sparse_to_dense.test';
import './array/mirror_pad.test';
import './nn/activations_new.test';
import './nn/top_k.test';
import './nn/lrn.test';
import './nn/normalization.test';
import './nn/pooling_more.test';
import './nn/conv_more.test';
import './nn/xent_more.test';
import './nn/losses.test';
import './nn/dense_helpers.test';
import './control/control_ops.test';
import './control/while_loop.test';
import './control/cond.test';
import './control/tensor_array.test';
import './rnn/embeddings.test';
import './debug/debug_grads.test';
import './sparse/reduce_matmul.test';
import './sparse/structure_ops.test';
import './sparse/embedding.test';

describe('gradients of plumbing ops', () => {
  it('PlaceholderWithDefault passes the gradient through', () =>
    checkGradient(x => tf.multiply(tf.placeholderWithDefault(x, [3]), x), [randomArray([3])]));
  it('Snapshot passes the gradient through', () =>
    checkGradient(x => tf.square(tf.makeOp1('Snapshot', [x])), [randomArray([2, 2])]));
  it('Gather (v1, axis 0) scatters the gradient back to the gathered rows', () =>
    checkGradient(p => tf.makeOp1('Gather', [p, tf.constant(tf.NDArray.from([2, 0, 2], 'int32'))], { validate_indices: true }), [randomArray([3, 2])]));
});

describe('gradient coverage (runs after the family suites)', () => {
  it('every op with a gradient function passed a finite-difference check', () => {
    const withGradient = registeredKernels().map(k => k.type).filter(t => {
      const fn = getGradient(t);
      // A gradient that only raises NotImplementedError has nothing to check; its family suite
      // checks that it raises (e.g. math/linalg_decomp.test.ts for Cholesky).
      return typeof fn === 'function' && !isRefusingGradient(fn);
    });
    // Identity-like plumbing is exercised by every check (inputs reach ops through it).
    const unchecked = withGradient.filter(t => !checkedGradientTypes.has(t));
    assert.deepEqual(unchecked, [], `gradients never checked by finite differences: ${unchecked.join(', ')}`);
  });
});
