// The element-wise loops (kernels/math/codegen.ts): every broadcast form of a binary loop computes
// the expression on the right pairs of elements, bit for bit against the expression evaluated
// element by element (float32 results rounded once, NaN and -0 included); the per-array-type
// copies (float32, float64, the rest) give the shared copy's bits for every array type.
import { strict as assert } from 'assert';
import { binaryLoop, elementwiseTuning, unaryLoop } from '../../../src/engine/kernels/math/codegen';
import { GENERAL, planBroadcast, ROW_A, ROW_B, SAME, SCALAR_A, SCALAR_B } from '../../../src/engine/kernels/math/broadcast';

function values(n: number, seed: number): Float32Array {
  const a = new Float32Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) { s = (s * 1103515245 + 12345) >>> 0; a[i] = (s / 2 ** 32 - 0.5) * 8; }
  if (n > 2) { a[0] = NaN; a[1] = -0; a[2] = Infinity; }
  return a;
}

/** The index of a's (or b's) element feeding output i under NumPy broadcasting. */
function sourceIndex(shape: number[], out: number[], i: number): number {
  let idx = 0, stride = 1;
  for (let d = out.length - 1, rem = i; d >= 0; d--) {
    const c = rem % out[d]; rem = Math.floor(rem / out[d]);
    const sd = d - (out.length - shape.length);
    if (sd >= 0) { if (shape[sd] !== 1) idx += c * stride; stride *= shape[sd]; }
  }
  return idx;
}

describe('codegen binary loops: each broadcast form', () => {
  const cases: [number[], number[]][] = [
    [[32, 128], [32, 128]], // same shape
    [[], [4, 5]], [[4, 5], []], // scalars
    [[6, 7], [7]], [[7], [6, 7]], // rows
    [[3, 1, 5], [1, 4, 5]], [[2, 3, 4], [3, 1]], // general
  ];
  for (const expr of ['x * y', 'y * (1 - x * x)', 'x - y']) {
    it(`${expr}: every form equals the expression element by element`, () => {
      const loop = binaryLoop(expr);
      const f = new Function('x', 'y', `return ${expr};`) as (x: number, y: number) => number;
      const kinds = new Set<number>();
      for (const [sa, sb] of cases) {
        const p = planBroadcast(sa, sb);
        kinds.add(p.kind);
        const a = values(sa.reduce((m, d) => m * d, 1), 1), b = values(sb.reduce((m, d) => m * d, 1), 2);
        const out = new Float32Array(p.size);
        loop(a, b, out, p);
        for (let i = 0; i < p.size; i++) {
          const want = Math.fround(f(a[sourceIndex(sa, p.outShape, i)], b[sourceIndex(sb, p.outShape, i)]));
          if (!Object.is(out[i], want)) assert.fail(`${expr} ${JSON.stringify(sa)}·${JSON.stringify(sb)} [${i}]: ${out[i]} != ${want}`);
        }
      }
      assert.deepEqual([...kinds].sort(), [SAME, SCALAR_A, SCALAR_B, ROW_B, ROW_A, GENERAL].sort());
    });
  }
});

describe('codegen loops: per-array-type copies', () => {
  after(() => { elementwiseTuning.byType = true; });
  const types = [Float32Array, Float64Array, Int32Array, Uint8Array] as const;

  it('unary and binary loops give the same values through the typed copies and the shared one', () => {
    const tanh = unaryLoop('Math.tanh(x)'), mul = binaryLoop('x * y'), grad = binaryLoop('y * (1 - x * x)');
    const p = planBroadcast([4, 33], [4, 33]);
    for (const byType of [true, false, true]) {
      elementwiseTuning.byType = byType;
      for (const T of types) {
        const a = new T(values(132, 5).map(v => (T === Uint8Array ? Math.abs(v) * 30 : v))), b = new T(values(132, 6).map(v => (T === Uint8Array ? Math.abs(v) * 30 : v)));
        const u = new T(132), m = new T(132), g = new T(132);
        tanh(a, u, 132);
        mul(a, b, m, p);
        grad(a, b, g, p);
        const want = (f: (i: number) => number) => Array.from(new T(Array.from({ length: 132 }, (_, i) => f(i))));
        assert.deepEqual(Array.from(u), want(i => Math.tanh(a[i])), `tanh ${T.name} byType=${byType}`);
        assert.deepEqual(Array.from(m), want(i => a[i] * b[i]), `mul ${T.name} byType=${byType}`);
        assert.deepEqual(Array.from(g), want(i => b[i] * (1 - a[i] * a[i])), `tanh grad ${T.name} byType=${byType}`);
      }
    }
  });
});
