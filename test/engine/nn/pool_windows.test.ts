// MaxPool and MaxPoolGrad against a naive window walk, on shapes that mix full 2x2 windows
// (the unrolled path) with clipped edge windows and larger windows (the general path), several
// channels, and ties (the gradient goes to the first maximum in row-major window order).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

interface Pool { shape: number[]; k: number; s: number; padding: 'SAME' | 'VALID' }

function naive(x: Float32Array, dy: (i: number) => number, p: Pool, outH: number, outW: number, padTop: number, padLeft: number) {
  const [B, H, W, C] = p.shape;
  const y: number[] = [], dx = new Float64Array(x.length);
  for (let b = 0, o = 0; b < B; b++) for (let oy = 0; oy < outH; oy++) for (let ox = 0; ox < outW; ox++) for (let c = 0; c < C; c++, o++) {
    let best = -Infinity, at = -1;
    for (let iy = oy * p.s - padTop; iy < oy * p.s - padTop + p.k; iy++) for (let ix = ox * p.s - padLeft; ix < ox * p.s - padLeft + p.k; ix++) {
      if (iy < 0 || iy >= H || ix < 0 || ix >= W) continue;
      const i = ((b * H + iy) * W + ix) * C + c;
      if (at < 0 || x[i] > best) { best = x[i]; at = i; }
    }
    y.push(best);
    dx[at] += dy(o);
  }
  return { y, dx };
}

describe('max pooling windows', () => {
  beforeEach(() => clearDefaultGraphState());

  const pools: Pool[] = [
    { shape: [2, 5, 5, 3], k: 2, s: 2, padding: 'SAME' },
    { shape: [2, 6, 7, 4], k: 2, s: 2, padding: 'VALID' },
    { shape: [1, 7, 6, 2], k: 3, s: 2, padding: 'SAME' },
    { shape: [1, 5, 5, 2], k: 2, s: 1, padding: 'SAME' },
  ];
  for (const p of pools) {
    it(`${p.k}x${p.k} stride ${p.s} ${p.padding} on [${p.shape}]`, () => {
      const size = p.shape.reduce((a, b) => a * b, 1);
      const xs = tf.NDArray.zeros('float32', p.shape);
      // Few distinct values, so windows hold ties.
      for (let i = 0; i < size; i++) xs.numeric[i] = ((i * 7919) % 5) - 2;
      const x = tf.placeholder('float32', p.shape);
      const y = tf.maxPool(x, [1, p.k, p.k, 1], [1, p.s, p.s, 1], p.padding);
      const [, outH, outW] = y.shape as number[];
      const dyv = (i: number) => 1 + i;
      const dys = tf.NDArray.zeros('float32', y.shape as number[]);
      for (let i = 0; i < dys.size; i++) dys.numeric[i] = dyv(i);
      const dx = tf.makeOp1('MaxPoolGrad', [x, y, tf.constant(dys)], y.op.attrs);
      const padTop = p.padding === 'SAME' ? Math.floor(Math.max((outH - 1) * p.s + p.k - p.shape[1], 0) / 2) : 0;
      const padLeft = p.padding === 'SAME' ? Math.floor(Math.max((outW - 1) * p.s + p.k - p.shape[2], 0) / 2) : 0;
      const want = naive(xs.numeric as Float32Array, dyv, p, outH, outW, padTop, padLeft);
      const [gotY, gotDx] = new tf.Session().run([y, dx], [[x, xs]]) as tf.NDArray[];
      assert.deepEqual(Array.from(gotY.numeric), want.y);
      assert.deepEqual(Array.from(gotDx.numeric), Array.from(want.dx));
    });
  }
});
