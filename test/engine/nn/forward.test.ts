import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { loadFixtures, nd, run, assertClose } from './helpers';

const fx = loadFixtures();

describe('nn forward kernels against numpy', () => {
  beforeEach(() => clearDefaultGraphState());

  it('softmax and log_softmax are stable for large logits (float64 and float32)', () => {
    const x = tf.placeholder('float64', [null, 5]);
    assertClose(run(tf.softmax(x), [[x, nd(fx.softmax.x)]]), fx.softmax.softmax, 1e-12, 1e-15);
    assertClose(run(tf.logSoftmax(x), [[x, nd(fx.softmax.x)]]), fx.softmax.log_softmax, 1e-12, 1e-12);
    const x32 = tf.placeholder('float32', [4, 5]);
    assertClose(run(tf.softmax(x32), [[x32, nd(fx.softmax.x, 'float32')]]), fx.softmax.softmax, 1e-5, 1e-7);
  });

  it('softmax over a non-last axis matches softmax of the transpose', () => {
    const x = tf.constant(nd(fx.softmax.x));
    const along0 = run(tf.softmax(x, 0));
    const sm = fx.softmax.x.data as number[];
    for (let j = 0; j < 5; j++) {
      const col = [0, 1, 2, 3].map(i => sm[i * 5 + j]);
      const m = Math.max(...col), e = col.map(v => Math.exp(v - m)), s = e.reduce((a, b) => a + b);
      col.forEach((_, i) => assert.ok(Math.abs(Number(along0.numeric[i * 5 + j]) - e[i] / s) < 1e-12));
    }
  });

  it('SoftmaxCrossEntropyWithLogits returns the loss and the backprop', () => {
    const op = tf.makeOp('SoftmaxCrossEntropyWithLogits', [tf.constant(nd(fx.xent.logits)), tf.constant(nd(fx.xent.labels))]);
    assert.deepEqual(op.outputs.map(t => t.shape), [[4], [4, 5]]);
    const sess = new tf.Session();
    const [loss, backprop] = sess.run(op.outputs) as tf.NDArray[];
    assertClose(loss, fx.xent.loss, 1e-12, 1e-12);
    assertClose(backprop, fx.xent.backprop, 1e-12, 1e-12);
  });

  it('SparseSoftmaxCrossEntropyWithLogits takes int32 and int64 labels', () => {
    for (const dtype of ['int32', 'int64'] as const) {
      clearDefaultGraphState();
      const op = tf.makeOp('SparseSoftmaxCrossEntropyWithLogits', [tf.constant(nd(fx.sparse_xent.logits)), tf.constant(fx.sparse_xent.labels, dtype)]);
      const [loss, backprop] = new tf.Session().run(op.outputs) as tf.NDArray[];
      assertClose(loss, fx.sparse_xent.loss, 1e-12, 1e-12);
      assertClose(backprop, fx.sparse_xent.backprop, 1e-12, 1e-12);
    }
  });

  it('activations match numpy, including the kinks and softplus thresholds', () => {
    const x = tf.constant(nd(fx.activations.x));
    const a = fx.activations;
    assertClose(run(tf.relu(x)), a.relu, 0, 0, 'relu');
    assertClose(run(tf.relu6(x)), a.relu6, 0, 0, 'relu6');
    assertClose(run(tf.elu(x)), a.elu, 1e-12, 1e-15, 'elu');
    assertClose(run(tf.leakyRelu(x)), a.leaky_relu, 1e-15, 0, 'leaky_relu');
    assertClose(run(tf.softplus(x)), a.softplus, 1e-12, 1e-15, 'softplus');
    const x32 = tf.constant(nd(fx.activations.x, 'float32'));
    assertClose(run(tf.softplus(x32)), a.softplus, 1e-6, 1e-6, 'softplus float32');
  });

  it('Relu keeps integer dtypes; NaN passes through relu', () => {
    assert.deepEqual(run(tf.relu(tf.constant([-2, 3], 'int32'))).toArray(), [0, 3]);
    const r = run(tf.relu(tf.constant([NaN, -1]))).toArray();
    assert.ok(Number.isNaN(r[0]));
    assert.equal(r[1], 0);
  });

  it('grad ops mask and scale the incoming gradient', () => {
    const g = tf.constant([1, 2, 3, 4, 5], 'float64');
    const x = tf.constant([-1, 0, 0.5, 6, 7], 'float64');
    assert.deepEqual(run(tf.makeOp1('ReluGrad', [g, x])).toArray(), [0, 0, 3, 4, 5]);
    assert.deepEqual(run(tf.makeOp1('Relu6Grad', [g, x])).toArray(), [0, 0, 3, 0, 0]);
    assert.deepEqual(run(tf.makeOp1('LeakyReluGrad', [g, x], { alpha: 0.2 })).toArray(), [0.2, 0.4, 3, 4, 5]);
    const y = tf.constant([-0.5, 0, 1, -0.25, 2], 'float64');
    assert.deepEqual(run(tf.makeOp1('EluGrad', [g, y])).toArray(), [0.5, 2, 3, 3, 5]);
    const sp = run(tf.makeOp1('SoftplusGrad', [g, x])).toArray();
    sp.forEach((v, i) => assert.ok(Math.abs(v - [1, 2, 3, 4, 5][i] / (1 + Math.exp(-[-1, 0, 0.5, 6, 7][i]))) < 1e-15));
  });

  it('bias_add adds per channel; BiasAddGrad sums over the other axes', () => {
    const v = tf.constant(nd(fx.bias_add.value)), b = tf.constant(nd(fx.bias_add.bias));
    const y = tf.biasAdd(v, b);
    assert.equal(y.op.name, 'BiasAdd');
    assertClose(run(y), fx.bias_add.output, 0, 0);
    assertClose(run(tf.makeOp1('BiasAddGrad', [v])), fx.bias_add.grad, 1e-12, 1e-12);
    // NCHW: channels on axis 1.
    const nchw = run(tf.biasAdd(tf.constant([[[1, 2], [3, 4]]], 'float64'), tf.constant([10, 20], 'float64'), 'NCHW'));
    assert.deepEqual(nchw.toArray(), [11, 12, 23, 24]);
  });

  it('l2_loss is sum(t^2)/2', () => {
    const t = tf.l2Loss(tf.constant(nd(fx.l2_loss.t)));
    assert.equal(t.op.name, 'L2Loss');
    assert.deepEqual(t.shape, []);
    assertClose(run(t), [fx.l2_loss.output], 1e-12, 0);
  });

  it('in_top_k counts ties as in and non-finite scores as out', () => {
    const p = tf.constant([[0.1, 0.3, 0.3, 0.2], [0.5, 0.1, 0.2, 0.2], [NaN, 1, 0, 0], [0.1, 0.2, 0.3, 0.4]]);
    const t = tf.constant([2, 2, 1, 7], 'int32');
    const k1 = tf.inTopK(p, t, 1);
    assert.equal(k1.op.name, 'in_top_k/InTopKV2');
    assert.equal(k1.dtype, 'bool');
    assert.deepEqual(run(k1).toArray(), [1, 0, 0, 0]);
    assert.deepEqual(run(tf.inTopK(p, t, 2)).toArray(), [1, 1, 0, 0]);
    const v1 = tf.makeOp1('InTopK', [p, tf.constant([1, 0, 1, 3], 'int64')], { k: 1 });
    assert.deepEqual(run(v1).toArray(), [1, 1, 0, 1]);
  });

  it('conv2d matches a direct numpy convolution (SAME/VALID, strides, float64 and float32)', () => {
    for (const c of fx.conv2d) {
      clearDefaultGraphState();
      const x = tf.placeholder('float64', [null, ...c.input.shape.slice(1)]);
      const y = tf.conv2d(x, tf.constant(nd(c.filter)), c.strides, c.padding);
      assert.deepEqual(y.shape, [null, ...c.output.shape.slice(1)], 'static shape');
      assertClose(run(y, [[x, nd(c.input)]]), c.output, 1e-12, 1e-12, `conv ${c.padding} ${c.strides}`);
      const x32 = tf.constant(nd(c.input, 'float32'));
      assertClose(run(tf.conv2d(x32, tf.constant(nd(c.filter, 'float32')), c.strides, c.padding)), c.output, 1e-5, 1e-5);
    }
  });

  it('max_pool and avg_pool: padding never wins and is not counted', () => {
    for (const p of fx.pool) {
      clearDefaultGraphState();
      const x = tf.constant(nd(p.input));
      const mp = tf.maxPool(x, p.ksize, p.strides, p.padding);
      const ap = tf.avgPool(x, p.ksize, p.strides, p.padding);
      assert.equal(mp.op.name, 'MaxPool');
      assert.equal(ap.op.name, 'AvgPool');
      assert.deepEqual(mp.shape, p.max.shape);
      assertClose(run(mp), p.max, 0, 0, 'max');
      assertClose(run(ap), p.avg, 1e-12, 1e-12, 'avg');
    }
  });

  it('MaxPoolGrad routes each gradient to the first maximum of its window', () => {
    const x = tf.constant([[[[1], [3]], [[3], [2]]]], 'float64');
    const y = tf.maxPool(x, [1, 2, 2, 1], [1, 2, 2, 1], 'VALID');
    const g = tf.makeOp1('MaxPoolGrad', [x, y, tf.constant([[[[5]]]], 'float64')], y.op.attrs);
    assert.deepEqual(run(g).toArray(), [0, 5, 0, 0]);
  });

  it('Deep MNIST shapes: 28x28 SAME conv then 2x2 pools give 7x7x64', () => {
    const x = tf.placeholder('float32', [null, 28, 28, 1]);
    const h1 = tf.maxPool(tf.relu(tf.conv2d(x, tf.constant(tf.NDArray.zeros('float32', [5, 5, 1, 32])), [1, 1, 1, 1], 'SAME')), [1, 2, 2, 1], [1, 2, 2, 1], 'SAME');
    const h2 = tf.maxPool(tf.conv2d(h1, tf.constant(tf.NDArray.zeros('float32', [5, 5, 32, 64])), [1, 1, 1, 1], 'SAME'), [1, 2, 2, 1], [1, 2, 2, 1], 'SAME');
    assert.deepEqual(h1.shape, [null, 14, 14, 32]);
    assert.deepEqual(h2.shape, [null, 7, 7, 64]);
  });
});
