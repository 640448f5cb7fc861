// The Optimizer base class (tf1-semantics §5.1): op names, slots, collections, global step and
// TF's error texts.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { value, assertClose } from './helpers';

const opNames = () => tf.getDefaultGraph().getOperations().map(o => o.name);

describe('Optimizer base class', () => {
  beforeEach(() => clearDefaultGraphState());

  it('apply_gradients builds TF1 names and returns the NoOp named after the optimizer', () => {
    const v0 = new tf.Variable(tf.constant([1, 2]));
    const v1 = new tf.Variable(tf.constant([3, 4]));
    const train = new tf.train.GradientDescentOptimizer(0.5).applyGradients([[tf.constant([1, 1]), v0], [tf.constant([1, 1]), v1]]);
    assert.equal(train.name, 'GradientDescent');
    assert.equal(train.type, 'NoOp');
    const names = opNames();
    for (const n of ['GradientDescent/learning_rate', 'GradientDescent/update_Variable/ApplyGradientDescent', 'GradientDescent/update_Variable_1/ApplyGradientDescent']) {
      assert.ok(names.includes(n), `${n} in ${names}`);
    }
    assert.deepEqual(train.controlInputs.map(o => o.name), ['GradientDescent/update_Variable/ApplyGradientDescent', 'GradientDescent/update_Variable_1/ApplyGradientDescent']);
    assert.deepEqual(tf.getDefaultGraph().getCollection(tf.GraphKeys.TRAIN_OP), [train]);
    assert.equal(new tf.train.GradientDescentOptimizer(0.5).applyGradients([[tf.constant([1, 1]), v0]]).name, 'GradientDescent_1');
  });

  it('minimize returns an op named GradientDescent and compute_gradients puts gradients under gradients/', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const loss = tf.identity(v);
    const opt = new tf.train.GradientDescentOptimizer(0.5);
    const pairs = opt.computeGradients(loss);
    assert.equal(pairs.length, 1);
    assert.equal(pairs[0][1], v);
    assert.ok(pairs[0][0]!.op.name.startsWith('gradients/'), pairs[0][0]!.name);
    const train = opt.minimize(loss);
    assert.equal(train.name, 'GradientDescent');
    const gradOps = tf.getDefaultGraph().getOperations().filter(o => o.name.startsWith('gradients_1/'));
    assert.ok(gradOps.length > 0, 'the second gradient call lands under gradients_1/');
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    sess.run(train);
    assertClose(value(sess, v), [0.5, 1.5]);
  });

  it('compute_gradients keeps None gradients for unconnected variables, in var_list order', () => {
    const a = new tf.Variable(tf.constant([1]));
    const b = new tf.Variable(tf.constant([2]), { name: 'b' });
    const pairs = new tf.train.GradientDescentOptimizer(1).computeGradients(tf.identity(b));
    assert.deepEqual(pairs.map(([g, v]) => [g === null, v.op.name]), [[true, 'Variable'], [false, 'b']]);
    const only = new tf.train.GradientDescentOptimizer(1).computeGradients(tf.identity(b), { varList: [b] });
    assert.equal(only.length, 1);
    void a;
  });

  it('with a global step, returns the AssignAdd named after the optimizer, after all updates', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const gs = new tf.Variable(0, { name: 'global_step', trainable: false, dtype: 'int32' });
    const train = new tf.train.GradientDescentOptimizer(1).minimize(tf.identity(v), { globalStep: gs });
    assert.equal(train.name, 'GradientDescent');
    assert.equal(train.type, 'AssignAdd');
    assert.ok(opNames().includes('GradientDescent/update'));
    assert.deepEqual(train.controlInputs.map(o => o.name), ['GradientDescent/update']);
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    assert.equal(sess.run(train), null);
    sess.run(train);
    assert.equal(tf.train.globalStep(sess, gs), 2);
    assertClose(value(sess, v), [-1, 0]);
  });

  it('Adam names its slots <var>/Adam, <var>/Adam_1 and the non-slot beta powers', () => {
    const w = new tf.Variable(tf.constant([1, 2]), { name: 'w' });
    const b = new tf.Variable(tf.constant([1]), { name: 'b' });
    const opt = new tf.train.AdamOptimizer();
    try { opt.applyGradients([[tf.constant([1, 1]), w], [tf.constant([1]), b]]); } catch (e) {
      // Adam's finish needs Mul from the math family; slots exist before that point.
      if (!/No kernel registered for op type Mul/.test(String(e))) throw e;
    }
    assert.equal(opt.getSlot(w, 'm')!.op.name, 'w/Adam');
    assert.equal(opt.getSlot(w, 'v')!.op.name, 'w/Adam_1');
    assert.equal(opt.getSlot(b, 'm')!.name, 'b/Adam:0');
    assert.deepEqual(opt.getSlotNames(), ['m', 'v']);
    assert.equal(opt.getSlot(w, 'nope'), null);
    assert.deepEqual(opt.variables().map(v => v.op.name), ['b/Adam', 'b/Adam_1', 'beta1_power', 'beta2_power', 'w/Adam', 'w/Adam_1']);
    const globals = tf.globalVariables().map(v => v.op.name);
    assert.ok(globals.includes('w/Adam') && globals.includes('beta1_power'));
    assert.deepEqual(tf.trainableVariables().map(v => v.op.name), ['w', 'b']);
  });

  it('slot names ignore the enclosing name scope and follow TF for each optimizer', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const g = tf.getDefaultGraph();
    const rms = new tf.train.RMSPropOptimizer({ learningRate: 0.1, centered: true, momentum: 0.5 });
    g.withNameScope('train', null, () => rms.applyGradients([[tf.constant([1, 1]), v]]));
    assert.deepEqual(['rms', 'mg', 'momentum'].map(n => rms.getSlot(v, n)!.op.name), ['Variable/RMSProp', 'Variable/RMSProp_1', 'Variable/RMSProp_2']);
    const mom = new tf.train.MomentumOptimizer({ learningRate: 0.1, momentum: 0.9 });
    mom.applyGradients([[tf.constant([1, 1]), v]]);
    assert.equal(mom.getSlot(v, 'momentum')!.name, 'Variable/Momentum:0');
    const ftrl = new tf.train.FtrlOptimizer(0.1);
    ftrl.applyGradients([[tf.constant([1, 1]), v]]);
    assert.deepEqual(['accum', 'linear'].map(n => ftrl.getSlot(v, n)!.op.name), ['Variable/Ftrl', 'Variable/Ftrl_1']);
    const ada = new tf.train.AdadeltaOptimizer();
    ada.applyGradients([[tf.constant([1, 1]), v]]);
    assert.deepEqual(['accum', 'accum_update'].map(n => ada.getSlot(v, n)!.op.name), ['Variable/Adadelta', 'Variable/Adadelta_1']);
    const adagrad = new tf.train.AdagradOptimizer(0.1);
    adagrad.applyGradients([[tf.constant([1, 1]), v]]);
    assert.equal(adagrad.getSlot(v, 'accumulator')!.op.name, 'Variable/Adagrad');
    assert.ok(opNames().includes('train/RMSProp/update_Variable/ApplyCenteredRMSProp'));
    assert.equal(rms.getSlot(v, 'rms')!.trainable, false);
  });

  it('slots are cached across apply_gradients calls and must be initialized', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const opt = new tf.train.MomentumOptimizer({ learningRate: 1, momentum: 0.9 });
    const t1 = opt.applyGradients([[tf.constant([1, 1]), v]]);
    const slot = opt.getSlot(v, 'momentum');
    opt.applyGradients([[tf.constant([1, 1]), v]]);
    assert.equal(opt.getSlot(v, 'momentum'), slot);
    const sess = new tf.Session();
    sess.run(v.initializer);
    assert.throws(() => sess.run(t1), (e: Error) => e.name === 'FailedPreconditionError' && /uninitialized value Variable\/Momentum/.test(e.message));
  });

  it('raises TF errors when there are no gradients', () => {
    const v = new tf.Variable(tf.zeros([784, 10]));
    const v1 = new tf.Variable(tf.constant([1]));
    const loss = tf.identity(tf.constant(1.0), 'Mean');
    assert.throws(() => new tf.train.GradientDescentOptimizer(0.5).minimize(loss), {
      name: 'ValueError',
      message: `No gradients provided for any variable, check your graph for ops that do not support gradients, between variables ["<tf.Variable 'Variable:0' shape=(784, 10) dtype=float32_ref>", "<tf.Variable 'Variable_1:0' shape=(1,) dtype=float32_ref>"] and loss Tensor("Mean:0", shape=(), dtype=float32).`,
    });
    assert.throws(() => new tf.train.GradientDescentOptimizer(0.5).applyGradients([[null, v], [null, v1]]), {
      name: 'ValueError',
      message: `No gradients provided for any variable: (["<tf.Variable 'Variable:0' shape=(784, 10) dtype=float32_ref>", "<tf.Variable 'Variable_1:0' shape=(1,) dtype=float32_ref>"],).`,
    });
    assert.throws(() => new tf.train.GradientDescentOptimizer(0.5).applyGradients([]), { message: 'No variables provided.' });
  });

  it('validates names, var lists, gate_gradients and dtypes', () => {
    assert.throws(() => new tf.train.GradientDescentOptimizer({ learningRate: 1, name: '' }), { message: 'Must specify the optimizer name' });
    const loss = tf.identity(tf.constant(1.0));
    assert.throws(() => new tf.train.GradientDescentOptimizer(1).computeGradients(loss), { message: 'No variables to optimize.' });
    const v = new tf.Variable(tf.constant([1]));
    assert.throws(() => new tf.train.GradientDescentOptimizer(1).computeGradients(tf.identity(v), { gateGradients: 5 }),
      { message: 'gate_gradients must be one of: Optimizer.GATE_NONE, Optimizer.GATE_OP, Optimizer.GATE_GRAPH.  Not 5' });
    const intLoss = tf.constant(1, 'int32', 'Mean');
    assert.throws(() => new tf.train.GradientDescentOptimizer(1).computeGradients(intLoss),
      { message: 'Invalid type tf.int32 for Mean:0, expected: [tf.float16, tf.bfloat16, tf.float32, tf.float64].' });
    assert.throws(() => new tf.train.AdagradOptimizer({ learningRate: 1, initialAccumulatorValue: 0 }), { message: 'initial_accumulator_value must be positive: 0' });
    assert.throws(() => new tf.train.FtrlOptimizer({ learningRate: 1, learningRatePower: 0.5 }), { message: 'learning_rate_power 0.500000 needs to be negative or zero' });
  });

  it('GATE_GRAPH passes all gradients through one tuple', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const pairs = new tf.train.GradientDescentOptimizer(1).computeGradients(tf.identity(v), { gateGradients: tf.train.GATE_GRAPH });
    assert.ok(pairs[0][0]!.op.name.startsWith('tuple/control_dependency'), pairs[0][0]!.op.name);
  });

  it('a learning-rate Tensor is used as-is and re-read each run', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const lr = tf.placeholder('float32', [], 'lr');
    const train = new tf.train.GradientDescentOptimizer(lr).applyGradients([[tf.constant([1, 1]), v]]);
    assert.ok(!opNames().includes('GradientDescent/learning_rate'));
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    sess.run(train, [[lr, 0.5]]);
    sess.run(train, [[lr, 0.25]]);
    assertClose(value(sess, v), [0.25, 1.25]);
  });

  it('global step helpers: create, get, get_or_create, errors', () => {
    assert.equal(tf.train.getGlobalStep(), null);
    const gs = tf.train.createGlobalStep();
    assert.equal(gs.name, 'global_step:0');
    assert.equal(gs.dtype, 'int64');
    assert.equal(gs.trainable, false);
    assert.equal(tf.train.getGlobalStep(), gs);
    assert.equal(tf.train.getOrCreateGlobalStep(), gs);
    assert.deepEqual(tf.getDefaultGraph().getCollection(tf.GraphKeys.GLOBAL_STEP), [gs]);
    assert.throws(() => tf.train.createGlobalStep(), { message: '"global_step" already exists.' });
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    assert.equal(tf.train.globalStep(sess, gs), 0);
  });

  it('get_global_step finds a manual `global_step` variable by name and validates it', () => {
    const manual = new tf.Variable(0, { name: 'global_step', trainable: false, dtype: 'int32' });
    const found = tf.train.getGlobalStep() as tf.Tensor;
    assert.equal(found, manual.ref);
    clearDefaultGraphState();
    new tf.Variable(tf.constant([1, 2]), { name: 'global_step' });
    assert.throws(() => tf.train.getGlobalStep(), { name: 'TypeError', message: 'Existing "global_step" does not have integer type: float32' });
  });
});
