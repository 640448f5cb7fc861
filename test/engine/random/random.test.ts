// Random ops and initializers: TF's seeding contract, value ranges, op structure.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

const run = (t: tf.Tensor, s = new tf.Session()) => (s.run(t) as tf.NDArray).toArray();

describe('random family', () => {
  beforeEach(() => clearDefaultGraphState());

  it('builds random_normal as RandomStandardNormal * stddev + mean under its scope', () => {
    const r = tf.randomNormal([2, 3], { mean: 1, stddev: 2, seed: 1 });
    assert.equal(r.name, 'random_normal:0');
    assert.equal(r.op.type, 'Add');
    const names = tf.getDefaultGraph().getOperations().map(o => o.name);
    assert.ok(names.includes('random_normal/RandomStandardNormal'));
    assert.ok(names.includes('random_normal/mul'));
    assert.deepEqual(r.shape, [2, 3]);
  });

  it('an op seed replays the same values in a new session, and draws anew on each run', () => {
    const r = tf.randomUniform([5], { seed: 7 });
    const s1 = new tf.Session();
    const first = run(r, s1), second = run(r, s1);
    assert.notDeepEqual(first, second);
    assert.deepEqual(run(r, new tf.Session()), first);
  });

  it('truncated_normal stays within two standard deviations; uniform within [min, max)', () => {
    const t = run(tf.truncatedNormal([2000], { stddev: 0.5, seed: 3 }));
    assert.ok(t.every(v => Math.abs(v) <= 1.0), 'all |x| <= 2 sigma');
    const mean = t.reduce((a, b) => a + b, 0) / t.length;
    assert.ok(Math.abs(mean) < 0.05, `mean ${mean}`);
    const u = run(tf.randomUniform([2000], { minval: -3, maxval: 5, seed: 4 }));
    assert.ok(u.every(v => v >= -3 && v < 5));
  });

  it('random_shuffle permutes rows', () => {
    const x = tf.constant(tf.NDArray.from([[1, 1], [2, 2], [3, 3], [4, 4]]));
    const rows = run(tf.randomShuffle(x, 5));
    assert.deepEqual([...rows].sort(), [1, 1, 2, 2, 3, 3, 4, 4]);
    for (let i = 0; i < 8; i += 2) assert.equal(rows[i], rows[i + 1]);
  });

  it('glorot_uniform draws within sqrt(6 / (fan_in + fan_out)); get_variable uses it by default', () => {
    const v = tf.getVariable('w', { shape: [784, 10] });
    assert.equal(v.name, 'w:0');
    const s = new tf.Session();
    s.run(tf.globalVariablesInitializer());
    const limit = Math.sqrt(6 / (784 + 10));
    const values = (s.run(v) as tf.NDArray).toArray();
    assert.ok(values.every(x => Math.abs(x) <= limit));
    assert.ok(Math.max(...values) > limit * 0.9, 'spread over the range');
  });

  it('variance_scaling fans follow conv kernels: receptive field times channels', () => {
    assert.deepEqual(tf.computeFans([5, 5, 1, 32]), [25, 800]);
    assert.deepEqual(tf.computeFans([784, 10]), [784, 10]);
  });
});
