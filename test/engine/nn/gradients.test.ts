// Every nn gradient against finite differences (test/engine/gradcheck.ts), including the
// second-order gradients of the grad ops.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { registeredKernels } from '../../../src/engine/kernels';
import { hasGradientEntry } from '../../../src/engine/gradients';
import { checkGradient, randomArray } from '../gradcheck';

const op1 = (type: string, attrs: Record<string, unknown> = {}) => (...xs: tf.Tensor[]) => tf.makeOp1(type, xs, attrs);
const f64 = (v: unknown) => tf.constant(tf.NDArray.from(v, 'float64'));

/** Random probability rows: the fused xent ops assume labels sum to 1 along the class axis. */
function randomLabels(shape: number[], seed: number): tf.NDArray {
  const a = randomArray(shape, 0.05, 1, seed);
  const c = shape[shape.length - 1];
  for (let r = 0; r < a.size / c; r++) {
    let s = 0;
    for (let j = 0; j < c; j++) s += a.numeric[r * c + j];
    for (let j = 0; j < c; j++) a.numeric[r * c + j] /= s;
  }
  return a;
}

describe('nn gradients (finite differences)', () => {
  beforeEach(() => clearDefaultGraphState());

  it('every nn kernel has a gradient or is marked not differentiable', () => {
    const missing = registeredKernels().filter(k => k.family === 'nn' && !hasGradientEntry(k.type)).map(k => k.type);
    assert.deepEqual(missing, []);
  });

  describe('softmax family', () => {
    it('Softmax', () => checkGradient(x => tf.softmax(x), [randomArray([3, 4], -2, 2)]));
    it('Softmax along axis 0', () => checkGradient(x => tf.softmax(x, 0), [randomArray([3, 4], -2, 2)]));
    it('LogSoftmax', () => checkGradient(x => tf.logSoftmax(x), [randomArray([3, 4], -2, 2)]));
    it('SoftmaxGrad (second order, both inputs)', () =>
      checkGradient(op1('SoftmaxGrad'), [randomArray([2, 5], -1, 1, 3), randomArray([2, 5], 0, 1, 5)]));
    it('SoftmaxCrossEntropyWithLogits loss: logits and labels', () =>
      checkGradient((x, l) => tf.makeOp('SoftmaxCrossEntropyWithLogits', [x, l]).outputs[0], [randomArray([3, 4], -2, 2), randomLabels([3, 4], 9)]));
    it('SoftmaxCrossEntropyWithLogits loss and backprop together: logits', () => {
      const labels = randomLabels([3, 4], 11);
      checkGradient(x => {
        const op = tf.makeOp('SoftmaxCrossEntropyWithLogits', [x, tf.constant(labels)]);
        return tf.makeOp1('AddV2', [tf.expandDims(op.outputs[0], -1), op.outputs[1]]);
      }, [randomArray([3, 4], -2, 2)]);
    });
    it('SparseSoftmaxCrossEntropyWithLogits loss and backprop: logits', () => {
      checkGradient(x => {
        const op = tf.makeOp('SparseSoftmaxCrossEntropyWithLogits', [x, tf.constant([3, 0, 1], 'int64')]);
        return tf.makeOp1('AddV2', [tf.expandDims(op.outputs[0], -1), op.outputs[1]]);
      }, [randomArray([3, 4], -2, 2)]);
    });
    it('softmax_cross_entropy_with_logits_v2 of rank 3 flows into logits and labels', () =>
      checkGradient((x, l) => tf.softmaxCrossEntropyWithLogitsV2({ labels: l, logits: x }), [randomArray([2, 3, 4], -2, 2), randomLabels([2, 3, 4], 4)]));
    it('softmax_cross_entropy_with_logits (v1) stops the gradient into labels; v2 does not', () => {
      const x = tf.placeholder('float32', [null, 3]), l = tf.placeholder('float32', [null, 3]);
      const v1 = tf.softmaxCrossEntropyWithLogits({ labels: l, logits: x });
      const v2 = tf.softmaxCrossEntropyWithLogitsV2({ labels: l, logits: x });
      const [gx1, gl1] = tf.gradients(v1, [x, l]);
      const [gx2, gl2] = tf.gradients(v2, [x, l]);
      assert.ok(gx1 && gx2 && gl2);
      assert.equal(gl1, null);
    });
  });

  describe('activations and their grad ops', () => {
    it('Relu', () => checkGradient(x => tf.relu(x), [randomArray([10], -1, 1)]));
    it('Relu6', () => checkGradient(x => tf.relu6(x), [randomArray([12], -2, 8)]));
    it('Elu', () => checkGradient(x => tf.elu(x), [randomArray([10], -2, 2)]));
    it('LeakyRelu', () => checkGradient(x => tf.leakyRelu(x, 0.3), [randomArray([10], -1, 1)]));
    it('Softplus', () => checkGradient(x => tf.softplus(x), [randomArray([10], -3, 3)]));
    const pair = (seed: number, lo = -1, hi = 1) => [randomArray([8], -1, 1, seed), randomArray([8], lo, hi, seed + 1)];
    it('ReluGrad', () => checkGradient(op1('ReluGrad'), pair(1)));
    it('Relu6Grad', () => checkGradient(op1('Relu6Grad'), pair(2, -2, 8)));
    it('EluGrad', () => checkGradient(op1('EluGrad'), pair(3, -0.9, 2)));
    it('LeakyReluGrad', () => checkGradient(op1('LeakyReluGrad', { alpha: 0.2 }), pair(4)));
    it('SoftplusGrad', () => checkGradient(op1('SoftplusGrad'), pair(5, -3, 3)));
  });

  describe('bias, l2 loss', () => {
    it('BiasAdd: value and bias', () => checkGradient((v, b) => tf.biasAdd(v, b), [randomArray([2, 3, 4]), randomArray([4], -1, 1, 2)]));
    it('BiasAdd NCHW', () => checkGradient((v, b) => tf.biasAdd(v, b, 'NCHW'), [randomArray([2, 3, 2, 2]), randomArray([3], -1, 1, 2)]));
    it('BiasAddGrad', () => checkGradient(op1('BiasAddGrad', { data_format: 'NHWC' }), [randomArray([2, 3, 4])]));
    it('L2Loss', () => checkGradient(x => tf.l2Loss(x), [randomArray([3, 2])]));
  });

  describe('convolution and pooling', () => {
    for (const [padding, strides] of [['SAME', [1, 1, 1, 1]], ['VALID', [1, 2, 2, 1]], ['SAME', [1, 2, 1, 1]]] as const) {
      it(`Conv2D ${padding} strides ${strides}: input and filter`, () =>
        checkGradient((x, f) => tf.conv2d(x, f, strides.slice(), padding), [randomArray([2, 5, 5, 2]), randomArray([3, 3, 2, 3], -1, 1, 3)]));
    }
    it('Conv2D with unknown batch builds Shape ops for the backprops', () => {
      const x = tf.placeholder('float64', [null, 5, 5, 2]);
      const y = tf.conv2d(x, f64(randomArray([3, 3, 2, 3]).toNested()), [1, 1, 1, 1], 'SAME');
      const [gx] = tf.gradients(y, [x]);
      assert.equal(gx!.op.type, 'Conv2DBackpropInput');
      assert.deepEqual(gx!.shape, [null, 5, 5, 2]);
    });
    const convAttrs = { strides: [1, 2, 2, 1], padding: 'SAME', data_format: 'NHWC', dilations: [1, 1, 1, 1] };
    it('Conv2DBackpropInput: filter and out_backprop', () =>
      checkGradient((f, dy) => tf.makeOp1('Conv2DBackpropInput', [tf.constant([2, 5, 5, 2], 'int32'), f, dy], convAttrs),
        [randomArray([3, 3, 2, 3]), randomArray([2, 3, 3, 3], -1, 1, 5)]));
    it('Conv2DBackpropFilter: input and out_backprop', () =>
      checkGradient((x, dy) => tf.makeOp1('Conv2DBackpropFilter', [x, tf.constant([3, 3, 2, 3], 'int32'), dy], convAttrs),
        [randomArray([2, 5, 5, 2]), randomArray([2, 3, 3, 3], -1, 1, 5)]));
    it('MaxPool SAME 2x2', () => checkGradient(x => tf.maxPool(x, [1, 2, 2, 1], [1, 2, 2, 1], 'SAME'), [randomArray([2, 5, 5, 3])]));
    it('MaxPool VALID 3x3 stride 2 (overlapping windows)', () => checkGradient(x => tf.maxPool(x, [1, 3, 3, 1], [1, 2, 2, 1], 'VALID'), [randomArray([1, 7, 7, 2])]));
    it('MaxPoolGrad (second order)', () => checkGradient((x, g) => {
      const y = tf.maxPool(x, [1, 2, 2, 1], [1, 2, 2, 1], 'SAME');
      return tf.makeOp1('MaxPoolGrad', [x, y, g], y.op.attrs);
    }, [randomArray([1, 4, 4, 2]), randomArray([1, 2, 2, 2], -1, 1, 8)]));
    it('MaxPoolGradGrad (third order)', () => checkGradient((x, g) => {
      const y = tf.maxPool(x, [1, 2, 2, 1], [1, 2, 2, 1], 'SAME');
      return tf.makeOp1('MaxPoolGradGrad', [x, y, g], y.op.attrs);
    }, [randomArray([1, 4, 4, 2]), randomArray([1, 4, 4, 2], -1, 1, 8)]));
    it('AvgPool SAME 3x3 stride 2', () => checkGradient(x => tf.avgPool(x, [1, 3, 3, 1], [1, 2, 2, 1], 'SAME'), [randomArray([2, 5, 4, 2])]));
    it('AvgPoolGrad (second order)', () => checkGradient(g =>
      tf.makeOp1('AvgPoolGrad', [tf.constant([1, 5, 4, 2], 'int32'), g], { ksize: [1, 3, 3, 1], strides: [1, 2, 2, 1], padding: 'SAME', data_format: 'NHWC' }),
    [randomArray([1, 3, 2, 2])]));
  });
});
