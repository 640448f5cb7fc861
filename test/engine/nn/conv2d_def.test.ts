// Conv2D's definition (ops/nn/conv2d.ts): dilations, NCHW and tf.nn.atrous_conv2d against a
// naive float64 loop written here from the definition out[b,i,j,o] = Σ in_pad[b, i·sh + di·dh,
// j·sw + dj·dw, c] · f[di,dj,c,o] with TF's SAME/VALID padding rule, and every gradient of the
// trio with dilations and NCHW against finite differences.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { assertThrowsText, run } from './helpers';

type Padding = 'SAME' | 'VALID';

/** Output size and leading pad of one spatial dim (TF's rule, effective filter size ek). */
function window(n: number, ek: number, s: number, padding: Padding): [number, number] {
  if (padding === 'VALID') return [Math.floor((n - ek) / s) + 1, 0];
  const out = Math.ceil(n / s);
  return [out, Math.floor(Math.max((out - 1) * s + ek - n, 0) / 2)];
}

/** The naive NHWC convolution, in float64. */
function referenceConv(x: tf.NDArray, f: tf.NDArray, strides: [number, number], dilations: [number, number], padding: Padding): tf.NDArray {
  const [N, H, W, C] = x.shape, [kh, kw, , O] = f.shape;
  const [oh, padTop] = window(H, (kh - 1) * dilations[0] + 1, strides[0], padding);
  const [ow, padLeft] = window(W, (kw - 1) * dilations[1] + 1, strides[1], padding);
  const out = tf.NDArray.zeros('float64', [N, oh, ow, O]);
  for (let b = 0; b < N; b++) for (let i = 0; i < oh; i++) for (let j = 0; j < ow; j++) for (let o = 0; o < O; o++) {
    let s = 0;
    for (let di = 0; di < kh; di++) for (let dj = 0; dj < kw; dj++) {
      const y = i * strides[0] + di * dilations[0] - padTop, xx = j * strides[1] + dj * dilations[1] - padLeft;
      if (y < 0 || y >= H || xx < 0 || xx >= W) continue;
      for (let c = 0; c < C; c++) s += x.numeric[((b * H + y) * W + xx) * C + c] * f.numeric[((di * kw + dj) * C + c) * O + o];
    }
    out.numeric[((b * oh + i) * ow + j) * O + o] = s;
  }
  return out;
}

/** NHWC data as NCHW (and back with `inverse`). */
function transpose(a: tf.NDArray, inverse = false): tf.NDArray {
  const perm = inverse ? [0, 2, 3, 1] : [0, 3, 1, 2];
  const shape = perm.map(p => a.shape[p]);
  const out = tf.NDArray.zeros(a.dtype, shape);
  const strides = a.shape.map((_, i) => a.shape.slice(i + 1).reduce((p, d) => p * d, 1));
  for (let k = 0; k < out.size; k++) {
    let rest = k, src = 0;
    for (let d = 3; d >= 0; d--) { const idx = rest % shape[d]; rest = Math.floor(rest / shape[d]); src += idx * strides[perm[d]]; }
    out.numeric[k] = a.numeric[src];
  }
  return out;
}

function assertAllClose(got: tf.NDArray, want: tf.NDArray, tol = 1e-12): void {
  assert.deepEqual(got.shape, want.shape);
  for (let i = 0; i < want.size; i++) {
    assert.ok(Math.abs(got.numeric[i] - want.numeric[i]) <= tol * (1 + Math.abs(want.numeric[i])), `element ${i}: ${got.numeric[i]} vs ${want.numeric[i]}`);
  }
}

describe('Conv2D definition: dilations, NCHW, atrous_conv2d', () => {
  beforeEach(() => clearDefaultGraphState());

  describe('static shapes (TF: effective filter (k-1)·d+1)', () => {
    it('a 4x4 input and a 2x2 filter dilated 2, VALID, give (1,2,2,1); undilated (1,3,3,1)', () => {
      const x = tf.placeholder('float32', [1, 4, 4, 1]), f = tf.placeholder('float32', [2, 2, 1, 1]);
      assert.deepEqual(tf.conv2d(x, f, [1, 1, 1, 1], 'VALID', { dilations: [1, 2, 2, 1] }).shape, [1, 2, 2, 1]);
      assert.deepEqual(tf.conv2d(x, f, [1, 1, 1, 1], 'VALID').shape, [1, 3, 3, 1]);
      assert.deepEqual(tf.conv2d(x, f, [1, 1, 1, 1], 'SAME', { dilations: [1, 2, 2, 1] }).shape, [1, 4, 4, 1]);
    });
    it('NCHW reads strides, dilations and shapes in NCHW order', () => {
      const x = tf.placeholder('float32', [2, 3, 9, 7]), f = tf.placeholder('float32', [3, 2, 3, 5]);
      const y = tf.conv2d(x, f, [1, 1, 2, 1], 'VALID', { dataFormat: 'NCHW', dilations: [1, 1, 1, 3] });
      assert.deepEqual(y.shape, [2, 5, 4, 4]);
    });
    it('a VALID window larger than the input is TF\'s negative-dimension ValueError', () =>
      assertThrowsText(() => tf.conv2d(tf.placeholder('float32', [1, 4, 4, 1]), tf.placeholder('float32', [3, 3, 1, 1]), [1, 1, 1, 1], 'VALID', { dilations: [1, 2, 2, 1] }),
        'ValueError', /^Negative dimension size caused by subtracting 5 from 4 for 'Conv2D' \(op: 'Conv2D'\)/));
    it('dilations must have 4 values and be positive', () => {
      const x = tf.placeholder('float32', [1, 4, 4, 1]), f = tf.placeholder('float32', [2, 2, 1, 1]);
      assertThrowsText(() => tf.conv2d(x, f, [1, 1, 1, 1], 'SAME', { dilations: [1, 2, 2] }), 'ValueError', /^Conv2D requires the dilation attribute to contain 4 values, but got: 3/);
      assertThrowsText(() => tf.conv2d(x, f, [1, 1, 1, 1], 'SAME', { dilations: [1, 0, 1, 1] }), 'ValueError', /^Dilated rates should be larger than 0\./);
    });
    it('an unknown data_format is the attr ValueError', () =>
      assertThrowsText(() => tf.conv2d(tf.placeholder('float32', [1, 4, 4, 1]), tf.placeholder('float32', [2, 2, 1, 1]), [1, 1, 1, 1], 'SAME', { dataFormat: 'NCWH' as never }),
        'ValueError', `Value for attr 'data_format' of "NCWH" is not in the list of allowed values: "NHWC", "NCHW"`));
  });

  describe('values against the naive float64 loop', () => {
    const cases: { x: number[]; f: number[]; s: [number, number]; d: [number, number]; p: Padding }[] = [
      { x: [1, 4, 4, 1], f: [2, 2, 1, 1], s: [1, 1], d: [2, 2], p: 'VALID' },
      { x: [2, 7, 6, 3], f: [3, 2, 3, 4], s: [1, 1], d: [2, 3], p: 'SAME' },
      { x: [1, 9, 8, 2], f: [2, 3, 2, 5], s: [2, 1], d: [3, 2], p: 'VALID' },
      { x: [2, 6, 6, 2], f: [3, 3, 2, 3], s: [2, 2], d: [2, 2], p: 'SAME' },
    ];
    for (const c of cases) {
      it(`x ${c.x} f ${c.f} strides ${c.s} dilations ${c.d} ${c.p}, float64 and float32, NHWC and NCHW`, () => {
        const x = randomArray(c.x, -1, 1, 3), f = randomArray(c.f, -1, 1, 5);
        const want = referenceConv(x, f, c.s, c.d, c.p);
        const strides = [1, c.s[0], c.s[1], 1], dilations = [1, c.d[0], c.d[1], 1];
        assertAllClose(run(tf.conv2d(tf.constant(x), tf.constant(f), strides, c.p, { dilations })), want);
        const y32 = run(tf.conv2d(tf.constant(x.astype('float32')), tf.constant(f.astype('float32')), strides, c.p, { dilations }));
        assertAllClose(y32.astype('float64'), want, 1e-5);
        const nchw = run(tf.conv2d(tf.constant(transpose(x)), tf.constant(f), [1, 1, c.s[0], c.s[1]], c.p, { dilations: [1, 1, c.d[0], c.d[1]], dataFormat: 'NCHW' }));
        assertAllClose(transpose(nchw, true), want);
      });
    }
    it('atrous_conv2d(value, filters, rate) is the dilated stride-1 convolution, one Conv2D op named convolution', () => {
      const x = randomArray([2, 7, 7, 2], -1, 1, 9), f = randomArray([3, 3, 2, 4], -1, 1, 11);
      const y = tf.atrousConv2d(tf.constant(x), tf.constant(f), 2, 'SAME');
      assert.equal(y.op.type, 'Conv2D');
      assert.equal(y.op.name, 'convolution');
      assert.deepEqual(y.op.attrs.dilations, [1, 2, 2, 1]);
      assertAllClose(run(y), referenceConv(x, f, [1, 1], [2, 2], 'SAME'));
      assertThrowsText(() => tf.atrousConv2d(tf.constant(x), tf.constant(f), 0, 'SAME'), 'ValueError', 'dilation_rate must be positive');
    });
    it('dilations in the batch or depth dimension fail at run time with TF\'s text', () => {
      const y = tf.conv2d(tf.constant(randomArray([1, 4, 4, 1])), tf.constant(randomArray([2, 2, 1, 1])), [1, 1, 1, 1], 'SAME', { dilations: [2, 1, 1, 1] });
      assert.throws(() => run(y), /Current implementation does not yet support dilations in the batch and depth dimensions\./);
    });
  });

  describe('gradients with dilations and NCHW (finite differences)', () => {
    const dil = { dilations: [1, 2, 2, 1] };
    it('Conv2D dilated SAME: input and filter', () =>
      checkGradient((x, f) => tf.conv2d(x, f, [1, 1, 1, 1], 'SAME', dil), [randomArray([2, 5, 5, 2]), randomArray([2, 3, 2, 3], -1, 1, 3)]));
    it('Conv2D dilated VALID with strides: input and filter', () =>
      checkGradient((x, f) => tf.conv2d(x, f, [1, 2, 1, 1], 'VALID', { dilations: [1, 2, 3, 1] }), [randomArray([1, 7, 8, 2]), randomArray([2, 2, 2, 3], -1, 1, 3)]));
    it('Conv2D NCHW dilated: input and filter', () =>
      checkGradient((x, f) => tf.conv2d(x, f, [1, 1, 1, 2], 'SAME', { dataFormat: 'NCHW', dilations: [1, 1, 2, 1] }), [randomArray([2, 2, 5, 6]), randomArray([3, 2, 2, 3], -1, 1, 3)]));
    it('atrous_conv2d: value and filters', () =>
      checkGradient((x, f) => tf.atrousConv2d(x, f, 2, 'VALID'), [randomArray([1, 6, 6, 2]), randomArray([2, 2, 2, 2], -1, 1, 7)]));
    for (const dataFormat of ['NHWC', 'NCHW'] as const) {
      const attrs = { strides: [1, 1, 1, 1], padding: 'SAME', data_format: dataFormat, dilations: dataFormat === 'NHWC' ? [1, 2, 2, 1] : [1, 1, 2, 2] };
      const image = dataFormat === 'NHWC' ? [2, 5, 5, 2] : [2, 2, 5, 5];
      const outShape = dataFormat === 'NHWC' ? [2, 5, 5, 3] : [2, 3, 5, 5];
      it(`Conv2DBackpropInput ${dataFormat} dilated: filter and out_backprop`, () =>
        checkGradient((f, dy) => tf.Conv2DBackpropInput.make1([tf.constant(image, 'int32'), f, dy], attrs as never),
          [randomArray([3, 3, 2, 3]), randomArray(outShape, -1, 1, 5)]));
      it(`Conv2DBackpropFilter ${dataFormat} dilated: input and out_backprop`, () =>
        checkGradient((x, dy) => tf.Conv2DBackpropFilter.make1([x, tf.constant([3, 3, 2, 3], 'int32'), dy], attrs as never),
          [randomArray(image), randomArray(outShape, -1, 1, 5)]));
    }
  });
});
