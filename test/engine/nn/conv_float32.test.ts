// float32 Conv2D and its backprops (the WebAssembly SIMD path, and the JS path with the kernels
// disabled) against the float64 JS path, which the fixtures and gradient checks pin down. The
// tolerance is float32 rounding of each sum: K ulps of Σ|x||w|, computed by running the float64
// op on absolute values. Shapes cover strides, dilations, padding, Cout not a multiple of 4 (the
// filter gradient's non-accumulating branch), Cout < 4 and K < 4 (JS fallbacks), and batches big
// enough to span several im2col tiles.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { setWasmKernelsEnabled, wasmKernelsEnabled } from '../../../src/engine/kernels/wasm/module';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32 - 0.5; };
}

interface Case { x: number[]; w: number[]; strides?: number[]; padding: 'SAME' | 'VALID'; dilations?: number[] }

const size = (s: number[]) => s.reduce((a, b) => a * b, 1);

/** [y, dx, dw] of one case in `dtype`, with every value passed through `map`. */
function runCase(c: Case, dtype: 'float32' | 'float64', values: number[][], map = (v: number) => v): tf.NDArray[] {
  clearDefaultGraphState();
  const strides = c.strides ?? [1, 1, 1, 1];
  const opts = { dilations: c.dilations ?? [1, 1, 1, 1] };
  const x = tf.placeholder(dtype, c.x), w = tf.placeholder(dtype, c.w);
  const y = tf.conv2d(x, w, strides, c.padding, opts);
  const dy = tf.placeholder(dtype, y.shape as number[]);
  const dx = tf.conv2dBackpropInput(tf.constant(c.x, 'int32'), w, dy, strides, c.padding, opts);
  const dw = tf.conv2dBackpropFilter(x, tf.constant(c.w, 'int32'), dy, strides, c.padding, opts);
  const arr = (shape: number[], v: number[]) => { const a = tf.NDArray.zeros(dtype, shape); a.numeric.set(v.map(map)); return a; };
  const feeds: [tf.Tensor, tf.NDArray][] = [[x, arr(c.x, values[0])], [w, arr(c.w, values[1])], [dy, arr(y.shape as number[], values[2])]];
  return new tf.Session().run([y, dx, dw], feeds) as tf.NDArray[];
}

/** Elements of the convolution's output (its static shape). */
function outputSize(c: Case): number {
  clearDefaultGraphState();
  const y = tf.conv2d(tf.placeholder('float32', c.x), tf.placeholder('float32', c.w), c.strides ?? [1, 1, 1, 1], c.padding, { dilations: c.dilations });
  return size(y.shape as number[]);
}

function checkCase(c: Case, seed: number): void {
  const next = rng(seed);
  const ySize = outputSize(c);
  const values = [size(c.x), size(c.w), ySize].map(n => Array.from({ length: n }, () => next() * 4));
  const want = runCase(c, 'float64', values);
  const bound = runCase(c, 'float64', values, Math.abs);
  const got = runCase(c, 'float32', values);
  const taps = c.w[0] * c.w[1] * c.w[2], M = ySize / c.w[3];
  const reduction = [taps, c.w[3] * c.w[0] * c.w[1], M]; // terms per output element of y, dx, dw
  ['Conv2D', 'Conv2DBackpropInput', 'Conv2DBackpropFilter'].forEach((name, o) => {
    assert.deepEqual(got[o].shape, want[o].shape, `${name} shape`);
    const tol = 2 * (reduction[o] + 2) * 2 ** -24;
    for (let i = 0; i < want[o].size; i++) {
      const g = Number(got[o].numeric[i]), e = Number(want[o].numeric[i]);
      if (!(Math.abs(g - e) <= tol * Number(bound[o].numeric[i]) + 1e-30)) {
        assert.fail(`${name} ${JSON.stringify(c)} element ${i}: float32 ${g}, float64 ${e}`);
      }
    }
  });
}

const cases: Case[] = [
  { x: [2, 9, 9, 1], w: [3, 3, 1, 4], padding: 'SAME' },
  { x: [2, 8, 8, 4], w: [5, 5, 4, 8], padding: 'SAME' },              // Deep MNIST's conv, small
  { x: [3, 11, 10, 5], w: [3, 2, 5, 8], strides: [1, 2, 3, 1], padding: 'VALID' },
  { x: [2, 9, 9, 3], w: [3, 3, 3, 6], dilations: [1, 2, 2, 1], padding: 'SAME' }, // Cout % 4 = 2
  { x: [2, 7, 6, 5], w: [2, 3, 5, 13], strides: [1, 2, 2, 1], padding: 'SAME' }, // odd Cout, odd K
  { x: [2, 5, 5, 3], w: [2, 2, 3, 3], padding: 'SAME' },              // Cout < 4
  { x: [2, 5, 5, 1], w: [1, 1, 1, 8], padding: 'VALID' },             // K = 1
  { x: [30, 30, 30, 1], w: [3, 3, 1, 4], padding: 'SAME' },           // several tiles
  { x: [24, 30, 30, 1], w: [3, 3, 1, 6], padding: 'SAME' },           // several tiles, Cout % 4 = 2
  { x: [2, 150, 150, 2], w: [5, 5, 2, 8], padding: 'SAME' },          // tiles that split an image
  { x: [2, 150, 150, 2], w: [3, 3, 2, 6], strides: [1, 2, 1, 1], dilations: [1, 1, 2, 1], padding: 'VALID' },
];

describe('float32 convolutions against float64', function () {
  this.timeout(20000);
  let wasWasm = true;
  before(() => { wasWasm = wasmKernelsEnabled(); });
  after(() => setWasmKernelsEnabled(wasWasm));
  beforeEach(() => clearDefaultGraphState());

  for (const wasm of [true, false]) {
    it(`Conv2D, Conv2DBackpropInput and Conv2DBackpropFilter agree (${wasm ? 'WebAssembly SIMD when available' : 'plain JS'})`, () => {
      setWasmKernelsEnabled(wasm);
      cases.forEach((c, i) => checkCase(c, 100 + i));
    });
  }

  it('repeated runs reuse their buffers and give the same values', () => {
    setWasmKernelsEnabled(true);
    const c = cases[1];
    const values = [size(c.x), size(c.w), 2 * 8 * 8 * 8].map(n => Array.from({ length: n }, (_, i) => Math.sin(i)));
    const a = runCase(c, 'float32', values), b = runCase(c, 'float32', values);
    for (let o = 0; o < 3; o++) assert.deepEqual(Array.from(b[o].numeric), Array.from(a[o].numeric));
  });
});
