// The random family as op definitions: TF1's graph/op seed rules (truncation, the (0, 0) case,
// the graph's op counter), tensor-valued mean/stddev/minval/maxval built as TF's mul/add ops,
// and the new ops (Multinomial, RandomGamma) against their distributions' moments.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { pyRun } from '../control/helpers';

const run = (t: tf.Tensor, s = new tf.Session(), feeds?: [tf.Tensor, tf.NDArray][]) => (s.run(t, feeds) as tf.NDArray);
const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: ArrayLike<number>) => { const m = mean(xs); return mean(Array.from(xs, x => (x - m) ** 2)); };

describe('random ops (definitions)', () => {
  beforeEach(() => clearDefaultGraphState());

  it('get_seed: graph seed with the op counter, op seed alone, truncation modulo 2^31-1, (0, 0) made deterministic', () => {
    assert.deepEqual(tf.getSeed(null), [0, 0]);
    assert.deepEqual(tf.getSeed(5), [tf.DEFAULT_GRAPH_SEED, 5]);
    tf.constant(1); tf.constant(2);
    tf.setRandomSeed(2 ** 31 + 3);
    assert.deepEqual(tf.getSeed(null), [4, 2], 'graph seed truncated; op seed = ops so far');
    tf.setRandomSeed(0);
    assert.deepEqual(tf.getSeed(0), [0, 2 ** 31 - 1]);
    const r = tf.randomUniform([2], { seed: 9 });
    assert.deepEqual([r.op.inputs[0].op.inputs[0].op.attrs.seed, r.op.inputs[0].op.inputs[0].op.attrs.seed2], [0, 9]);
  });

  it('tensor-valued mean and stddev are the Mul and Add inputs; values follow a fed mean', () => {
    const m = tf.placeholder('float32', []);
    const r = tf.randomNormal([4000], { mean: m, stddev: tf.constant(3), seed: 11 });
    assert.equal(r.op.inputs[1], m);
    const v = run(r, new tf.Session(), [[m, tf.NDArray.scalar(-5, 'float32')]]).numeric;
    assert.ok(Math.abs(mean(v) + 5) < 0.2, `mean ${mean(v)}`);
    assert.ok(Math.abs(Math.sqrt(variance(v)) - 3) < 0.15, `stddev ${Math.sqrt(variance(v))}`);
    assert.throws(() => tf.randomNormal([2], { mean: tf.constant(1, 'float64') }), { name: 'ValueError', message: /Tensor conversion requested dtype float32 for Tensor with dtype float64/ });
  });

  it('random_uniform: tensor bounds, integer dtypes need maxval, ints stay in [min, max)', () => {
    const lo = tf.constant(10), hi = tf.placeholder('float32', []);
    const u = run(tf.randomUniform([500], { minval: lo, maxval: hi, seed: 1 }), new tf.Session(), [[hi, tf.NDArray.scalar(12, 'float32')]]).numeric;
    assert.ok(Array.from(u).every(x => x >= 10 && x < 12));
    assert.throws(() => tf.randomUniform([2], { dtype: 'int64' }), { name: 'ValueError', message: 'Must specify maxval for integer dtype tf.int64' });
    const i = run(tf.randomUniform([500], { minval: -2, maxval: 3, dtype: 'int32', seed: 2 }));
    assert.equal(i.dtype, 'int32');
    assert.deepEqual([...new Set(i.toArray())].sort((p, q) => p - q), [-2, -1, 0, 1, 2]);
  });

  it('random_shuffle permutes rows (strings too) and repeats with a seed', () => {
    const x = tf.constant(tf.NDArray.from([[1, 2], [3, 4], [5, 6], [7, 8]], 'int32'));
    const s = tf.randomShuffle(x, 4);
    const a = run(s).toNested() as number[][];
    assert.deepEqual(a.map(r => r[0]).sort(), [1, 3, 5, 7]);
    for (const r of a) assert.equal(r[1], r[0] + 1, 'rows move whole');
    assert.deepEqual(run(s).toNested(), a, 'same seed, fresh session');
    const words = tf.randomShuffle(tf.constant(new tf.NDArray('string', [3], ['a', 'b', 'c'])), 1);
    assert.deepEqual([...(run(words).data as string[])].sort(), ['a', 'b', 'c']);
  });

  it('multinomial draws class frequencies close to softmax(logits)', () => {
    const logits = tf.constant(tf.NDArray.from([[Math.log(0.2), Math.log(0.3), Math.log(0.5)], [0, -Infinity, 0]], 'float32'));
    const draws = run(tf.multinomial(logits, tf.constant(6000, 'int32'), { seed: 3 }));
    assert.equal(draws.dtype, 'int64');
    assert.deepEqual(draws.shape, [2, 6000]);
    const row0 = Array.from(draws.numeric.subarray(0, 6000));
    [0.2, 0.3, 0.5].forEach((p, c) => assert.ok(Math.abs(row0.filter(x => x === c).length / 6000 - p) < 0.03, `class ${c}`));
    assert.ok(!Array.from(draws.numeric.subarray(6000)).includes(1), 'a -inf logit is never drawn');
  });

  it('random_gamma: mean alpha/beta and variance alpha/beta^2, shape + alpha.shape', () => {
    const g = tf.randomGamma([20000], tf.constant([0.5, 4]), { beta: 2, seed: 5 });
    assert.equal(g.name, 'random_gamma/Maximum:0');
    const v = run(g);
    assert.deepEqual(v.shape, [20000, 2]);
    [0.5, 4].forEach((alpha, k) => {
      const col = Array.from(v.numeric).filter((_, i) => i % 2 === k);
      assert.ok(Math.abs(mean(col) - alpha / 2) < 0.03 * Math.max(1, alpha), `mean for alpha ${alpha}: ${mean(col)}`);
      assert.ok(Math.abs(variance(col) - alpha / 4) < 0.06 * Math.max(1, alpha), `variance for alpha ${alpha}: ${variance(col)}`);
    });
  });
});

describe('random ops from Python', () => {
  it('signatures, aliases, tensor-valued parameters, seeds', () => {
    const out = pyRun([
      'import tensorflow as tf',
      'tf.set_random_seed(3)',
      'a = tf.random_normal([2], mean=tf.constant(1.0))',
      'b = tf.random.normal((2,), stddev=0.0, mean=5.0)',
      'c = tf.random_uniform(tf.constant([3]), maxval=tf.constant(2.0))',
      'd = tf.random.categorical([[0.0, 0.0]], 4)',
      'e = tf.random.shuffle([1, 2, 3])',
      'with tf.Session() as s:',
      '    print(s.run(b), s.run(c).shape, s.run(d).dtype, sorted(s.run(e)))',
      'print(tf.random_shuffle is tf.random.shuffle, tf.random_gamma([2], 1.0).shape)',
      'try:',
      '    tf.random_normal([2, None])',
      'except TypeError as err:',
      '    print(err)',
    ]);
    assert.equal(out, "[5. 5.] (3,) int64 [1, 2, 3]\nTrue (2,)\nrandom_normal() argument 'shape' must be a fully defined shape\n");
  });
});
