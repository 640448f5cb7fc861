// The element-wise binary loops (kernels/math/codegen.ts), one function per broadcast form: every
// form computes the expression on the right pairs of elements, bit for bit against the expression
// evaluated element by element (float32 results rounded once, NaN and -0 included).
import { strict as assert } from 'assert';
import { binaryLoop } from '../../../src/engine/kernels/math/codegen';
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
