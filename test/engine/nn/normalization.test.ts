// tf.nn.moments, tf.nn.batch_normalization and tf.nn.fused_batch_norm (FusedBatchNormV3):
// values against float64 loops written here, both is_training modes and both data formats,
// first- and second-order gradients by finite differences, and TF's errors.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { assertThrowsText, run } from './helpers';

/** Per-channel mean and biased variance of an NHWC array (channels last). */
function stats(x: tf.NDArray): { mean: number[]; variance: number[]; n: number } {
  const c = x.shape[x.rank - 1], n = x.size / c;
  const mean = new Array<number>(c).fill(0), variance = new Array<number>(c).fill(0);
  for (let i = 0; i < x.size; i++) mean[i % c] += x.numeric[i] / n;
  for (let i = 0; i < x.size; i++) variance[i % c] += (x.numeric[i] - mean[i % c]) ** 2 / n;
  return { mean, variance, n };
}
const close = (a: ArrayLike<number>, b: number[], tol = 1e-10) => {
  assert.equal(a.length, b.length);
  for (let i = 0; i < b.length; i++) assert.ok(Math.abs(a[i] - b[i]) <= tol * (1 + Math.abs(b[i])), `element ${i}: ${a[i]} vs ${b[i]}`);
};
/** NHWC [N,H,W,C] data as NCHW. */
function toNCHW(x: tf.NDArray): tf.NDArray {
  const [n, h, w, c] = x.shape, out = tf.NDArray.zeros(x.dtype, [n, c, h, w]);
  for (let b = 0; b < n; b++) for (let y = 0; y < h; y++) for (let z = 0; z < w; z++) for (let k = 0; k < c; k++) {
    out.numeric[((b * c + k) * h + y) * w + z] = x.numeric[((b * h + y) * w + z) * c + k];
  }
  return out;
}

describe('normalization', () => {
  beforeEach(() => clearDefaultGraphState());

  describe('tf.nn.moments', () => {
    it('mean and biased variance over the axes, squeezed or kept, in scope moments', () => {
      const x = randomArray([3, 4, 2], -2, 2);
      const [m, v] = tf.moments(tf.constant(x), [0, 1]);
      assert.deepEqual([m.shape, v.shape], [[2], [2]]);
      assert.equal(m.name, 'moments/Squeeze:0');
      const want = stats(x);
      close(run(m).numeric, want.mean);
      close(run(v).numeric, want.variance);
      const [mk] = tf.moments(tf.constant(x), [0, 1], true);
      assert.deepEqual(mk.shape, [1, 1, 2]);
      assert.equal(mk.name, 'moments_1/mean:0');
    });
    it('gradients of mean and variance', () => {
      checkGradient(x => tf.moments(x, [0])[1], [randomArray([4, 3])]);
      checkGradient(x => tf.moments(x, [1], true)[0], [randomArray([4, 3], -1, 1, 3)]);
    });
  });

  describe('tf.nn.batch_normalization', () => {
    it('(x - mean) * scale / sqrt(var + eps) + offset, offset and scale optional', () => {
      const x = randomArray([5, 3], -2, 2), mean = randomArray([3], -1, 1, 2), variance = randomArray([3], 0.1, 2, 3);
      const offset = randomArray([3], -1, 1, 4), scale = randomArray([3], 0.5, 2, 5);
      const c = (a: tf.NDArray) => tf.constant(a);
      const y = tf.batchNormalization(c(x), c(mean), c(variance), c(offset), c(scale), 1e-3);
      assert.equal(y.name, 'batchnorm/add_1:0');
      const plain = tf.batchNormalization(c(x), c(mean), c(variance), null, null, 1e-3);
      const [got, gotPlain] = new tf.Session().run([y, plain]) as tf.NDArray[];
      const want: number[] = [], wantPlain: number[] = [];
      for (let i = 0; i < x.size; i++) {
        const k = i % 3, z = (x.numeric[i] - mean.numeric[k]) / Math.sqrt(variance.numeric[k] + 1e-3);
        want.push(z * scale.numeric[k] + offset.numeric[k]);
        wantPlain.push(z);
      }
      close(got.numeric, want);
      close(gotPlain.numeric, wantPlain);
    });
    it('gradient into x, mean, variance, offset and scale', () =>
      checkGradient((x, m, v, o, s) => tf.batchNormalization(x, m, v, o, s, 0.01),
        [randomArray([4, 3]), randomArray([3], -1, 1, 2), randomArray([3], 0.5, 2, 3), randomArray([3], -1, 1, 4), randomArray([3], 0.5, 2, 5)]));
  });

  describe('tf.nn.fused_batch_norm (FusedBatchNormV3)', () => {
    const x = randomArray([2, 3, 2, 4], -2, 2, 21);
    const scale = randomArray([4], 0.5, 2, 22), offset = randomArray([4], -1, 1, 23);

    it('training: batch statistics; batch_variance is the unbiased one', () => {
      const [y, bm, bv] = tf.fusedBatchNorm(tf.constant(x), tf.constant(scale), tf.constant(offset), { epsilon: 1e-3 });
      assert.equal(y.op.type, 'FusedBatchNormV3');
      assert.equal(y.name, 'FusedBatchNormV3:0');
      const [yv, mv, vv] = new tf.Session().run([y, bm, bv]) as tf.NDArray[];
      const s = stats(x);
      close(mv.numeric, s.mean);
      close(vv.numeric, s.variance.map(v => v * s.n / (s.n - 1)));
      const want = Array.from(x.numeric, (v, i) => (v - s.mean[i % 4]) / Math.sqrt(s.variance[i % 4] + 1e-3) * scale.numeric[i % 4] + offset.numeric[i % 4]);
      close(yv.numeric, want);
    });
    it('inference: the given mean and variance', () => {
      const mean = randomArray([4], -1, 1, 24), variance = randomArray([4], 0.2, 2, 25);
      const [y, bm] = tf.fusedBatchNorm(tf.constant(x), tf.constant(scale), tf.constant(offset),
        { mean: tf.constant(mean), variance: tf.constant(variance), isTraining: false });
      const [yv, mv] = new tf.Session().run([y, bm]) as tf.NDArray[];
      close(mv.numeric, Array.from(mean.numeric));
      // epsilon 0.001 is the default.
      close(yv.numeric, Array.from(x.numeric, (v, i) => (v - mean.numeric[i % 4]) / Math.sqrt(variance.numeric[i % 4] + 1e-3) * scale.numeric[i % 4] + offset.numeric[i % 4]));
    });
    it('NCHW gives the NHWC result transposed', () => {
      const [yNhwc] = tf.fusedBatchNorm(tf.constant(x), tf.constant(scale), tf.constant(offset));
      const [yNchw] = tf.fusedBatchNorm(tf.constant(toNCHW(x)), tf.constant(scale), tf.constant(offset), { dataFormat: 'NCHW' });
      const [a, b] = new tf.Session().run([yNhwc, yNchw]) as tf.NDArray[];
      close(b.numeric, Array.from(toNCHW(a).numeric), 1e-12);
    });
    it('errors: mean given while training, channel mismatch, 4-D input', () => {
      assertThrowsText(() => tf.fusedBatchNorm(tf.constant(x), tf.constant(scale), tf.constant(offset), { mean: tf.constant(scale) }), 'ValueError',
        "Both 'mean' and 'variance' must be None if is_training is True.");
      assertThrowsText(() => tf.fusedBatchNorm(tf.constant(x), tf.constant([1, 1], 'float64'), tf.constant([0, 0], 'float64')), 'ValueError',
        /^Dimensions must be equal, but are 4 and 2 for 'FusedBatchNormV3'/);
      assertThrowsText(() => tf.fusedBatchNorm(tf.constant(randomArray([3, 4])), tf.constant(scale), tf.constant(offset)), 'ValueError',
        /^Shape must be rank 4 but is rank 2/);
      assertThrowsText(() => tf.fusedBatchNorm(tf.constant(x), tf.constant(scale), tf.constant(offset), { isTraining: false }), 'ValueError',
        /^Dimensions must be equal, but are 4 and 0/);
    });

    const xs = () => [randomArray([2, 2, 3, 3], -1, 1, 31), randomArray([3], 0.5, 1.5, 32), randomArray([3], -1, 1, 33)];
    it('gradient, training (x, scale, offset)', () => checkGradient((a, s, o) => tf.fusedBatchNorm(a, s, o, { epsilon: 0.01 })[0], xs()));
    it('gradient, training, NCHW', () => checkGradient((a, s, o) => tf.fusedBatchNorm(a, s, o, { epsilon: 0.01, dataFormat: 'NCHW' })[0],
      [randomArray([2, 3, 2, 2], -1, 1, 34), randomArray([3], 0.5, 1.5, 35), randomArray([3], -1, 1, 36)]));
    it('gradient, inference', () => {
      const m = randomArray([3], -0.5, 0.5, 37), v = randomArray([3], 0.5, 1.5, 38);
      checkGradient((a, s, o) => tf.fusedBatchNorm(a, s, o, { mean: tf.constant(m), variance: tf.constant(v), isTraining: false })[0], xs());
    });
    it('second order: FusedBatchNormGradV3 differentiated (training and inference)', () => {
      for (const isTraining of [true, false]) {
        checkGradient((a, s, o) => {
          const [y] = tf.fusedBatchNorm(a, s, o, isTraining ? { epsilon: 0.01 }
            : { epsilon: 0.01, mean: tf.constant([0.1, -0.2, 0.3], 'float64'), variance: tf.constant([1, 0.5, 2], 'float64'), isTraining: false });
          const [dx] = tf.gradients(tf.reduceSum(tf.multiply(y, y)), [a]);
          return dx!;
        }, xs(), { rtol: 1e-3, atol: 1e-5 });
      }
    });
  });
});
