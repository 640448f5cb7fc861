import { strict as assert } from 'assert';
import * as tf from '../../src/engine';
import { clearDefaultGraphState } from '../../src/engine/graph/default_graph';

describe('engine core: graph, variables, session', () => {
  beforeEach(() => clearDefaultGraphState());

  it('names ops uniquely and case-insensitively, like later TF1', () => {
    const a = tf.constant(1, undefined, 'c');
    const b = tf.constant(1, undefined, 'c');
    assert.equal(a.op.name, 'c');
    assert.equal(b.op.name, 'c_1');
    tf.constant(1, undefined, 'a_1');
    const names = [0, 1, 2].map(() => tf.constant(1, undefined, 'a').op.name);
    assert.deepEqual(names, ['a', 'a_2', 'a_3']);
  });

  it('builds Variable, Variable_1 with Assign initializers and read snapshots', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const w = new tf.Variable(tf.constant([3]), { name: 'w' });
    const v1 = new tf.Variable(tf.constant([3]));
    assert.equal(v.name, 'Variable:0');
    assert.equal(v1.name, 'Variable_1:0');
    assert.equal(w.name, 'w:0');
    assert.equal(v.initializer.name, 'Variable/Assign');
    assert.equal(v.value().name, 'Variable/read:0');
    assert.equal(v.repr(), "<tf.Variable 'Variable:0' shape=(2,) dtype=float32_ref>");
    const g = tf.getDefaultGraph();
    assert.deepEqual(g.getCollection(tf.GraphKeys.TRAINABLE_VARIABLES), [v, w, v1]);
  });

  it('keeps variable values per session and reports uninitialized reads', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const init = tf.globalVariablesInitializer();
    assert.equal(init.name, 'init');
    const s1 = new tf.Session();
    const s2 = new tf.Session();
    s1.run(init);
    assert.deepEqual((s1.run(v) as tf.NDArray).toArray(), [1, 2]);
    assert.throws(() => s2.run(v.value()), (e: Error) => e.name === 'FailedPreconditionError' && /Attempting to use uninitialized value Variable/.test(e.message));
    s1.run(v.assign(tf.constant([5, 6])));
    assert.deepEqual((s1.run(v) as tf.NDArray).toArray(), [5, 6]);
  });

  it('validates feeds with TF error texts and prunes unneeded placeholders', () => {
    const x = tf.placeholder('float32', [null, 784]);
    const unrelated = tf.placeholder('float32', [3]);
    const y = tf.identity(x);
    const s = new tf.Session();
    assert.throws(() => s.run(y, [[x, tf.NDArray.zeros('float32', [100, 785])]]),
      { message: "Cannot feed value of shape (100, 785) for Tensor 'Placeholder:0', which has shape '(?, 784)'" });
    assert.throws(() => s.run(y), (e: Error) => e.name === 'InvalidArgumentError' &&
      e.message.startsWith("You must feed a value for placeholder tensor 'Placeholder' with dtype float and shape [?,784]"));
    const out = s.run(y, [[x, tf.NDArray.zeros('float32', [2, 784])]]) as tf.NDArray;
    assert.deepEqual(out.shape, [2, 784]);
    assert.ok(!s.lastRun!.plan.executed.includes(unrelated.op));
  });

  it('mirrors fetch structures and returns null for operations', () => {
    const a = tf.constant([1]);
    const op = tf.noOp();
    const s = new tf.Session();
    const r = s.run({ a, both: [a, op] }) as { a: tf.NDArray; both: [tf.NDArray, null] };
    assert.deepEqual(r.a.toArray(), [1]);
    assert.equal(r.both[1], null);
    assert.throws(() => s.run(null as never), { message: "Fetch argument None has invalid type <class 'NoneType'>" });
  });

  it('closed sessions and empty graphs raise RuntimeError', () => {
    const s0 = new tf.Session();
    assert.throws(() => s0.run([]), { message: 'The Session graph is empty.  Add operations to the graph before calling run().' });
    tf.constant(1);
    const s = new tf.Session();
    s.close();
    assert.throws(() => s.run([]), { message: 'Attempted to use a closed Session.' });
  });

  it('caches one plan per (fetches, feeds) signature and reuses output buffers across runs', () => {
    const x = tf.placeholder('float32', [2]);
    const y = tf.square(tf.add(x, 1));
    const z = tf.multiply(y, 2);
    const s = new tf.Session();
    const feed = (v: number[]) => [[x, tf.NDArray.from(v)]] as [tf.Tensor, tf.NDArray][];
    s.run(z, feed([1, 2]));
    const plan = s.lastRun!.plan;
    const addOp = y.op.inputs[0].op;
    const firstBuffer = s.runtime.output(addOp, 0, 'float32', [2]);
    const r2 = s.run(z, feed([3, 4])) as tf.NDArray;
    assert.equal(s.lastRun!.plan, plan, 'same plan object for the same signature');
    assert.equal(s.runtime.output(addOp, 0, 'float32', [2]), firstBuffer, 'same buffer for the same op output');
    assert.deepEqual(r2.toArray(), [32, 50]);
    const r1 = s.run(y, feed([0, 0])) as tf.NDArray;
    assert.notEqual(s.lastRun!.plan, plan, 'another fetch, another plan');
    // A fetched value is a copy: the next run reusing the buffer does not change it.
    s.run(y, feed([9, 9]));
    assert.deepEqual(r1.toArray(), [1, 1]);
  });

  it('checks the interrupt hook between ops', () => {
    const x = tf.constant([1]);
    const y = tf.identity(tf.identity(x));
    let calls = 0;
    tf.setInterruptCheck(() => { if (++calls === 2) throw new tf.InterruptError(); });
    try {
      assert.throws(() => new tf.Session().run(y), (e: Error & { pyType?: string }) => e.pyType === 'KeyboardInterrupt');
    } finally { tf.setInterruptCheck(null); }
  });

  it("gives TF's Merge text when an assigned value's shape does not fit the variable", () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    assert.throws(() => v.assign(tf.constant([1, 2, 3]), 'Assign'), {
      message: "Dimension 0 in both shapes must be equal, but are 2 and 3. Shapes are [2] and [3]. for 'Assign' (op: 'Assign') with input shapes: [2], [3].",
    });
  });
});
