// tf.losses of TF 1.15: every loss against a float64 formula written here (the losses compute
// in float32, so comparisons allow float32 rounding), every Reduction, the LOSSES collection,
// get_total_loss / get_regularization_loss, TF's errors, and gradients by finite differences.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { assertThrowsText, run } from './helpers';

const f64 = (v: unknown) => tf.constant(tf.NDArray.from(v, 'float64'));
const near = (got: tf.Tensor, want: number, tol = 1e-5) => {
  const v = Number(run(got).numeric[0]);
  assert.ok(Math.abs(v - want) <= tol * (1 + Math.abs(want)), `${got.name}: ${v} vs ${want}`);
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const labels = [[0.2, 1.0, 0.0], [0.5, 0.3, 1.0]];
const preds = [[0.4, 0.7, 0.1], [0.9, 0.2, 0.6]];
const flat = (m: number[][]) => m.flat();
const pairs = () => flat(labels).map((l, i) => [l, flat(preds)[i]]);

describe('tf.losses', () => {
  beforeEach(() => clearDefaultGraphState());

  it('absolute_difference, huber_loss, log_loss, hinge_loss: per-element formulas, mean over elements', () => {
    near(tf.losses.absoluteDifference(f64(labels), f64(preds)), mean(pairs().map(([l, p]) => Math.abs(p - l))));
    const huber = (d: number) => mean(pairs().map(([l, p]) => { const e = Math.abs(p - l), q = Math.min(e, d); return 0.5 * q * q + d * (e - q); }));
    near(tf.losses.huberLoss(f64(labels), f64(preds), { delta: 0.3 }), huber(0.3));
    near(tf.losses.huberLoss(f64(labels), f64(preds)), huber(1));
    near(tf.losses.logLoss(f64(labels), f64(preds)), mean(pairs().map(([l, p]) => -l * Math.log(p + 1e-7) - (1 - l) * Math.log(1 - p + 1e-7))));
    const hl = [[0, 1, 1], [1, 0, 0]], logits = [[0.3, -0.2, 2.0], [-1.5, 0.4, -0.1]];
    near(tf.losses.hingeLoss(f64(hl), f64(logits)), mean(flat(hl).map((l, i) => Math.max(0, 1 - (2 * l - 1) * flat(logits)[i]))));
    assert.equal(tf.losses.hingeLoss(f64(hl), f64(logits)).name, 'hinge_loss_1/value:0');
  });

  it('cosine_distance: 1 - sum(p·l) over the axis; the axis is required', () => {
    const l = [[0.6, 0.8], [1, 0]], p = [[0.8, 0.6], [0, 1]];
    const loss = tf.losses.cosineDistance(f64(l), f64(p), { axis: 1 });
    assert.equal(loss.name, 'cosine_distance_loss/value:0');
    near(loss, mean([1 - 0.96, 1 - 0]));
    assertThrowsText(() => tf.losses.cosineDistance(f64(l), f64(p)), 'ValueError', "You must specify 'axis'.");
  });

  it('mean_pairwise_squared_error: mean over pairs within each batch element, summed over the batch', () => {
    const want = [0, 1].map(b => {
      const d = labels[b].map((l, i) => preds[b][i] - l);
      let s = 0, n = 0;
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) if (i !== j) { s += (d[i] - d[j]) ** 2; n++; }
      return s / n;
    });
    near(tf.losses.meanPairwiseSquaredError(f64(labels), f64(preds)), want[0] + want[1]);
    near(tf.losses.meanPairwiseSquaredError(f64(labels), f64(preds), { weights: f64([[2], [0.5]]) }), 2 * want[0] + 0.5 * want[1]);
  });

  it('sigmoid_cross_entropy with label smoothing toward 1/2', () => {
    const logits = [[0.3, -0.2, 2.0], [-1.5, 0.4, -0.1]];
    const ref = (s: number) => mean(flat(labels).map((l0, i) => {
      const z = l0 * (1 - s) + 0.5 * s, x = flat(logits)[i];
      return Math.max(x, 0) - x * z + Math.log1p(Math.exp(-Math.abs(x)));
    }));
    // float32 logits: the loss stays float32, so no Cast back names it.
    const loss = tf.losses.sigmoidCrossEntropy(f64(labels), tf.constant(logits, 'float32'));
    assert.equal(loss.name, 'sigmoid_cross_entropy_loss/value:0');
    assert.ok(tf.getDefaultGraph().getOperations().some(o => o.name === 'sigmoid_cross_entropy_loss/xentropy'));
    near(loss, ref(0));
    near(tf.losses.sigmoidCrossEntropy(f64(labels), f64(logits), { labelSmoothing: 0.2 }), ref(0.2));
  });

  it('softmax_cross_entropy smoothing uses the class count also when it is only known at run time', () => {
    const onehot = [[0, 1, 0], [1, 0, 0]], logits = [[0.3, -0.2, 2.0], [-1.5, 0.4, -0.1]];
    const ref = mean(onehot.map((row, r) => {
      const x = logits[r], m = Math.max(...x), lse = m + Math.log(x.reduce((s, v) => s + Math.exp(v - m), 0));
      return row.reduce((s, l, j) => s - (l * 0.7 + 0.1) * (x[j] - lse), 0);
    }));
    const ph = tf.placeholder('float64', [null, null]);
    const loss = tf.losses.softmaxCrossEntropy(ph, f64(logits), { labelSmoothing: 0.3 });
    const v = new tf.Session().run(loss, [[ph, tf.NDArray.from(onehot, 'float64')]]) as tf.NDArray;
    assert.ok(Math.abs(Number(v.numeric[0]) - ref) < 1e-5);
  });

  it('sparse_softmax_cross_entropy squeezes labels [batch, 1] and weights [batch, 1]', () => {
    const logits = f64([[0.3, -0.2, 2.0], [-1.5, 0.4, -0.1]]);
    const base = tf.losses.sparseSoftmaxCrossEntropy(tf.constant([2, 1], 'int32'), logits, { reduction: tf.Reduction.NONE });
    const squeezed = tf.losses.sparseSoftmaxCrossEntropy(tf.constant([[2], [1]], 'int32'), logits, { weights: f64([[1], [3]]), reduction: tf.Reduction.SUM });
    const [b, s] = new tf.Session().run([base, squeezed]) as tf.NDArray[];
    assert.deepEqual(b.shape, [2]);
    assert.ok(Math.abs(Number(s.numeric[0]) - (Number(b.numeric[0]) + 3 * Number(b.numeric[1]))) < 1e-5);
  });

  it('every Reduction: NONE, SUM, MEAN, SUM_OVER_BATCH_SIZE, SUM_BY_NONZERO_WEIGHTS (the default)', () => {
    const losses = f64([[1, 2], [3, 4]]), w = f64([[0, 2], [1, 0]]);
    const R = tf.Reduction;
    assert.deepEqual(Array.from(run(tf.computeWeightedLoss(losses, { weights: w, reduction: R.NONE })).numeric), [0, 4, 3, 0]);
    near(tf.computeWeightedLoss(losses, { weights: w, reduction: R.SUM }), 7);
    near(tf.computeWeightedLoss(losses, { weights: w, reduction: R.MEAN }), 7 / 3);
    near(tf.computeWeightedLoss(losses, { weights: w, reduction: R.SUM_OVER_BATCH_SIZE }), 7 / 4);
    near(tf.computeWeightedLoss(losses, { weights: w }), 7 / 2);
    near(tf.computeWeightedLoss(losses, { weights: w, reduction: R.SUM_OVER_NONZERO_WEIGHTS }), 7 / 2);
    // Per-row weights broadcast against the losses; all-zero weights give 0, not NaN.
    near(tf.computeWeightedLoss(losses, { weights: f64([[1], [0]]) }), 3 / 2);
    near(tf.computeWeightedLoss(losses, { weights: 0 }), 0);
    assertThrowsText(() => tf.computeWeightedLoss(losses, { reduction: 'mean' as never }), 'ValueError', 'Invalid Reduction Key mean.');
  });

  it('weights that cannot broadcast: TF\'s static errors', () => {
    const losses = f64([[1, 2, 3], [3, 4, 5]]);
    assertThrowsText(() => tf.computeWeightedLoss(losses, { weights: f64([1, 2, 3]) }), 'ValueError',
      'weights can not be broadcast to values. values.rank=2. weights.rank=1. values.shape=(2, 3). weights.shape=(3,).');
    assertThrowsText(() => tf.computeWeightedLoss(losses, { weights: f64([[1, 2]]) }), 'ValueError',
      'weights can not be broadcast to values. Mismatch at dim 1. values.shape=[2 3] weights.shape=[1 2].');
  });

  it('LOSSES collection: each loss added unless loss_collection is None; get_total_loss adds regularization', () => {
    const a = tf.losses.meanSquaredError(f64([1, 2]), f64([2, 2]));
    tf.losses.absoluteDifference(f64([1, 2]), f64([2, 2]), { lossCollection: null });
    const c = tf.losses.logLoss(f64([1]), f64([0.5]), { lossCollection: 'mine' });
    assert.deepEqual(tf.losses.getLosses(), [a]);
    assert.deepEqual(tf.losses.getLosses(null, 'mine'), [c]);
    near(tf.losses.getRegularizationLoss(), 0);
    const reg = tf.constant(0.25, 'float32');
    tf.getDefaultGraph().addToCollection(tf.GraphKeys.REGULARIZATION_LOSSES, reg);
    assert.equal(tf.losses.getRegularizationLoss().name, 'total_regularization_loss:0');
    const total = tf.losses.getTotalLoss();
    assert.equal(total.name, 'total_loss:0');
    near(total, 0.5 + 0.25);
    near(tf.losses.getTotalLoss(false, 'data_only'), 0.5);
  });
  it('get_total_loss of nothing is add_n\'s ValueError', () => {
    assertThrowsText(() => tf.losses.getTotalLoss(), 'ValueError', 'inputs must be a list of at least oneTensor/IndexedSlices with the same dtype and shape');
  });
  it('labels and predictions must not be None; shapes must be compatible', () => {
    assertThrowsText(() => tf.losses.huberLoss(null, f64([1])), 'ValueError', 'labels must not be None.');
    assertThrowsText(() => tf.losses.sigmoidCrossEntropy(f64([1]), null), 'ValueError', 'logits must not be None.');
    assertThrowsText(() => tf.losses.absoluteDifference(f64([1, 2]), f64([1, 2, 3])), 'ValueError', 'Shapes (3,) and (2,) are incompatible');
  });

  const float32Steps = { eps: 1e-3, rtol: 3e-3, atol: 3e-4 };
  it('gradients of the new losses (float32 inside, as TF)', () => {
    checkGradient((p, l) => tf.losses.huberLoss(l, p, { delta: 0.5 }), [randomArray([2, 3], -1, 1, 3), randomArray([2, 3], -1, 1, 4)], float32Steps);
    checkGradient((p, l) => tf.losses.logLoss(l, p), [randomArray([4], 0.2, 0.8, 5), randomArray([4], 0, 1, 6)], float32Steps);
    checkGradient(p => tf.losses.absoluteDifference(f64([0.5, -0.5, 2]), p), [randomArray([3], -1, 1, 7)], float32Steps);
    checkGradient(p => tf.losses.hingeLoss(f64([1, 0, 1]), p), [randomArray([3], -2, 0.5, 8)], float32Steps);
    checkGradient((p, l) => tf.losses.cosineDistance(l, p, { axis: 1 }), [randomArray([2, 3], -1, 1, 9), randomArray([2, 3], -1, 1, 10)], float32Steps);
    checkGradient((p, l) => tf.losses.meanPairwiseSquaredError(l, p), [randomArray([2, 3], -1, 1, 11), randomArray([2, 3], -1, 1, 12)], float32Steps);
    checkGradient(x => tf.losses.sigmoidCrossEntropy(f64([[1, 0], [0, 1]]), x, { labelSmoothing: 0.1 }), [randomArray([2, 2], -2, 2, 13)], float32Steps);
  });
});
