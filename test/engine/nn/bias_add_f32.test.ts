// BiasAdd and BiasAddGrad's float32 channels-last loops (biasAddTuning.float32Columns in
// ops/nn/bias_add.ts) against the general loops, bit for bit: shapes whose channel count is and
// is not a multiple of 4, one row, rank 3, values from 2^-30 to 2^30 with ±0, subnormals, ±Inf
// and NaN; also the column sums against a sum written out here (float32 partial sums in row
// order), and the float64 path left alone.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { BiasAdd, BiasAddGrad, biasAddTuning } from '../../../src/engine/ops/nn/bias_add';

function values(n: number, seed: number, specials: boolean): Float32Array {
  const a = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = ((s / 2 ** 32) - 0.5) * 2 ** ((s >>> 3) % 61 - 30);
  }
  if (specials && n > 8) { a[0] = -0; a[1] = 1e-45; a[2] = -1e-40; a[3] = Infinity; a[5] = NaN; a[n - 1] = -Infinity; }
  return a;
}

const bits = (a: Float32Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));

function run(shape: number[], x: Float32Array, b: Float32Array, fast: boolean): [Float32Array, Float32Array] {
  clearDefaultGraphState();
  const xp = tf.placeholder('float32', shape), bp = tf.placeholder('float32', [shape[shape.length - 1]]);
  const y = BiasAdd.make1([xp, bp], {});
  const g = BiasAddGrad.make1([xp], {});
  const saved = biasAddTuning.float32Columns;
  biasAddTuning.float32Columns = fast;
  try {
    const sess = new tf.Session();
    const [yv, gv] = sess.run([y, g], [[xp, new tf.NDArray('float32', shape, x)], [bp, new tf.NDArray('float32', [b.length], b)]]) as tf.NDArray[];
    return [yv.numeric as Float32Array, gv.numeric as Float32Array];
  } finally {
    biasAddTuning.float32Columns = saved;
  }
}

describe('BiasAdd and BiasAddGrad float32 loops', () => {
  const shapes = [[32, 512], [7, 13], [1, 6], [5, 3], [4, 6, 10], [300, 8]];
  for (const shape of shapes) {
    it(`[${shape}]: the same bits as the general loops`, () => {
      const n = shape.reduce((p, d) => p * d, 1), c = shape[shape.length - 1];
      for (const specials of [false, true]) {
        const x = values(n, n + c, specials), b = values(c, 7, false);
        const [ySlow, gSlow] = run(shape, x, b, false);
        const [yFast, gFast] = run(shape, x, b, true);
        assert.deepEqual(bits(yFast), bits(ySlow));
        assert.deepEqual(bits(gFast), bits(gSlow));
        if (!specials) {
          // float32 partial sums, rows in order
          const want = new Float32Array(c);
          for (let i = 0; i < n; i++) want[i % c] = Math.fround(want[i % c] + x[i]);
          assert.deepEqual(bits(gFast), bits(want));
        }
      }
    });
  }
  it('float64 keeps double sums', () => {
    clearDefaultGraphState();
    const xp = tf.placeholder('float64', [3, 2]);
    const g = BiasAddGrad.make1([xp], {});
    const sess = new tf.Session();
    const r = sess.run(g, [[xp, new tf.NDArray('float64', [3, 2], Float64Array.from([0.1, 1, 0.2, 2, 0.3, 3]))]]) as tf.NDArray;
    assert.deepEqual(Array.from(r.numeric), [0.1 + 0.2 + 0.3, 6]);
  });
});
