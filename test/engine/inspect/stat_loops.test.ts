// The statistics loops (inspect/stat_loops.ts) keep the bits of one plain loop over the array,
// whatever order of array types and lengths they are called with, and V8 keeps them optimized
// (the loops used to deopt at every call after their first call had been compiled on the stack).
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { arrayStatistics, finiteNorm, gradientStatistics } from '../../../src/engine/inspect/array_stats';
import { differenceNorm } from '../../../src/engine/telemetry/stats';
import { wasmStatsTuning } from '../../../src/engine/inspect/wasm_stats';

type Numbers = ArrayLike<number>;
const finite = (x: number) => x - x === 0;

// References: the formulas as one straightforward loop over the array (two lanes: even and odd
// elements; min and max taken over pairs with `a < b ? a : b` as before, which decides -0 vs 0).
function refFiniteOnly(x: Numbers) {
  let shift = NaN, count = 0, d = 0, q = 0, s = 0, zeros = 0, nan = 0, posInf = 0, negInf = 0, min = Infinity, max = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) { nan++; continue; }
    if (v === Infinity) { posInf++; continue; }
    if (v === -Infinity) { negInf++; continue; }
    if (shift !== shift) shift = v;
    const dv = v - shift;
    count++; d += dv; q += dv * dv; s += v * v;
    if (v === 0) zeros++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (count === 0) return { count: 0, min: NaN, max: NaN, mean: NaN, std: NaN, norm: 0, nan, posInf, negInf, zeros: 0 };
  return refFinish(count, shift, d, q, s, min, max, zeros, nan, posInf, negInf);
}
function refFinish(count: number, shift: number, d: number, q: number, s: number, min: number, max: number, zeros: number, nan: number, posInf: number, negInf: number) {
  const m = d / count;
  return { count, min, max, mean: shift + m, std: Math.sqrt(Math.max(0, q / count - m * m)), norm: Math.sqrt(s), nan, posInf, negInf, zeros };
}
function refStatistics(x: Numbers) {
  const n = x.length;
  if (n === 0) return { count: 0, min: NaN, max: NaN, mean: NaN, std: NaN, norm: 0, nan: 0, posInf: 0, negInf: 0, zeros: 0 };
  const shift = finite(x[0]) ? x[0] : 0;
  const d = [0, 0], q = [0, 0], s = [0, 0], z = [0, 0];
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = x[i], lane = i % 2, dv = v - shift;
    d[lane] += dv; q[lane] += dv * dv; s[lane] += v * v;
    if (v === 0) z[lane]++;
  }
  for (let i = 0; i < n; i += 2) {
    const a = x[i];
    const lo = i + 1 < n ? (a < x[i + 1] ? a : x[i + 1]) : a, hi = i + 1 < n ? (a > x[i + 1] ? a : x[i + 1]) : a;
    if (lo < min) min = lo;
    if (hi > max) max = hi;
  }
  const squares = s[0] + s[1], qs = q[0] + q[1];
  if (!finite(squares) || !finite(qs)) return refFiniteOnly(x);
  return refFinish(n, shift, d[0] + d[1], qs, squares, min, max, z[0] + z[1], 0, 0, 0);
}
function refNorm(x: Numbers): number {
  const s = [0, 0, 0, 0];
  const whole = x.length - (x.length % 4);
  for (let i = 0; i < x.length; i++) s[i < whole ? i % 4 : 0] += x[i] * x[i];
  const squares = s[0] + s[1] + s[2] + s[3];
  return finite(squares) ? Math.sqrt(squares) : refStatistics(x).norm;
}
function refDifference(before: Numbers, after: Numbers): number {
  const s = [0, 0];
  for (let i = 0; i < after.length; i++) { const d = after[i] - before[i]; s[i % 2] += d * d; }
  return Math.sqrt(s[0] + s[1]);
}

function same(actual: unknown, expected: unknown, what: string) {
  for (const [k, v] of Object.entries(expected as Record<string, number>)) {
    const a = (actual as Record<string, number>)[k];
    assert.ok(Object.is(a, v), `${what} ${k}: ${a} vs ${v}`);
  }
}

let seed = 12345;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const kinds = ['f32', 'f64', 'plain', 'i32', 'u8'] as const;
function make(kind: typeof kinds[number], n: number, flavour: number): Numbers {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    let v = (rand() - 0.5) * 4 + (flavour === 1 ? 1000 : 0);
    if (flavour === 2 && rand() < 0.2) v = [0, -0, NaN, Infinity, -Infinity][Math.floor(rand() * 5)];
    if (flavour === 3 && rand() < 0.3) v = rand() < 0.5 ? 0 : -0;
    if (flavour === 4) v = (rand() - 0.5) * 1e200; // squares overflow in float64
    xs.push(v);
  }
  switch (kind) {
    case 'f32': return Float32Array.from(xs);
    case 'f64': return Float64Array.from(xs);
    case 'plain': return xs;
    case 'i32': return Int32Array.from(xs.map((v) => (finite(v) ? Math.round(v) : 0)));
    case 'u8': return Uint8Array.from(xs.map((v) => (finite(v) ? Math.abs(Math.round(v)) : 0)));
  }
}

describe('statistics loops per array type', () => {
  // These are the JS loops' bits: the SIMD pass long float32 arrays take instead (other float64
  // lanes) is tested against a float64 reference in wasm_stats.test.ts.
  before(() => { wasmStatsTuning.enabled = false; });
  after(() => { wasmStatsTuning.enabled = true; });
  it('give the bits of a plain loop for every array type, length and value mix, in mixed order', () => {
    const lengths = [0, 1, 2, 3, 4, 5, 7, 63, 64, 65, 66, 67, 129, 1001, 4096, 50_003];
    const cases: Numbers[] = [];
    for (const n of lengths) for (const kind of kinds) for (let flavour = 0; flavour < 5; flavour++) cases.push(make(kind, n, flavour));
    // Long float64 and plain arrays first (cold loops compiled on the stack), then shuffled.
    cases.sort((a, b) => b.length - a.length);
    const order = cases.map((_, i) => i);
    for (let round = 0; round < 3; round++) {
      for (const i of order) {
        const x = cases[i];
        const what = `${x.constructor.name}[${x.length}] #${i}`;
        same(arrayStatistics(x), refStatistics(x), what);
        same(gradientStatistics(x), (({ mean, min, max, norm, nan, posInf, negInf }) => ({ mean, min, max, norm, nonFinite: nan + posInf + negInf }))(refStatistics(x)), `${what} gradient`);
        assert.ok(Object.is(finiteNorm(x), refNorm(x)), `${what} finiteNorm`);
        const other = cases[(i * 7 + 3) % cases.length];
        if (other.length === x.length) assert.ok(Object.is(differenceNorm(other, x), refDifference(other, x)), `${what} differenceNorm`);
        assert.ok(Object.is(differenceNorm(x, x), refDifference(x, x)), `${what} differenceNorm self`);
      }
      for (let k = order.length - 1; k > 0; k--) { const j = Math.floor(rand() * (k + 1)); [order[k], order[j]] = [order[j], order[k]]; }
    }
  });

  it('are not deoptimized call after call (first call on a long array, then every type in turn)', function () {
    this.timeout(120_000);
    const script = path.join(__dirname, 'stat_loops_calls.ts');
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '--trace-deopt', script], { encoding: 'utf8', maxBuffer: 64 << 20, cwd: path.join(__dirname, '../../..') });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /checksum \d/);
    const ours = /bailout.*<JSFunction (fullLoop|gradientLoop|squareLoop|differenceLoop|arrayStatistics|gradientStatistics|finiteNorm|differenceNorm|finiteOnly)\b/;
    const deopts = r.stdout.split('\n').filter((l) => ours.test(l)).length;
    // 600 calls; the loops as they were deopted about 180 times here (once per gradientStatistics call).
    assert.ok(deopts < 20, `${deopts} deopts of the statistics loops`);
  });
});
