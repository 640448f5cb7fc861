// Sigmoid and Tanh's float32 forms (kernels/math/float32_calls.ts) against the expressions they
// replace, bit for bit: `1 / (1 + Math.exp(-x))` and `Math.tanh(x)` stored into a Float32Array.
// Every 1021st float32 bit pattern (~4.2 M, all exponents and signs), dense runs of patterns
// around each branch boundary of the fast paths, and the special values; then the Sigmoid and
// Tanh kernels' float32 loops with the forms on and off. (bench/f32_calls_check.ts is the
// exhaustive version over all 2^32 patterns.)
import { strict as assert } from 'assert';
import { sigmoidF32, tanhF32 } from '../../../src/engine/kernels/math/float32_calls';
import { elementwiseTuning, unaryLoop } from '../../../src/engine/kernels/math/codegen';

type Loop = (a: Float32Array, o: Float32Array, n: number) => void;
const refSigmoid: Loop = (a, o, n) => { for (let i = 0; i < n; i++) { const x = a[i]; o[i] = 1 / (1 + Math.exp(-x)); } };
const refTanh: Loop = (a, o, n) => { for (let i = 0; i < n; i++) { const x = a[i]; o[i] = Math.tanh(x); } };
const newSigmoid: Loop = (a, o, n) => { for (let i = 0; i < n; i++) { const x = a[i]; o[i] = sigmoidF32(x); } };
const newTanh: Loop = (a, o, n) => { for (let i = 0; i < n; i++) { const x = a[i]; o[i] = tanhF32(x); } };

/** Runs both loops over the patterns and returns the first few differing patterns. */
function differences(bits: Uint32Array, ref: Loop, fast: Loop): string[] {
  const xs = new Float32Array(bits.buffer, bits.byteOffset, bits.length);
  const r = new Float32Array(bits.length), f = new Float32Array(bits.length);
  ref(xs, r, bits.length);
  fast(xs, f, bits.length);
  const rb = new Uint32Array(r.buffer), fb = new Uint32Array(f.buffer);
  const out: string[] = [];
  for (let i = 0; i < bits.length && out.length < 5; i++) {
    if (rb[i] !== fb[i]) out.push(`x=${xs[i]} (0x${bits[i].toString(16)}): ${r[i]} expected, ${f[i]} got`);
  }
  return out;
}

function stride(step: number): Uint32Array {
  const n = Math.floor(2 ** 32 / step);
  const bits = new Uint32Array(n);
  for (let i = 0; i < n; i++) bits[i] = (i * step) >>> 0;
  return bits;
}

/** 2^15 patterns on each side of each value's pattern, for the value and its negation. */
function around(values: number[]): Uint32Array {
  const one = new Float32Array(1), oneBits = new Uint32Array(one.buffer);
  const w = 1 << 15, list: number[] = [];
  for (const v of values) {
    for (const s of [v, -v]) {
      one[0] = s;
      const c = oneBits[0];
      for (let d = -w; d < w; d++) list.push((c + d) >>> 0);
    }
  }
  return Uint32Array.from(list);
}

const SPECIAL = Float32Array.from([NaN, -NaN, Infinity, -Infinity, 0, -0, 1e-45, -1e-45, 1.1754942e-38, 3.4028235e38, -3.4028235e38, 0.5, -0.5, 1, -1]);
const SPECIAL_BITS = new Uint32Array(SPECIAL.buffer);
/** Branch boundaries of the fast paths (both signs are taken). */
const EDGES = [0, 2 ** -20, 0.0625, 9.5, 80, 17.3, 88.7, 103.9, 1, 0.5];

describe('float32 Sigmoid and Tanh without the C call (float32_calls.ts)', () => {
  it('sigmoidF32 equals the float32-stored 1/(1+exp(-x)) on every 1021st pattern', () => {
    assert.deepEqual(differences(stride(1021), refSigmoid, newSigmoid), []);
  });
  it('tanhF32 equals the float32-stored Math.tanh(x) on every 1021st pattern', () => {
    assert.deepEqual(differences(stride(1021), refTanh, newTanh), []);
  });
  it('both equal the reference on dense runs around every branch boundary and on special values', () => {
    const bits = around(EDGES);
    assert.deepEqual(differences(bits, refSigmoid, newSigmoid), []);
    assert.deepEqual(differences(bits, refTanh, newTanh), []);
    assert.deepEqual(differences(SPECIAL_BITS.slice(), refSigmoid, newSigmoid), []);
    assert.deepEqual(differences(SPECIAL_BITS.slice(), refTanh, newTanh), []);
    assert.ok(Object.is(tanhF32(-0), -0) && Object.is(tanhF32(0), 0));
    assert.ok(Number.isNaN(sigmoidF32(NaN)) && Number.isNaN(tanhF32(NaN)));
  });
  it('the Sigmoid and Tanh kernel loops give the same bits with the float32 forms on and off', () => {
    const bits = stride(40961);
    const xs = new Float32Array(bits.buffer);
    const saved = elementwiseTuning.float32Calls;
    try {
      for (const expr of ['sigmoid(x)', 'Math.tanh(x)']) {
        const loop = unaryLoop(expr);
        const on = new Float32Array(xs.length), off = new Float32Array(xs.length);
        elementwiseTuning.float32Calls = true;
        loop(xs, on, xs.length);
        elementwiseTuning.float32Calls = false;
        loop(xs, off, xs.length);
        assert.deepEqual(new Uint32Array(on.buffer), new Uint32Array(off.buffer), expr);
        // and the float64 copy is untouched: the double, not a float32
        const d = Float64Array.from([0.3, -2.5, 7]), o = new Float64Array(3);
        elementwiseTuning.float32Calls = true;
        loop(d, o, 3);
        const exact = expr === 'sigmoid(x)' ? (v: number) => 1 / (1 + Math.exp(-v)) : Math.tanh;
        assert.deepEqual(Array.from(o), Array.from(d, exact), `${expr} float64`);
      }
    } finally {
      elementwiseTuning.float32Calls = saved;
    }
  });
});
