// Erf and Erfc against python3's math.erf / math.erfc (fixtures/erf.json, from gen/gen_erf.py),
// in float64 (to 1e-12 relative) and float32 (to float32's rounding), and their gradients across
// both regimes of the kernel (series below |x| = 2, continued fraction above).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient } from '../gradcheck';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures/erf.json'), 'utf8')) as { x: number[]; erf: number[]; erfc: number[] };
const run = (type: string, x: number[], dtype: 'float32' | 'float64') =>
  (new tf.Session().run(tf.makeOp1(type, [tf.constant(tf.NDArray.from(x, dtype))], {})) as tf.NDArray).toArray() as number[];

/** |got - want| within rel * |want| (plus a tiny absolute slack for values near 0). */
function close(got: number[], want: number[], rel: number, abs: number, what: string): void {
  got.forEach((g, i) => assert.ok(Math.abs(g - want[i]) <= rel * Math.abs(want[i]) + abs, `${what} at x=${fixture.x[i]}: ${g} vs ${want[i]}`));
}

describe('Erf and Erfc', () => {
  beforeEach(() => clearDefaultGraphState());

  it('float64 values match math.erf and math.erfc (relative 1e-12, tails included)', () => {
    close(run('Erf', fixture.x, 'float64'), fixture.erf, 1e-12, 1e-300, 'erf');
    close(run('Erfc', fixture.x, 'float64'), fixture.erfc, 1e-11, 1e-300, 'erfc');
  });

  it('float32 values are python3\'s rounded to float32 (within one float32 step)', () => {
    // The fixture points that are not float32 numbers move slightly; compare where they are exact.
    const exact = fixture.x.map((v, i) => (Math.fround(v) === v ? i : -1)).filter(i => i >= 0);
    const erf32 = run('Erf', exact.map(i => fixture.x[i]), 'float32');
    const erfc32 = run('Erfc', exact.map(i => fixture.x[i]), 'float32');
    exact.forEach((i, k) => {
      assert.ok(Math.abs(erf32[k] - fixture.erf[i]) <= 6e-8 * Math.abs(fixture.erf[i]) + 1e-45, `erf(${fixture.x[i]}): ${erf32[k]} vs ${fixture.erf[i]}`);
      assert.ok(Math.abs(erfc32[k] - fixture.erfc[i]) <= 6e-8 * Math.abs(fixture.erfc[i]) + 1e-45, `erfc(${fixture.x[i]}): ${erfc32[k]} vs ${fixture.erfc[i]}`);
    });
  });

  it('NaN gives NaN and the infinities give the limits', () => {
    assert.deepEqual(run('Erf', [NaN, Infinity, -Infinity], 'float64').map(String), ['NaN', '1', '-1']);
    assert.deepEqual(run('Erfc', [NaN, Infinity, -Infinity], 'float64').map(String), ['NaN', '0', '2']);
  });

  for (const type of ['Erf', 'Erfc']) {
    it(`${type} gradient, points on both sides of |x| = 2`, () =>
      checkGradient(x => tf.makeOp1(type, [x], {}), [tf.NDArray.from([-2.6, -1.9, -0.3, 0, 0.7, 1.95, 2.05, 3.1], 'float64')]));
  }
});
