// Every array gradient against central finite differences (test/engine/gradcheck.ts).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { registeredKernels } from '../../../src/engine/kernels';
import { hasGradientEntry } from '../../../src/engine/gradients';
import { checkGradient, randomArray } from '../gradcheck';
import { run } from './helpers';

const ints = (v: number[], shape = [v.length]) => tf.constant(tf.NDArray.from(v, 'int32').reshape(shape));

describe('array: gradients', () => {
  beforeEach(() => clearDefaultGraphState());

  it('every array kernel has a gradient or a not-differentiable mark', () => {
    const missing = registeredKernels().filter(k => k.family === 'array' && !hasGradientEntry(k.type)).map(k => k.type);
    assert.deepEqual(missing, []);
  });

  it('Reshape, ExpandDims, Squeeze', () => {
    checkGradient(x => tf.reshape(x, [3, -1]), [randomArray([2, 6])]);
    checkGradient(x => tf.expandDims(x, 1), [randomArray([2, 3])]);
    checkGradient(x => tf.squeeze(x), [randomArray([2, 1, 3])]);
  });

  it('Transpose (given and default perm)', () => {
    checkGradient(x => tf.transpose(x, [1, 2, 0]), [randomArray([2, 3, 4])]);
    checkGradient(x => tf.transpose(x), [randomArray([3, 2])]);
  });

  it('Tile', () => {
    checkGradient(x => tf.tile(x, [2, 3]), [randomArray([2, 3])]);
    checkGradient(x => tf.tile(x, [1, 2, 2]), [randomArray([2, 1, 2])]);
  });

  it('Fill: gradient to the value', () => {
    checkGradient(v => tf.fill([2, 3], v), [randomArray([])]);
  });

  it('ConcatV2, Pack, Unpack', () => {
    checkGradient((a, b) => tf.concat([a, b], 1), [randomArray([2, 3]), randomArray([2, 2], -1, 1, 3)]);
    checkGradient((a, b) => tf.concat([a, b], -1), [randomArray([2, 3]), randomArray([2, 1], -1, 1, 3)]);
    checkGradient((a, b) => tf.stack([a, b], 1), [randomArray([2, 3]), randomArray([2, 3], -1, 1, 3)]);
    checkGradient(x => tf.unstack(x, null, 1)[1], [randomArray([2, 3])]);
  });

  it('Split, SplitV', () => {
    checkGradient(x => tf.split(x, 2, 1)[1], [randomArray([2, 4])]);
    checkGradient(x => tf.concat(tf.split(x, [1, 3], 1).reverse(), 1), [randomArray([2, 4])]);
  });

  it('Slice, Pad, PadV2', () => {
    checkGradient(x => tf.slice(x, [1, 0], [2, -1]), [randomArray([3, 4])]);
    checkGradient(x => tf.pad(x, [[1, 0], [2, 1]]), [randomArray([2, 3])]);
    checkGradient(x => tf.pad(x, [[0, 1]], 'CONSTANT', 5), [randomArray([3])]);
  });

  it('StridedSlice and StridedSliceGrad', () => {
    checkGradient(x => tf.sliceHelper(x, [{ start: 3, stop: 0, step: -2 }, 'newaxis', { step: 2 }]), [randomArray([4, 5])]);
    checkGradient(x => tf.sliceHelper(x, ['ellipsis', 1]), [randomArray([2, 3, 4])]);
    // Second order: feeding the slice back as its own upstream gradient makes the output
    // StridedSliceGrad(x[1:]), whose gradient goes through StridedSliceGrad's rule.
    checkGradient(x => {
      const y = tf.sliceHelper(x, [{ start: 1 }]);
      const g = tf.gradients(y, [x], { gradYs: [y] })[0]!;
      assert.equal(g.op.type, 'StridedSliceGrad');
      return g;
    }, [randomArray([4])]);
  });

  it('GatherV2 on axis 0 and 1 (dense gradient through UnsortedSegmentSum), with repeats', () => {
    const g0 = (x: tf.Tensor) => tf.gather(x, ints([2, 0, 2]));
    checkGradient(g0, [randomArray([3, 2])]);
    checkGradient(x => tf.gather(x, ints([1, 3, 1, 0], [2, 2]), 1), [randomArray([2, 4, 3])]);
    const x = tf.placeholder('float64', [3, 2]);
    const grad = tf.gradients(g0(x), [x])[0]!;
    assert.equal(grad.op.type, 'UnsortedSegmentSum');
    const v = run(grad, [[x, randomArray([3, 2])]]);
    assert.deepEqual(v.toNested(), [[1, 1], [0, 0], [2, 2]]);
  });

  it('UnsortedSegmentSum', () => {
    checkGradient(d => makeSegmentSum(d), [randomArray([4, 2])]);
  });
});

function makeSegmentSum(d: tf.Tensor): tf.Tensor {
  return tf.makeOp1('UnsortedSegmentSum', [d, ints([1, 0, 1, 2]), tf.constant(3, 'int32')]);
}

describe('array: gradients with unknown static dims', () => {
  beforeEach(() => clearDefaultGraphState());

  it('builds Shape ops instead of constants and runs for any batch size', () => {
    const x = tf.placeholder('float32', [null, 6]);
    const y = tf.transpose(tf.reshape(x, [-1, 2, 3]), [0, 2, 1]);
    const picked = tf.gather(tf.sliceHelper(y, ['ellipsis', { start: 1 }]), tf.constant(tf.NDArray.from([0, 0], 'int32')));
    const [g] = tf.gradients(picked, [x]);
    assert.deepEqual(g!.shape, [null, 6]);
    const ops = tf.getDefaultGraph().getOperations().map(o => o.name);
    assert.ok(ops.includes('gradients/Reshape_grad/Shape'));
    assert.equal(tf.getDefaultGraph().getOperationByName('gradients/Reshape_grad/Shape').type, 'Shape');
    const xv = tf.NDArray.zeros('float32', [3, 6]);
    const v = run(g!, [[x, xv]]);
    assert.deepEqual(v.shape, [3, 6]);
    // y[b, i, j] = x[b, 3j + i]; [..., 1:] keeps j = 1 (x columns 3..5) and row 0 is gathered twice.
    assert.deepEqual(v.toNested(), [[0, 0, 0, 2, 2, 2], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]]);
  });

  it('static shapes stay partial through tile, transpose, gather, pad and one_hot', () => {
    const x = tf.placeholder('float32', [null, 3]);
    assert.deepEqual(tf.tile(x, [2, 2]).shape, [null, 6]);
    assert.deepEqual(tf.transpose(x).shape, [3, null]);
    assert.deepEqual(tf.gather(x, tf.placeholder('int32', [null, 2])).shape, [null, 2, 3]);
    assert.deepEqual(tf.pad(x, [[1, 1], [0, 2]]).shape, [null, 5]);
    assert.deepEqual(tf.oneHot(tf.placeholder('int32', [null]), 10).shape, [null, 10]);
    assert.deepEqual(tf.tile(x, tf.placeholder('int32', [2])).shape, [null, null]);
    assert.equal(tf.transpose(tf.placeholder('float32')).shape, null);
  });
});
