// Composite builders: xent wrappers, sigmoid xent, dropout, clipping helpers, tf.losses.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { loadFixtures, nd, run, assertClose } from './helpers';

const fx = loadFixtures();
const f64 = (v: unknown) => tf.constant(tf.NDArray.from(v, 'float64'));

describe('nn composite builders', () => {
  beforeEach(() => clearDefaultGraphState());

  describe('cross-entropy wrappers', () => {
    it('use TF names: _sg scope with a stopped label, v2 scope, sparse nested scope', () => {
      const labels = tf.placeholder('float32', [null, 5]), logits = tf.placeholder('float32', [null, 5]);
      const v1 = tf.softmaxCrossEntropyWithLogits({ labels, logits });
      assert.equal(v1.name, 'softmax_cross_entropy_with_logits_sg:0');
      assert.equal(v1.op.inputs[1].op.name, 'softmax_cross_entropy_with_logits_sg/labels_stop_gradient');
      assert.deepEqual(v1.shape, [null]);
      assert.equal(tf.softmaxCrossEntropyWithLogitsV2({ labels, logits }).name, 'softmax_cross_entropy_with_logits:0');
      const ids = tf.placeholder('int64', [null]);
      assert.equal(tf.sparseSoftmaxCrossEntropyWithLogits({ labels: ids, logits }).name,
        'SparseSoftmaxCrossEntropyWithLogits/SparseSoftmaxCrossEntropyWithLogits:0');
      assert.equal(tf.sparseSoftmaxCrossEntropyWithLogits({ labels: ids, logits, name: 'xentropy' }).name, 'xentropy/xentropy:0');
    });

    it('compute the fixture losses, also for rank 3 and a non-last class axis', () => {
      const loss = tf.softmaxCrossEntropyWithLogits({ labels: tf.constant(nd(fx.xent.labels)), logits: tf.constant(nd(fx.xent.logits)) });
      assertClose(run(loss), fx.xent.loss, 1e-12, 1e-12);
      const sparse = tf.sparseSoftmaxCrossEntropyWithLogits({ labels: tf.constant(fx.sparse_xent.labels, 'int32'), logits: tf.constant(nd(fx.sparse_xent.logits)) });
      assertClose(run(sparse), fx.sparse_xent.loss, 1e-12, 1e-12);
      // [4,5] viewed as [2,2,5]: same per-example losses, shaped [2,2].
      const logits3 = tf.constant(nd(fx.xent.logits).reshape([2, 2, 5]));
      const dense3 = tf.softmaxCrossEntropyWithLogitsV2({ labels: tf.constant(nd(fx.xent.labels).reshape([2, 2, 5])), logits: logits3 });
      assert.deepEqual(dense3.shape, [2, 2]);
      assertClose(run(dense3), fx.xent.loss.data, 1e-12, 1e-12);
      const sparse3 = tf.sparseSoftmaxCrossEntropyWithLogits({ labels: tf.constant([[1, 0], [4, 2]], 'int32'), logits: logits3 });
      assert.deepEqual(sparse3.shape, [2, 2]);
      assertClose(run(sparse3), fx.sparse_xent.loss.data, 1e-12, 1e-12);
      // Classes on axis 0: the transposed problem.
      const t = tf.transpose(tf.constant(nd(fx.xent.logits)));
      const onAxis0 = tf.softmaxCrossEntropyWithLogitsV2({ labels: tf.transpose(tf.constant(nd(fx.xent.labels))), logits: t, dim: 0 });
      assertClose(run(onAxis0), fx.xent.loss, 1e-12, 1e-12);
    });

    it('sigmoid_cross_entropy_with_logits is the stable logistic loss', () => {
      const a = fx.activations;
      const loss = tf.sigmoidCrossEntropyWithLogits({ labels: tf.constant(nd(a.sigmoid_labels)), logits: tf.constant(nd(a.x)) });
      assert.equal(loss.name, 'logistic_loss:0');
      assertClose(run(loss), a.sigmoid_xent, 1e-12, 1e-12);
    });
    it('sigmoid_cross_entropy_with_logits gradient', () =>
      checkGradient((x, z) => tf.sigmoidCrossEntropyWithLogits({ labels: z, logits: x }), [randomArray([6], -3, 3), randomArray([6], 0, 1, 2)]));
  });

  describe('dropout', () => {
    it('returns x itself for keep_prob 1 and builds the dropout scope otherwise', () => {
      const x = tf.placeholder('float32', [null, 8]);
      const y = tf.dropout(x, 0.5);
      assert.equal(y.name, 'dropout/mul:0');
      // The scope is opened before keep_prob is known to be 1, as in TF.
      assert.equal(tf.dropout(x, 1), x);
      assert.equal(tf.dropout(x, 0.5).name, 'dropout_2/mul:0');
      assert.deepEqual(y.shape, [null, 8]);
      const types = tf.getDefaultGraph().getOperations().filter(o => o.name.startsWith('dropout/')).map(o => o.type);
      for (const t of ['RandomUniform', 'Floor', 'RealDiv', 'Mul', 'Add']) assert.ok(types.includes(t), t);
    });

    it('keeps about keep_prob of the elements, scaled by 1/keep_prob, and its gradient is the mask over keep_prob', () => {
      const x = tf.placeholder('float32', [100, 100]);
      const keep = tf.placeholder('float32', []);
      const y = tf.dropout(x, keep, null, 7);
      const [gx] = tf.gradients(y, [x]);
      const sess = new tf.Session();
      const ones = tf.NDArray.zeros('float32', [100, 100]); ones.numeric.fill(2);
      const [out, grad] = sess.run([y, gx!], [[x, ones], [keep, tf.NDArray.scalar(0.25)]]) as tf.NDArray[];
      let kept = 0;
      for (let i = 0; i < out.size; i++) {
        const v = out.numeric[i];
        assert.ok(v === 0 || v === 8, `value ${v}`);
        if (v === 8) kept++;
        assert.equal(grad.numeric[i], v === 8 ? 4 : 0);
      }
      assert.ok(kept > 2200 && kept < 2800, `kept ${kept} of 10000`);
      const full = sess.run(y, [[x, ones], [keep, tf.NDArray.scalar(1)]]) as tf.NDArray;
      assert.ok(full.toArray().every(v => v === 2));
    });

    it('noise_shape [1, n] drops whole columns', () => {
      const x = tf.constant(tf.NDArray.from(Array.from({ length: 50 }, () => [1, 1, 1, 1]), 'float32'));
      const out = run(tf.dropout(x, 0.5, [1, 4], 3));
      for (let c = 0; c < 4; c++) {
        const col = Array.from({ length: 50 }, (_, r) => out.numeric[r * 4 + c]);
        assert.ok(col.every(v => v === col[0]), 'a column is kept or dropped as a whole');
      }
    });
  });

  describe('clipping', () => {
    it('clip_by_value clamps and names its ops like TF', () => {
      const y = tf.clipByValue(f64([-2, -0.5, 0.5, 3]), -1, 1);
      assert.equal(y.name, 'clip_by_value:0');
      assert.equal(y.op.type, 'Maximum');
      assert.equal(y.op.inputs[0].op.name, 'clip_by_value/Minimum');
      assert.deepEqual(run(y).toArray(), [-1, -0.5, 0.5, 1]);
    });
    it('clip_by_value gradient passes inside the range', () =>
      checkGradient(x => tf.clipByValue(x, -0.5, 0.5), [randomArray([8])]));

    it('clip_by_norm rescales only when the norm exceeds clip_norm; zeros stay zeros', () => {
      assertClose(run(tf.clipByNorm(f64([3, 4]), 2)), [1.2, 1.6], 1e-15, 1e-15);
      assertClose(run(tf.clipByNorm(f64([3, 4]), 10)), [3, 4], 1e-15, 1e-15);
      assert.deepEqual(run(tf.clipByNorm(f64([0, 0]), 1)).toArray(), [0, 0]);
      assertClose(run(tf.clipByNorm(f64([[3, 4], [0.3, 0.4]]), 1, [1])), [0.6, 0.8, 0.3, 0.4], 1e-15, 1e-15);
      assert.equal(tf.clipByNorm(f64([3, 4]), 2).name, 'clip_by_norm_4:0');
    });
    it('clip_by_norm gradient', () => checkGradient(x => tf.clipByNorm(x, 0.5), [randomArray([5])]));
    it('clip_by_norm has a finite gradient at zero', () => {
      const x = tf.placeholder('float64', [2]);
      const [g] = tf.gradients(tf.clipByNorm(x, 1), [x]);
      const v = new tf.Session().run(g!, [[x, tf.NDArray.zeros('float64', [2])]]) as tf.NDArray;
      assert.ok(v.toArray().every(Number.isFinite));
    });

    it('global_norm and clip_by_global_norm', () => {
      const a = f64([3, 0]), b = f64([[0, 4]]);
      const norm = tf.globalNorm([a, null, b]);
      assert.equal(norm.name, 'global_norm/global_norm:0');
      assertClose(run(norm), [5], 1e-15, 0);
      const [clipped, n] = tf.clipByGlobalNorm([a, null, b], 2.5);
      assert.equal(clipped[1], null);
      assert.equal(clipped[0]!.name, 'clip_by_global_norm/clip_by_global_norm/_0:0');
      assert.equal(clipped[2]!.name, 'clip_by_global_norm/clip_by_global_norm/_2:0');
      const sess = new tf.Session();
      const [c0, c2, nv] = sess.run([clipped[0]!, clipped[2]!, n]) as tf.NDArray[];
      assertClose(c0, [1.5, 0], 1e-15, 1e-15);
      assertClose(c2, [0, 2], 1e-15, 1e-15);
      assertClose(nv, [5], 1e-15, 0);
      const [unclipped] = tf.clipByGlobalNorm([a], 10);
      assertClose(run(unclipped[0]!), [3, 0], 1e-15, 1e-15);
      const [nan] = tf.clipByGlobalNorm([f64([Infinity, 1])], 1);
      assert.ok(run(nan[0]!).toArray().every(Number.isNaN));
    });
    it('global_norm gradient', () => checkGradient((a, b) => tf.globalNorm([a, b]), [randomArray([3]), randomArray([2, 2], -1, 1, 5)]));
    it('clip_by_global_norm gradient', () =>
      checkGradient((a, b) => tf.clipByGlobalNorm([a, b], 0.7)[0][1]!, [randomArray([3]), randomArray([2, 2], -1, 1, 5)]));
  });

  describe('tf.losses', () => {
    it('mean_squared_error: <scope>/value, in LOSSES, mean over nonzero weights', () => {
      const loss = tf.losses.meanSquaredError(f64([1, 2, 3]), f64([1, 4, 6]));
      assert.equal(loss.name, 'mean_squared_error/value:0');
      assert.deepEqual(tf.getDefaultGraph().getCollection(tf.GraphKeys.LOSSES), [loss]);
      assertClose(run(loss), [13 / 3], 1e-7, 0);
      const weighted = tf.losses.meanSquaredError(f64([1, 2, 3]), f64([1, 4, 6]), { weights: f64([0, 1, 2]) });
      assertClose(run(weighted), [(4 + 18) / 2], 1e-7, 0);
      const none = tf.losses.meanSquaredError(f64([1, 2, 3]), f64([1, 4, 6]), { reduction: tf.Reduction.NONE });
      assert.deepEqual(run(none).toArray(), [0, 4, 9]);
      const mean = tf.losses.meanSquaredError(f64([1, 2, 3]), f64([1, 4, 6]), { weights: f64([0, 1, 2]), reduction: tf.Reduction.MEAN });
      assertClose(run(mean), [22 / 3], 1e-7, 0);
      const allZero = tf.losses.meanSquaredError(f64([1, 2]), f64([3, 4]), { weights: 0 });
      assert.deepEqual(run(allZero).toArray(), [0]);
    });

    it('sparse_softmax_cross_entropy is the batch mean of the xent', () => {
      const loss = tf.losses.sparseSoftmaxCrossEntropy(tf.constant(fx.sparse_xent.labels, 'int64'), tf.constant(nd(fx.sparse_xent.logits, 'float32')));
      assert.equal(loss.name, 'sparse_softmax_cross_entropy_loss/value:0');
      assert.ok(tf.getDefaultGraph().getOperations().some(o => o.name === 'sparse_softmax_cross_entropy_loss/xentropy/xentropy'));
      const expected = (fx.sparse_xent.loss.data as number[]).reduce((a, b) => a + b) / 4;
      assertClose(run(loss), [expected], 1e-6, 0);
    });

    it('softmax_cross_entropy with and without label smoothing', () => {
      const logits = tf.constant(nd(fx.sparse_xent.logits, 'float32'));
      const onehot = tf.constant(tf.NDArray.from((fx.sparse_xent.labels as number[]).map(c => [0, 1, 2, 3, 4].map(j => (j === c ? 1 : 0))), 'float32'));
      const loss = tf.losses.softmaxCrossEntropy(onehot, logits);
      assert.equal(loss.name, 'softmax_cross_entropy_loss/value:0');
      const expected = (fx.sparse_xent.loss.data as number[]).reduce((a, b) => a + b) / 4;
      assertClose(run(loss), [expected], 1e-6, 0);
      // Smoothing 0.5 over 5 classes: targets 0.6 / 0.1, loss = mean of -sum(t * log_softmax).
      const smoothed = run(tf.losses.softmaxCrossEntropy(onehot, logits, { labelSmoothing: 0.5 }));
      const ls = run(tf.logSoftmax(tf.constant(nd(fx.sparse_xent.logits))));
      let total = 0;
      (fx.sparse_xent.labels as number[]).forEach((c, r) => { for (let j = 0; j < 5; j++) total -= (j === c ? 0.6 : 0.1) * Number(ls.numeric[r * 5 + j]); });
      assertClose(smoothed, [total / 4], 1e-6, 0);
    });

    // tf.losses compute in float32 (to_float) whatever the input dtype: float32-sized steps.
    const float32Steps = { eps: 1e-3, rtol: 2e-3, atol: 2e-4 };
    it('loss gradients', () => {
      checkGradient((p, l) => tf.losses.meanSquaredError(l, p), [randomArray([3, 2]), randomArray([3, 2], -1, 1, 4)], float32Steps);
      checkGradient(x => tf.losses.sparseSoftmaxCrossEntropy(tf.constant([1, 0, 2], 'int32'), x), [randomArray([3, 4], -2, 2)], float32Steps);
      // Labels are stop-gradiented inside, and must be probability rows for the fused op.
      const onehot = tf.NDArray.from([[0, 1, 0, 0], [0.5, 0.5, 0, 0], [0.1, 0.2, 0.3, 0.4]], 'float64');
      checkGradient(x => tf.losses.softmaxCrossEntropy(tf.constant(onehot), x, { weights: tf.constant([1, 0, 2], 'float64') }), [randomArray([3, 4], -2, 2)], float32Steps);
    });
  });
});
