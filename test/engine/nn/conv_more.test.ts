// conv1d, conv2d_transpose and depthwise_conv2d: values against direct loops written here,
// TF's argument errors, and gradients of the DepthwiseConv2dNative trio by finite differences.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { assertThrowsText, run } from './helpers';

const at = (a: tf.NDArray, ...idx: number[]) => {
  let flat = 0;
  idx.forEach((v, i) => { flat = flat * a.shape[i] + v; });
  return Number(a.numeric[flat]);
};
const close = (got: tf.NDArray, want: number[]) => {
  assert.equal(got.size, want.length);
  for (let i = 0; i < want.length; i++) assert.ok(Math.abs(got.numeric[i] - want[i]) < 1e-10, `element ${i}: ${got.numeric[i]} vs ${want[i]}`);
};
/** SAME padding's leading pad for one dim. */
const padBefore = (n: number, k: number, s: number) => Math.floor(Math.max((Math.ceil(n / s) - 1) * s + k - n, 0) / 2);

describe('conv1d, conv2d_transpose, depthwise_conv2d', () => {
  beforeEach(() => clearDefaultGraphState());

  it('conv1d: stride 2 SAME over [batch, width, in] with filters [k, in, out]', () => {
    const x = randomArray([2, 7, 3]), f = randomArray([3, 3, 4], -1, 1, 2);
    const y = tf.conv1d(tf.constant(x), tf.constant(f), 2, 'SAME');
    assert.equal(y.name, 'conv1d/Squeeze:0');
    assert.deepEqual(y.shape, [2, 4, 4]);
    const pad = padBefore(7, 3, 2), want: number[] = [];
    for (let b = 0; b < 2; b++) for (let o = 0; o < 4; o++) for (let q = 0; q < 4; q++) {
      let s = 0;
      for (let d = 0; d < 3; d++) {
        const t = o * 2 + d - pad;
        if (t >= 0 && t < 7) for (let c = 0; c < 3; c++) s += at(x, b, t, c) * at(f, d, c, q);
      }
      want.push(s);
    }
    close(run(y), want);
    checkGradient((a, w) => tf.conv1d(a, w, 1, 'VALID'), [randomArray([1, 5, 2]), randomArray([2, 2, 3], -1, 1, 3)]);
  });
  it('conv1d rejects other data formats', () => {
    assertThrowsText(() => tf.conv1d(tf.constant(randomArray([1, 5, 2])), tf.constant(randomArray([2, 2, 3])), 1, 'VALID', { dataFormat: 'NHWCX' }),
      'ValueError', 'data_format must be "NWC" or "NCW".');
  });

  it('conv2d_transpose scatters each input cell through the filter (stride 2, SAME)', () => {
    const x = randomArray([1, 3, 3, 2]), f = randomArray([3, 3, 4, 2], -1, 1, 4);
    const y = tf.conv2dTranspose(tf.constant(x), tf.constant(f), [1, 6, 6, 4], [1, 2, 2, 1], 'SAME');
    assert.equal(y.op.type, 'Conv2DBackpropInput');
    assert.equal(y.name, 'conv2d_transpose:0');
    assert.deepEqual(y.shape, [1, 6, 6, 4]);
    const out = new Array<number>(6 * 6 * 4).fill(0), pad = padBefore(6, 3, 2);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let di = 0; di < 3; di++) for (let dj = 0; dj < 3; dj++) {
      const r = i * 2 + di - pad, c = j * 2 + dj - pad;
      if (r < 0 || r >= 6 || c < 0 || c >= 6) continue;
      for (let o = 0; o < 4; o++) for (let k = 0; k < 2; k++) out[(r * 6 + c) * 4 + o] += at(x, 0, i, j, k) * at(f, di, dj, o, k);
    }
    close(run(y), out);
    checkGradient((a, w) => tf.conv2dTranspose(a, w, [1, 5, 5, 2], [1, 2, 2, 1], 'VALID'), [randomArray([1, 2, 2, 3]), randomArray([3, 3, 2, 3], -1, 1, 5)]);
  });
  it('conv2d_transpose: TF\'s output_shape and channel checks', () => {
    const x = tf.constant(randomArray([1, 3, 3, 2])), f = tf.constant(randomArray([3, 3, 4, 2]));
    assertThrowsText(() => tf.conv2dTranspose(x, f, [1, 6, 6, 3], [1, 2, 2, 1]), 'ValueError', "output_shape does not match filter's output channels, 3 != 4");
    assertThrowsText(() => tf.conv2dTranspose(x, tf.constant(randomArray([3, 3, 4, 5])), [1, 6, 6, 4], [1, 2, 2, 1]), 'ValueError',
      "input channels does not match filter's input channels, 2 != 5");
    assertThrowsText(() => tf.conv2dTranspose(x, f, [1, 6, 4], [1, 2, 2, 1]), 'ValueError', 'output_shape must have shape (4,), got (3,)');
    assertThrowsText(() => tf.conv2dTranspose(x, f, [1, 6, 6, 4], [1, 2, 2, 1], 'same' as 'SAME'), 'ValueError', 'padding must be either VALID or SAME: same');
    const wrong = tf.conv2dTranspose(x, f, [1, 9, 9, 4], [1, 2, 2, 1]);
    assertThrowsText(() => run(wrong), 'InvalidArgumentError',
      /^Conv2DCustomBackpropInput: Size of out_backprop doesn't match computed: actual = 3, computed = 5 spatial_dim: 1 input: 9 filter: 3 output: 3 stride: 2 dilation: 1/);
  });

  it('depthwise_conv2d: channel c with multiplier q writes channel c*M + q', () => {
    const x = randomArray([2, 5, 4, 3]), f = randomArray([3, 2, 3, 2], -1, 1, 6);
    const y = tf.depthwiseConv2d(tf.constant(x), tf.constant(f), [1, 2, 1, 1], 'SAME');
    assert.equal(y.name, 'depthwise:0');
    assert.deepEqual(y.shape, [2, 3, 4, 6]);
    const pt = padBefore(5, 3, 2), pl = padBefore(4, 2, 1), want: number[] = [];
    for (let b = 0; b < 2; b++) for (let oy = 0; oy < 3; oy++) for (let ox = 0; ox < 4; ox++) for (let c = 0; c < 3; c++) for (let q = 0; q < 2; q++) {
      let s = 0;
      for (let di = 0; di < 3; di++) for (let dj = 0; dj < 2; dj++) {
        const iy = oy * 2 + di - pt, ix = ox + dj - pl;
        if (iy >= 0 && iy < 5 && ix >= 0 && ix < 4) s += at(x, b, iy, ix, c) * at(f, di, dj, c, q);
      }
      want.push(s);
    }
    close(run(y), want);
  });
  it('depthwise_conv2d with a rate dilates the taps; strides and rates together are TF\'s error', () => {
    const x = randomArray([1, 6, 6, 2]), f = randomArray([2, 2, 2, 1], -1, 1, 7);
    const y = run(tf.depthwiseConv2d(tf.constant(x), tf.constant(f), [1, 1, 1, 1], 'VALID', { rate: [2, 2] }));
    assert.deepEqual(y.shape, [1, 4, 4, 2]);
    for (let oy = 0; oy < 4; oy++) for (let ox = 0; ox < 4; ox++) for (let c = 0; c < 2; c++) {
      let s = 0;
      for (let di = 0; di < 2; di++) for (let dj = 0; dj < 2; dj++) s += at(x, 0, oy + 2 * di, ox + 2 * dj, c) * at(f, di, dj, c, 0);
      assert.ok(Math.abs(at(y, 0, oy, ox, c) - s) < 1e-12);
    }
    assertThrowsText(() => tf.depthwiseConv2d(tf.constant(x), tf.constant(f), [1, 2, 2, 1], 'VALID', { rate: [2, 2] }), 'ValueError',
      'strides > 1 not supported in conjunction with dilation_rate > 1');
  });
  it('DepthwiseConv2dNative gradients (input and filter), NHWC and NCHW', () => {
    checkGradient((a, w) => tf.depthwiseConv2d(a, w, [1, 2, 2, 1], 'SAME'), [randomArray([1, 5, 5, 2]), randomArray([3, 3, 2, 2], -1, 1, 8)]);
    checkGradient((a, w) => tf.depthwiseConv2d(a, w, [1, 1, 1, 1], 'VALID', { dataFormat: 'NCHW' }), [randomArray([1, 2, 4, 4]), randomArray([2, 2, 2, 3], -1, 1, 9)]);
  });
  const dwAttrs = { strides: [1, 1, 1, 1], padding: 'SAME', data_format: 'NHWC', dilations: [1, 1, 1, 1] };
  it('DepthwiseConv2dNativeBackpropInput: filter and out_backprop', () =>
    checkGradient((w, dy) => tf.makeOp1('DepthwiseConv2dNativeBackpropInput', [tf.constant([1, 4, 4, 2], 'int32'), w, dy], dwAttrs),
      [randomArray([3, 3, 2, 2]), randomArray([1, 4, 4, 4], -1, 1, 10)]));
  it('DepthwiseConv2dNativeBackpropFilter: input and out_backprop', () =>
    checkGradient((a, dy) => tf.makeOp1('DepthwiseConv2dNativeBackpropFilter', [a, tf.constant([3, 3, 2, 2], 'int32'), dy], dwAttrs),
      [randomArray([1, 4, 4, 2]), randomArray([1, 4, 4, 4], -1, 1, 11)]));
  it('depthwise: input depth must match the filter', () => {
    assertThrowsText(() => tf.depthwiseConv2d(tf.constant(randomArray([1, 4, 4, 3])), tf.constant(randomArray([2, 2, 2, 1])), [1, 1, 1, 1], 'SAME'),
      'ValueError', /^Dimensions must be equal, but are 3 and 2 for 'depthwise' \(op: 'DepthwiseConv2dNative'\)/);
  });
});
