// tf.gradients: the §8 test vectors, names under gradients/, fan-in summed with AddN.
import { strict as assert } from 'assert';
import * as tf from '../../src/engine';
import { clearDefaultGraphState } from '../../src/engine/graph/default_graph';
import { registeredKernels } from '../../src/engine/kernels/registry';
import { hasGradientEntry } from '../../src/engine/gradients/registry';

const val = (s: tf.Session, t: tf.Tensor | null) => (s.run(t!) as tf.NDArray).toArray();

describe('tf.gradients', () => {
  beforeEach(() => clearDefaultGraphState());

  it('gradients(a + b, [a, b]) with b = 2a is [3, 1]; with stop_gradients=[a, b] it is [1, 1]', () => {
    const a = tf.constant(0);
    const b = tf.multiply(2, a);
    const s = new tf.Session();
    const [ga, gb] = tf.gradients(tf.add(a, b), [a, b]);
    assert.deepEqual([val(s, ga), val(s, gb)], [[3], [1]]);
    const [sa, sb] = tf.gradients(tf.add(a, b), [a, b], { stopGradients: [a, b] });
    assert.deepEqual([val(s, sa), val(s, sb)], [[1], [1]]);
    assert.match(ga!.name, /^gradients\//);
    assert.match(sa!.name, /^gradients_1\//);
  });

  it('unconnected inputs give None, or zeros with unconnected_gradients="zero"', () => {
    const y = tf.ones([3, 1]);
    const x = tf.ones([1, 2]);
    assert.deepEqual(tf.gradients(y, [x]), [null]);
    const [z] = tf.gradients(y, [x], { unconnectedGradients: 'zero' });
    assert.deepEqual(val(new tf.Session(), z), [0, 0]);
  });

  it('sums the gradients of a tensor used twice with one AddN', () => {
    const x = tf.placeholder('float32', [2]);
    const y = tf.add(tf.multiply(x, x), x);
    const [g] = tf.gradients(y, [x]);
    const ops = tf.getDefaultGraph().getOperations().filter(o => o.type === 'AddN');
    assert.equal(ops.length, 1);
    assert.match(ops[0].name, /^gradients\/AddN/);
    assert.deepEqual((new tf.Session().run(g!, [[x, tf.NDArray.from([1, 2])]]) as tf.NDArray).toArray(), [3, 5]);
  });

  it('tf.gradients(y, y) is the seed (ones)', () => {
    const y = tf.constant([2, 3]);
    assert.deepEqual(val(new tf.Session(), tf.gradients(y, [y])[0]), [1, 1]);
  });

  it('reports an op type with no gradient function as LookupError', () => {
    const x = tf.placeholder('float32', [2]);
    const g = tf.getDefaultGraph();
    const ctx = g.enterGradientOverrideMap({ Identity: 'NoSuchGradient' });
    const y = tf.identity(x);
    ctx.exit();
    assert.throws(() => tf.gradients(y, [x]), (e: Error & { pyType?: string }) =>
      e.pyType === 'LookupError' && e.message === "No gradient defined for operation 'Identity' (op type: NoSuchGradient)");
  });

  it('a not-differentiable op contributes no gradient', () => {
    const x = tf.placeholder('float32', [2]);
    assert.deepEqual(tf.gradients(tf.stopGradient(x), [x]), [null]);
  });
});

describe('op registry', () => {
  it('every registered op has a gradient or an explicit not-differentiable mark', () => {
    const missing = registeredKernels().filter(k => !hasGradientEntry(k.type)).map(k => k.type);
    assert.deepEqual(missing, []);
    assert.ok(registeredKernels().length > 100, `${registeredKernels().length} kernels`);
  });
});
