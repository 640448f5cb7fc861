// The per-step statistics' SIMD pass (inspect/wasm_stats.ts, kernels/wasm/stats.wat): float64
// sums in eight lanes, so means and norms are compared with a float64 reference within a
// tolerance (the order of additions differs from the JS lanes'), while min, max, NaN and infinity
// counts, -0 and all-zero arrays must be exact. Training with it must keep every bit of the
// variables and losses, and record the statistics the JS loops record, up to the last bits.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { arrayStatistics, finiteNorm, gradientStatistics, type GradientStatistics } from '../../../src/engine/inspect/array_stats';
import { differenceNorm } from '../../../src/engine/telemetry/stats';
import { wasmDifferenceSquares, wasmMoments, wasmStatsTuning } from '../../../src/engine/inspect/wasm_stats';
import { Inspection } from '../../../src/engine/inspect/inspection';
import { setTelemetryEnabled } from '../../../src/engine/telemetry/observer';

let seed = 7;
const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;

/** Straight float64 sums over the array, in order. */
function reference(x: Float32Array) {
  let sum = 0, abs = 0, squares = 0, min = Infinity, max = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    sum += v; abs += Math.abs(v); squares += v * v;
    min = Math.min(min, v); max = Math.max(max, v);
  }
  return { mean: sum / x.length, meanScale: abs / x.length, norm: Math.sqrt(squares), min, max };
}

function checkFinite(x: Float32Array, what: string): void {
  const g = gradientStatistics(x), r = reference(x);
  assert.ok(Math.abs(g.mean - r.mean) <= 1e-12 * r.meanScale, `mean of ${what}: ${g.mean} vs ${r.mean}`);
  assert.ok(Math.abs(g.norm - r.norm) <= 1e-12 * r.norm, `norm of ${what}: ${g.norm} vs ${r.norm}`);
  assert.ok(Object.is(g.min, r.min), `min of ${what}: ${g.min} vs ${r.min}`);
  assert.ok(Object.is(g.max, r.max), `max of ${what}: ${g.max} vs ${r.max}`);
  assert.equal(g.nonFinite, 0, what);
}

function jsStatistics(x: Float32Array): GradientStatistics {
  wasmStatsTuning.enabled = false;
  try { return gradientStatistics(x); } finally { wasmStatsTuning.enabled = true; }
}

describe('statistics in WebAssembly SIMD', () => {
  const saved = { ...wasmStatsTuning };
  afterEach(() => Object.assign(wasmStatsTuning, saved));

  it('runs for long float32 arrays (so the cases below test it)', () => {
    assert.notEqual(wasmMoments(new Float32Array(wasmStatsTuning.minLength)), null);
    assert.equal(wasmMoments(new Float32Array(wasmStatsTuning.minLength - 1)), null);
    wasmStatsTuning.enabled = false;
    assert.equal(wasmMoments(new Float32Array(1 << 16)), null);
  });

  it('gives mean and norm within 1e-12 of a float64 reference, min and max exactly, for every length and chunk edge', () => {
    wasmStatsTuning.minLength = 8;
    const lengths = [8, 9, 15, 16, 17, 100, 2047, 2048, 2055, 8191, 8192, 8193, 8199, 16391, 50_003, 200_704];
    for (const n of lengths) {
      checkFinite(Float32Array.from({ length: n }, rand), `n=${n}`);
      checkFinite(Float32Array.from({ length: n }, () => 1e6 + rand() * 1e-3), `offset n=${n}`);
      checkFinite(Float32Array.from({ length: n }, () => rand() * 3.4e38), `huge n=${n}`);
      checkFinite(Float32Array.from({ length: n }, () => rand() * 1e-40), `subnormal n=${n}`);
      // A view with an offset into a larger buffer.
      const big = Float32Array.from({ length: n + 5 }, rand);
      checkFinite(big.subarray(3, 3 + n), `view n=${n}`);
    }
  });

  it('is exact for zeros: all +0, all -0, mixed signs (Math.min/Math.max order)', () => {
    for (const n of [2048, 8200]) {
      const zeros = new Float32Array(n);
      const g = gradientStatistics(zeros);
      assert.deepEqual([g.mean, g.min, g.max, g.norm, g.nonFinite], [0, 0, 0, 0, 0]);
      assert.ok(Object.is(g.min, 0) && Object.is(g.max, 0));
      const neg = new Float32Array(n).fill(-0);
      const h = gradientStatistics(neg);
      assert.ok(Object.is(h.min, -0) && Object.is(h.max, -0), 'all -0');
      assert.equal(h.mean, 0); assert.equal(h.norm, 0);
      for (const at of [0, 5, n - 1]) {
        const mixed = new Float32Array(n); mixed[at] = -0;
        const m = gradientStatistics(mixed);
        assert.ok(Object.is(m.min, -0) && Object.is(m.max, 0), `-0 at ${at}`);
      }
    }
  });

  it('counts NaN and ±Infinity exactly and leaves them out of the other numbers, as the JS statistics do', () => {
    wasmStatsTuning.minLength = 8;
    for (const n of [8, 13, 2048, 8192, 8203, 20_000]) {
      for (const bad of [NaN, Infinity, -Infinity]) {
        for (const at of [0, 1, 7, 8, 8191, 8192, n - 1]) {
          if (at >= n) continue;
          const x = Float32Array.from({ length: n }, rand);
          x[at] = bad;
          if (at + 3 < n) x[at + 3] = bad;
          if (at + 9 < n) x[at + 9] = -bad; // NaN stays NaN; +∞ and -∞ both
          const expectBad = 1 + (at + 3 < n ? 1 : 0) + (at + 9 < n ? 1 : 0);
          const g = gradientStatistics(x), s = arrayStatistics(x), js = jsStatistics(x);
          const what = `${bad} at ${at} of ${n}`;
          assert.equal(g.nonFinite, expectBad, what);
          assert.equal(g.nonFinite, s.nan + s.posInf + s.negInf, what);
          assert.equal(g.nonFinite, js.nonFinite, what);
          const r = reference(x.filter((v) => Number.isFinite(v)));
          assert.ok(Math.abs(g.mean - r.mean) <= 1e-12 * r.meanScale, `mean, ${what}: ${g.mean} vs ${r.mean}`);
          assert.ok(Math.abs(g.norm - r.norm) <= 1e-12 * r.norm, `norm, ${what}`);
          assert.ok(Object.is(g.min, s.min) && Object.is(g.max, s.max), `min/max, ${what}`);
        }
      }
    }
    for (const bad of [NaN, Infinity, -Infinity]) {
      const all = new Float32Array(4099).fill(bad);
      const g = gradientStatistics(all), s = arrayStatistics(all);
      assert.equal(g.nonFinite, 4099);
      assert.ok(Number.isNaN(g.mean) && Number.isNaN(g.min) && Number.isNaN(g.max), `all ${bad}`);
      assert.equal(g.norm, 0);
      assert.deepEqual([g.mean, g.min, g.max, g.norm], [s.mean, s.min, s.max, s.norm]);
    }
    // The gradient view's weight norm of a diverging model: the finite elements' norm.
    for (const n of [2048, 9001]) {
      const w = Float32Array.from({ length: n }, rand);
      w[3] = NaN; w[n - 1] = Infinity;
      const r = reference(w.filter((v) => Number.isFinite(v)));
      assert.ok(Math.abs(finiteNorm(w) - r.norm) <= 1e-12 * r.norm, `finiteNorm n=${n}`);
      assert.equal(finiteNorm(new Float32Array(n).fill(NaN)), 0);
    }
    // Finite values at float32's edges are counted as finite.
    const edges = new Float32Array(4096).fill(3.4028234663852886e38);
    edges[5] = -3.4028234663852886e38; edges[6] = 1e-45; edges[7] = NaN;
    const e = gradientStatistics(edges);
    assert.equal(e.nonFinite, 1);
    assert.equal(e.min, -3.4028234663852886e38); assert.equal(e.max, 3.4028234663852886e38);
    assert.ok(Number.isFinite(e.norm) && Number.isFinite(e.mean));
  });

  it('differenceNorm: within 1e-12 of a float64 reference; NaN and infinities as the JS loop', () => {
    wasmStatsTuning.minLength = 8;
    for (const n of [8, 13, 2048, 8193, 50_001]) {
      const a = Float32Array.from({ length: n }, rand), b = Float32Array.from(a, (v) => v + rand() * 1e-3);
      let s = 0;
      for (let i = 0; i < n; i++) { const d = b[i] - a[i]; s += d * d; }
      const ours = differenceNorm(a, b);
      assert.ok(Math.abs(ours - Math.sqrt(s)) <= 1e-12 * Math.sqrt(s), `n=${n}: ${ours} vs ${Math.sqrt(s)}`);
      assert.notEqual(wasmDifferenceSquares(a, b), null);
      assert.equal(differenceNorm(a, a), 0);
      for (const [bad, expect] of [[NaN, NaN], [Infinity, Infinity], [-Infinity, Infinity]] as const) {
        for (const at of [0, n - 1, n >> 1]) {
          const c = b.slice(); c[at] = bad;
          assert.ok(Object.is(differenceNorm(a, c), expect), `${bad} at ${at} of ${n}`);
          const d = a.slice(); d[at] = bad;
          // ∞ - ∞ is NaN, as in the JS loop.
          const both = c.slice(); both[at] = bad;
          assert.ok(Object.is(differenceNorm(d, both), NaN), `${bad} in both at ${at}`);
        }
      }
    }
  });
});

describe('training with the SIMD statistics', () => {
  beforeEach(() => clearDefaultGraphState());
  afterEach(() => { wasmStatsTuning.enabled = true; setTelemetryEnabled(true); });

  /** 64-64-10 MLP (4,096-float weights: the SIMD path), Adam, 6 steps; losses, variables and telemetry. */
  function train(opts: { wasm: boolean; telemetry: boolean; inspect: boolean }) {
    clearDefaultGraphState();
    wasmStatsTuning.enabled = opts.wasm;
    setTelemetryEnabled(opts.telemetry);
    const inspection = opts.inspect ? new Inspection().attach() : null;
    try {
      tf.setRandomSeed(3);
      const x = tf.placeholder('float32', [null, 64]), y = tf.placeholder('float32', [null, 10]);
      const w1 = new tf.Variable(tf.truncatedNormal([64, 64], { stddev: 0.1 }));
      const w2 = new tf.Variable(tf.truncatedNormal([64, 10], { stddev: 0.1 }));
      const h = tf.relu(tf.matmul(x, w1.value()));
      const loss = tf.reduceMean(tf.softmaxCrossEntropyWithLogits({ labels: y, logits: tf.matmul(h, w2.value()) }));
      const trainOp = new tf.train.AdamOptimizer({ learningRate: 1e-2 }).minimize(loss);
      const sess = new tf.Session();
      sess.run(tf.globalVariablesInitializer());
      let s = 11;
      const r = () => ((s = (s * 16807) % 2147483647) / 2147483647);
      const xs = tf.NDArray.zeros('float32', [32, 64]), ys = tf.NDArray.zeros('float32', [32, 10]);
      for (let i = 0; i < xs.size; i++) xs.numeric[i] = r() - 0.5;
      for (let i = 0; i < 32; i++) ys.numeric[i * 10 + Math.floor(r() * 10)] = 1;
      const losses: number[] = [];
      for (let k = 0; k < 6; k++) {
        const out = sess.run([trainOp, loss] as never, [[x, xs], [y, ys]] as never) as unknown as [unknown, tf.NDArray];
        losses.push(out[1].numeric[0]);
      }
      const vars = (sess.run([w1.value(), w2.value()] as never) as unknown as tf.NDArray[]).map((v) => Buffer.from(Float32Array.from(v.numeric as Float32Array).buffer));
      return { losses: Buffer.from(Float64Array.from(losses).buffer), vars, telemetry: tf.getTelemetry(sess) };
    } finally {
      inspection?.detach();
    }
  }

  it('keeps the losses and variables bit for bit, and records the JS loops\' statistics up to the last bits', () => {
    const simd = train({ wasm: true, telemetry: true, inspect: true });
    const js = train({ wasm: false, telemetry: true, inspect: true });
    const none = train({ wasm: true, telemetry: false, inspect: false });
    for (const other of [js, none]) {
      assert.ok(simd.losses.equals(other.losses), 'losses');
      simd.vars.forEach((v, i) => assert.ok(v.equals(other.vars[i]), `variable ${i}`));
    }
    assert.equal(simd.telemetry.totalSteps, 6);
    simd.telemetry.steps.forEach((step, k) => step.variables.forEach((v, i) => {
      const w = js.telemetry.steps[k].variables[i];
      for (const key of ['gradNorm', 'gradMean', 'updateNorm'] as const) {
        const a = v[key]!, b = w[key]!;
        assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(b), v.gradNorm), `step ${k} variable ${i} ${key}: ${a} vs ${b}`);
      }
      assert.ok(Object.is(v.gradMin, w.gradMin) && Object.is(v.gradMax, w.gradMax), `step ${k} variable ${i} min/max`);
      assert.equal(v.gradNonFinite, 0);
    }));
  });
});
