// The small dtypes (int8, int16, uint16, float16): half-precision rounding against a brute-force
// nearest-half search written here, float16 op results rounded per op, and the byte encodings
// real TF reads (checkpoint tensor bytes, GraphDef TensorProto) round-tripping.
import { strict as assert } from 'assert';
import * as tf from '../../src/engine';
import { roundToHalf, halfBits, halfFromBits } from '../../src/engine/dtypes';
import { clearDefaultGraphState } from '../../src/engine/graph/default_graph';
import { encodeTensor, decodeTensor } from '../../src/engine/formats/checkpoint/tensor_bytes';
import { tensorFromProto, tensorToProto } from '../../src/engine/formats/graph/tensor_proto';

/** Every finite half value, decoded from its bit pattern the textbook way. */
function allHalves(): number[] {
  const out: number[] = [];
  for (let b = 0; b < 0x7c00; b++) {
    const e = b >> 10, m = b & 0x3ff;
    out.push(e === 0 ? m / 1024 * 2 ** -14 : (1 + m / 1024) * 2 ** (e - 15));
  }
  return out;
}

describe('small dtypes', () => {
  beforeEach(() => clearDefaultGraphState());

  it('roundToHalf is the nearest half value (ties to the even mantissa), overflow to infinity', () => {
    const halves = allHalves();
    let seed = 99;
    const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    for (let n = 0; n < 2000; n++) {
      const x = Math.exp(rand() * 30 - 20);
      let lo = 0, hi = halves.length - 1;
      while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (halves[mid] <= x) lo = mid; else hi = mid; }
      const dl = x - halves[lo], dh = halves[hi] - x;
      const want = x > 65504 ? (x >= 65520 ? Infinity : 65504) : dl < dh ? halves[lo] : dh < dl ? halves[hi] : (lo % 2 === 0 ? halves[lo] : halves[hi]);
      assert.equal(roundToHalf(x), want, `x = ${x}`);
      assert.equal(roundToHalf(-x), -want);
    }
    assert.equal(roundToHalf(65519), 65504);
    assert.equal(roundToHalf(65520), Infinity);
    assert.equal(roundToHalf(2049), 2048, 'tie goes to the even mantissa');
    assert.equal(roundToHalf(2051), 2052);
  });

  it('half bit patterns round-trip', () => {
    for (const v of [0, -0, 1, -2.5, 65504, 2 ** -24, 3 * 2 ** -20, Infinity, -Infinity]) assert.ok(Object.is(halfFromBits(halfBits(v)), v), String(v));
    assert.equal(halfBits(1), 0x3c00);
    assert.equal(halfBits(-2), 0xc000);
    assert.ok(Number.isNaN(halfFromBits(halfBits(NaN))));
  });

  it('float16 results are rounded after each op, as TF computes half arithmetic', () => {
    const a = tf.constant(tf.NDArray.from([1, 2048], 'float16'));
    const b = tf.constant(tf.NDArray.from([0.0004, 1], 'float16'));
    const sum = new tf.Session().run(tf.add(a, b)) as tf.NDArray;
    assert.equal(sum.dtype, 'float16');
    // 1 + 0.0004 (stored 0.00039982...) is below half an ulp of 1 (2^-11): 1. 2048 + 1 ties to 2048.
    assert.deepEqual(Array.from(sum.numeric), [1, 2048]);
    const mean = new tf.Session().run(tf.reduceMean(tf.constant(tf.NDArray.from([0.1, 0.2, 0.3], 'float16')))) as tf.NDArray;
    assert.equal(mean.numeric[0], roundToHalf(mean.numeric[0]));
  });

  it('small integer ops wrap like the C++ kernels', () => {
    const x = tf.constant(tf.NDArray.from([100, -100], 'int8'));
    const y = new tf.Session().run(tf.multiply(x, tf.constant(tf.NDArray.from([2, 2], 'int8')))) as tf.NDArray;
    assert.deepEqual(Array.from(y.numeric), [-56, 56]);
  });

  it('checkpoint bytes and GraphDef constants of the small dtypes round-trip', () => {
    for (const dtype of ['int8', 'int16', 'uint16', 'float16'] as const) {
      const arr = tf.NDArray.from([[1, -2, 3], [4, 5, -6]].map(r => r.map(v => (dtype === 'uint16' ? Math.abs(v) * 1000 : v))), dtype);
      const enc = encodeTensor(arr);
      const back = decodeTensor(dtype, [2, 3], enc.bytes, enc.maskedCrc, 't');
      assert.deepEqual(back.toNested(), arr.toNested(), dtype);
      assert.equal(enc.bytes.length, 6 * (dtype === 'int8' ? 1 : 2), `${dtype} bytes per element`);
      assert.deepEqual(tensorFromProto(tensorToProto(arr), 'c').toNested(), arr.toNested());
      const one = tf.NDArray.from([dtype === 'float16' ? 0.333 : 7], dtype);
      assert.deepEqual(tensorFromProto(tensorToProto(one), 'c').toNested(), one.toNested());
    }
    assert.deepEqual(tensorToProto(tf.NDArray.from([1.5], 'float16')).half_val, [0x3e00]);
  });
});
