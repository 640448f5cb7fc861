// The state family (ops/state/*) and the conditional ops Variable.initialized_value builds:
// assign ops named as TF names them, scatter updates against a loop written here, TF's error
// texts, dead values through Switch/Merge, and initialization in any order.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { pyRun } from '../control/helpers';

const run = (s: tf.Session, t: tf.Tensor | tf.Operation) => s.run(t) as tf.NDArray;

describe('state ops', () => {
  beforeEach(() => clearDefaultGraphState());

  it('tf.assign / assign_add / assign_sub name their ops like TF and return the new value', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const a = tf.assign(v, tf.constant([5, 6]));
    const add = tf.assignAdd(v, tf.constant([1, 1]));
    const sub = v.assignSub(tf.constant([2, 2]));
    assert.deepEqual([a.name, add.name, sub.name], ['Assign:0', 'AssignAdd:0', 'AssignSub:0']);
    assert.equal(a.op.attrs.use_locking, true);
    assert.equal(add.op.attrs.use_locking, false);
    const s = new tf.Session();
    s.run(v.initializer);
    assert.deepEqual(run(s, a).toArray(), [5, 6]);
    assert.deepEqual(run(s, add).toArray(), [6, 7]);
    assert.deepEqual(run(s, sub).toArray(), [4, 5]);
  });

  it('assign to a non-variable is TF\'s TypeError; validate_shape=False lets the shape change', () => {
    assert.throws(() => tf.assign(tf.constant(1), tf.constant(2)), { name: 'TypeError', message: "'Assign' Op requires that input 'ref' be a mutable tensor (e.g.: a tf.Variable)" });
    const v = new tf.Variable(tf.constant([1, 2]));
    const grow = tf.assign(v, tf.constant([1, 2, 3]), { validateShape: false });
    const s = new tf.Session();
    s.run(v.initializer);
    assert.deepEqual(run(s, grow).toArray(), [1, 2, 3]);
  });

  it('scatter_update / scatter_add / scatter_sub match a row loop, duplicates accumulate, scalars broadcast', () => {
    const init = [[1, 2], [3, 4], [5, 6]];
    const v = new tf.Variable(tf.constant(init));
    const indices = [2, 0, 2], updates = [[1, 1], [2, 2], [3, 3]];
    const expect = (op: (a: number, b: number) => number) => {
      const out = init.map(r => r.slice());
      indices.forEach((r, i) => { out[r] = out[r].map((x, k) => op(x, updates[i][k])); });
      return out.flat();
    };
    const s = new tf.Session();
    const ops: [tf.Tensor, (a: number, b: number) => number][] = [
      [tf.scatter('ScatterUpdate', v, tf.constant(indices, 'int32'), tf.constant(updates), null), (_a, b) => b],
      [tf.scatter('ScatterAdd', v, tf.constant(indices, 'int32'), tf.constant(updates), null), (a, b) => a + b],
      [tf.scatter('ScatterSub', v, tf.constant(indices, 'int32'), tf.constant(updates), null), (a, b) => a - b],
    ];
    for (const [t, f] of ops) {
      s.run(v.initializer);
      assert.deepEqual(run(s, t).toArray(), expect(f), t.op.type);
    }
    s.run(v.initializer);
    assert.deepEqual(run(s, tf.scatter('ScatterSub', v, tf.constant([1], 'int32'), tf.constant(1), null)).toArray(), [1, 2, 2, 3, 5, 6]);
  });

  it('scatter errors: out-of-range index at run time, wrong updates shape when built', () => {
    const v = new tf.Variable(tf.constant([[1, 2], [3, 4]]));
    const s = new tf.Session();
    s.run(v.initializer);
    assert.throws(() => s.run(tf.scatter('ScatterUpdate', v, tf.constant([5], 'int32'), tf.constant([[0, 0]]), null)),
      { name: 'InvalidArgumentError', message: /^indices\[0\] = 5 is not in \[0, 2\)/ });
    assert.throws(() => tf.scatter('ScatterAdd', v, tf.constant([0], 'int32'), tf.constant([[1, 2, 3]]), null),
      { name: 'ValueError', message: /^Must have updates.shape = indices.shape \+ params.shape\[1:\] or updates.shape = \[\], got updates.shape \[1,3\], indices.shape \[1\], params.shape \[2,2\]/ });
  });

  it('is_variable_initialized is false until the initializer runs, per session', () => {
    const v = new tf.Variable(tf.constant(3));
    const init = tf.isVariableInitialized(v);
    const s1 = new tf.Session(), s2 = new tf.Session();
    s1.run(v.initializer);
    assert.deepEqual([run(s1, init).toArray(), run(s2, init).toArray()], [[1], [0]]);
  });

  it('initialized_value builds TF\'s cond and initializes in any order', () => {
    const a = new tf.Variable(tf.randomNormal([4], { seed: 3 }), { name: 'a' });
    const b = new tf.Variable(tf.multiply(a.initializedValue(), tf.constant(2)), { name: 'b' });
    const names = tf.getDefaultGraph().getOperations().map(o => `${o.name}:${o.type}`).filter(n => n.startsWith('cond') || n.startsWith('IsVariable'));
    assert.deepEqual(names, ['IsVariableInitialized:IsVariableInitialized', 'cond/Switch:Switch', 'cond/switch_t:Identity', 'cond/switch_f:Identity',
      'cond/pred_id:Identity', 'cond/read/Switch:RefSwitch', 'cond/read:Identity', 'cond/Switch_1:Switch', 'cond/Merge:Merge']);
    const s = new tf.Session();
    // One run initializes both: b's initial value reads a's initial value (the same draw).
    s.run(tf.globalVariablesInitializer());
    const [av, bv] = s.run([a, b]) as tf.NDArray[];
    assert.deepEqual(bv.toArray(), av.toArray().map(x => Math.fround(x * 2)));
    // Alone, before a has a value, b's initializer still runs (TF: the cond's false branch).
    const s2 = new tf.Session();
    s2.run(b.initializer);
    assert.throws(() => s2.run(a), { name: 'FailedPreconditionError' });
    // Once a is set, initialized_value reads it.
    s.run(a.assign(tf.constant([1, 2, 3, 4])));
    assert.deepEqual(run(s, a.initializedValue()).toArray(), [1, 2, 3, 4]);
  });

  it('a fetched dead value is TF\'s error; Merge forwards the live input and its index', () => {
    const p = tf.placeholder('bool', []);
    const [f, t] = tf.Switch.make([tf.constant(7), p]).outputs;
    const m = tf.Merge.make([tf.negative(f), tf.square(t)]);
    const s = new tf.Session();
    const feed = (x: boolean): [tf.Tensor, tf.NDArray][] => [[p, tf.NDArray.from(x, 'bool')]];
    assert.deepEqual((s.run(m.outputs, feed(true)) as tf.NDArray[]).map(v => v.toArray()), [[49], [1]]);
    assert.deepEqual((s.run(m.outputs, feed(false)) as tf.NDArray[]).map(v => v.toArray()), [[-7], [0]]);
    assert.throws(() => s.run(t, feed(false)), { name: 'InvalidArgumentError', message: /Retval\[0\] does not have value/ });
  });
});

describe('state ops from Python', () => {
  it('tf.assign*, scatter_*, is_variable_initialized and initialized_value', () => {
    const out = pyRun([
      'import tensorflow as tf',
      'first = tf.Variable(tf.constant([1.5, 2.5]))',
      'second = tf.Variable(first.initialized_value() * 2)',
      'v = tf.Variable([[1., 2.], [3., 4.]])',
      'up = tf.scatter_update(v, [1], [[9., 9.]], name="up")',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    print(sess.run(second), sess.run(tf.is_variable_initialized(first)))',
      '    print(sess.run(up).tolist(), up.name, tf.assign_add(v, [[1., 1.], [1., 1.]], name="inc").name)',
      'try:',
      '    tf.scatter_add(v, [0], [[1.]], use_locking=1)',
      'except TypeError as e:',
      '    print(e)',
    ]);
    assert.equal(out, "[3. 5.] True\n[[1.0, 2.0], [9.0, 9.0]] up:0 inc:0\nExpected bool for argument 'use_locking' not 1.\n");
  });
});
