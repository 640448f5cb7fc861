// Pooling beyond NHWC max/avg: NCHW (the NHWC result transposed, gradients by finite
// differences), MaxPoolWithArgmax against a window walk written here, tf.nn.pool in 1-D and 2-D,
// and TF's window errors (zero ksize at run time, zero stride at build time).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { assertThrowsText, run } from './helpers';

function toNCHW(x: tf.NDArray): tf.NDArray {
  const [n, h, w, c] = x.shape, out = tf.NDArray.zeros(x.dtype, [n, c, h, w]);
  for (let b = 0; b < n; b++) for (let y = 0; y < h; y++) for (let z = 0; z < w; z++) for (let k = 0; k < c; k++) {
    out.numeric[((b * c + k) * h + y) * w + z] = x.numeric[((b * h + y) * w + z) * c + k];
  }
  return out;
}

describe('pooling: NCHW, argmax, tf.nn.pool, window errors', () => {
  beforeEach(() => clearDefaultGraphState());

  for (const kind of ['max', 'avg'] as const) {
    it(`${kind}_pool NCHW equals the NHWC result transposed`, () => {
      const x = randomArray([2, 5, 4, 3]);
      const pool = kind === 'max' ? tf.maxPool : tf.avgPool;
      const nhwc = pool(tf.constant(x), [1, 3, 2, 1], [1, 2, 2, 1], 'SAME');
      const nchw = pool(tf.constant(toNCHW(x)), [1, 1, 3, 2], [1, 1, 2, 2], 'SAME', 'NCHW');
      assert.deepEqual(nchw.shape, [2, 3, 3, 2]);
      assert.deepEqual(Array.from(run(nchw).numeric), Array.from(toNCHW(run(nhwc)).numeric));
    });
    it(`${kind}_pool NCHW gradient`, () => {
      const pool = kind === 'max' ? tf.maxPool : tf.avgPool;
      checkGradient(x => pool(x, [1, 1, 2, 2], [1, 1, 2, 1], 'VALID', 'NCHW'), [randomArray([1, 2, 4, 5], -1, 1, 3)]);
    });
  }
  it('MaxPoolGrad in NCHW (second order)', () => {
    const attrs = { ksize: [1, 1, 2, 2], strides: [1, 1, 2, 2], padding: 'SAME', data_format: 'NCHW' };
    checkGradient((x, g) => {
      const y = tf.maxPool(x, [1, 1, 2, 2], [1, 1, 2, 2], 'SAME', 'NCHW');
      return tf.makeOp1('MaxPoolGrad', [x, y, g], attrs);
    }, [randomArray([1, 2, 4, 4]), randomArray([1, 2, 2, 2], -1, 1, 8)]);
  });

  it('max_pool_with_argmax: values and flattened indices, with and without the batch', () => {
    const x = randomArray([2, 5, 4, 3], -1, 1, 5);
    const [B, H, W, C] = x.shape, k = 2, s = 2;
    for (const includeBatch of [false, true]) {
      clearDefaultGraphState();
      const [out, argmax] = tf.maxPoolWithArgmax(tf.constant(x), [1, k, k, 1], [1, s, s, 1], 'VALID', { includeBatchInIndex: includeBatch });
      assert.equal(argmax.dtype, 'int64');
      const [ov, av] = new tf.Session().run([out, argmax]) as tf.NDArray[];
      const values: number[] = [], indices: number[] = [];
      for (let b = 0; b < B; b++) for (let oy = 0; oy < 2; oy++) for (let ox = 0; ox < 2; ox++) for (let c = 0; c < C; c++) {
        let best = -Infinity, at = -1;
        for (let y = oy * s; y < oy * s + k; y++) for (let z = ox * s; z < ox * s + k; z++) {
          const v = x.numeric[((b * H + y) * W + z) * C + c];
          if (v > best) { best = v; at = (y * W + z) * C + c + (includeBatch ? b * H * W * C : 0); }
        }
        values.push(best); indices.push(at);
      }
      assert.deepEqual(Array.from(ov.numeric), values);
      assert.deepEqual(Array.from(av.numeric), indices);
    }
  });
  it('max_pool_with_argmax gradient (through the argmax)', () =>
    checkGradient(x => tf.maxPoolWithArgmax(x, [1, 2, 2, 1], [1, 1, 1, 1], 'SAME', { targmax: 'int32' })[0], [randomArray([1, 3, 3, 2], -1, 1, 6)]));

  it('tf.nn.pool: 2-D equals max_pool/avg_pool, 1-D pools over the width', () => {
    const x = randomArray([1, 4, 5, 2], -1, 1, 7);
    const pooled = tf.nnPool(tf.constant(x), [2, 2], 'MAX', 'VALID', { strides: [2, 1] });
    assert.equal(pooled.name, 'max_pool:0');
    assert.deepEqual(Array.from(run(pooled).numeric), Array.from(run(tf.maxPool(tf.constant(x), [1, 2, 2, 1], [1, 2, 1, 1], 'VALID')).numeric));
    const seq = randomArray([2, 6, 3], -1, 1, 8);
    const avg = tf.nnPool(tf.constant(seq), [3], 'AVG', 'SAME');
    assert.deepEqual(avg.shape, [2, 6, 3]);
    const got = run(avg);
    for (let b = 0; b < 2; b++) for (let t = 0; t < 6; t++) for (let c = 0; c < 3; c++) {
      let s = 0, n = 0;
      for (let u = t - 1; u <= t + 1; u++) if (u >= 0 && u < 6) { s += seq.numeric[(b * 6 + u) * 3 + c]; n++; }
      assert.ok(Math.abs(got.numeric[(b * 6 + t) * 3 + c] - s / n) < 1e-12);
    }
    checkGradient(v => tf.nnPool(v, [2], 'MAX', 'VALID', { strides: [2] }), [randomArray([1, 6, 2], -1, 1, 9)]);
  });
  it('tf.nn.pool: TF\'s argument errors; 3-D and dilation are not supported', () => {
    const x = tf.constant(randomArray([1, 4, 4, 1]));
    assertThrowsText(() => tf.nnPool(x, [2, 2], 'MAX', 'VALID', { strides: [3, 3] }), 'ValueError',
      'strides > window_shape not supported due to inconsistency between CPU and GPU implementations');
    assertThrowsText(() => tf.nnPool(x, [2, 2], 'MIN', 'VALID'), 'ValueError', '2-D MIN pooling is not supported.');
    assertThrowsText(() => tf.nnPool(x, [2], 'MAX', 'VALID'), 'ValueError', 'Shape (1, 4, 4, 1) must have rank 3');
    assertThrowsText(() => tf.nnPool(x, [2, 2], 'MAX', 'VALID', { dilationRate: [2, 2] }), 'NotImplementedError',
      "pool() argument 'dilation_rate' is not supported by Gradbook: dilation rates above 1");
  });

  it('a zero window is TF\'s InvalidArgumentError at run time (text of TF >= 2.5; 1.15 has no check)', () => {
    const y = tf.maxPool(tf.constant(randomArray([1, 3, 3, 1])), [1, 0, 2, 1], [1, 1, 1, 1], 'SAME');
    assertThrowsText(() => run(y), 'InvalidArgumentError', /^Sliding window ksize for dimension 1 was zero\./);
  });
  it('a zero stride is the shape function\'s error at build time', () => {
    assertThrowsText(() => tf.avgPool(tf.constant(randomArray([1, 3, 3, 1])), [1, 2, 2, 1], [1, 0, 1, 1], 'SAME'), 'ValueError',
      "Stride must be > 0, but got 0 for 'AvgPool' (op: 'AvgPool') with input shapes: [1,3,3,1].");
  });
  it('pooling the batch dimension is TF\'s UnimplementedError', () => {
    const y = tf.maxPool(tf.constant(randomArray([2, 3, 3, 1])), [2, 1, 1, 1], [1, 1, 1, 1], 'SAME');
    assertThrowsText(() => run(y), 'UnimplementedError', /^Pooling is not yet supported on the batch dimension\./);
  });
});
