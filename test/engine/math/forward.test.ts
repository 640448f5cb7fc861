// Forward values of every math kernel against numpy (fixtures/forward.json, generated once by
// gen/gen_forward.py), run through a Session so the broadcast plans and buffers are exercised.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import type { DType } from '../../../src/engine';
import cases from './fixtures/forward.json';

interface FixtureArray { dtype: string; shape: number[]; data: (number | boolean)[] }
interface Case { op: string; inputs: FixtureArray[]; attrs: Record<string, unknown>; expected: FixtureArray }

const toNDArray = (a: FixtureArray) => {
  const dtype = a.dtype as DType;
  const out = tf.NDArray.zeros(dtype, a.shape);
  a.data.forEach((v, i) => { out.numeric[i] = Number(v); });
  return out;
};

describe('math forward values (numpy fixtures)', () => {
  beforeEach(() => clearDefaultGraphState());
  (cases as Case[]).forEach((c, n) => {
    const label = `${c.op} ${c.inputs.map(i => `${i.dtype}[${i.shape}]`).join(' ')} ${JSON.stringify(c.attrs)} #${n}`;
    it(label, () => {
      const inputs = c.inputs.map(i => tf.constant(toNDArray(i)));
      const y = tf.makeOp1(c.op, inputs, c.attrs);
      const got = new tf.Session().run(y) as tf.NDArray;
      const want = toNDArray(c.expected);
      assert.deepEqual(got.shape, want.shape, 'shape');
      // Static shape agrees with the runtime one.
      assert.deepEqual(y.shape, want.shape, 'static shape');
      if (c.expected.dtype !== 'float64') assert.equal(got.dtype, c.expected.dtype);
      for (let i = 0; i < want.size; i++) {
        const g = Number(got.numeric[i]), w = Number(want.numeric[i]);
        if (Number.isNaN(w)) { assert.ok(Number.isNaN(g), `element ${i}`); continue; }
        assert.ok(Math.abs(g - w) <= 1e-6 + 2e-6 * Math.abs(w), `element ${i}: ${g} vs ${w}`);
      }
    });
  });

  it('reuses output buffers across runs and follows changing feed shapes', () => {
    const x = tf.placeholder('float32', [null, 3]);
    const y = tf.operators.add(x, tf.constant([1, 2, 3]));
    const s = new tf.Session();
    const a = s.run(y, [[x, [[0, 0, 0]]]]) as tf.NDArray;
    const b = s.run(y, [[x, [[1, 1, 1], [2, 2, 2]]]]) as tf.NDArray;
    assert.deepEqual(a.toNested(), [[1, 2, 3]]);
    assert.deepEqual(b.toNested(), [[2, 3, 4], [3, 4, 5]]);
  });
  it('float32 results are rounded to float32', () => {
    const y = tf.add(tf.constant([0.1]), tf.constant([0.2]));
    assert.equal((new tf.Session().run(y) as tf.NDArray).numeric[0], Math.fround(Math.fround(0.1) + Math.fround(0.2)));
  });
});
