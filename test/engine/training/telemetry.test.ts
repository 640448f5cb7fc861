// Training telemetry: per-step records of a session's optimizer steps, read through
// getTelemetry / subscribeTelemetry, bounded by a ring plus a downsampled history.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { TelemetryStore, TelemetryStep } from '../../../src/engine/telemetry/store';
import { assertClose, value } from './helpers';

describe('training telemetry', () => {
  beforeEach(() => clearDefaultGraphState());

  it('records gradient stats and the exact lr·‖g‖ update norm of gradient descent', () => {
    const v = new tf.Variable(tf.constant([1, 2, 3]), { name: 'w' });
    const train = new tf.train.GradientDescentOptimizer(0.5).applyGradients([[tf.constant([0.1, -0.2, 0.4]), v]]);
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    assert.equal(tf.getTelemetry(sess).totalSteps, 0, 'the initializer run is not a step');
    sess.run(train);
    sess.run(train);
    const t = tf.getTelemetry(sess);
    assert.equal(t.totalSteps, 2);
    assert.deepEqual(t.variables.map(x => [x.name, x.shape, x.optimizer, x.trainOp]), [['w', [3], 'GradientDescent', 'GradientDescent']]);
    assert.deepEqual(t.steps.map(s => s.step), [1, 2]);
    const s = t.steps[1].variables[0];
    const norm = Math.sqrt(0.01 + 0.04 + 0.16);
    assertClose([s.gradNorm, s.gradMean, s.gradMin, s.gradMax, s.updateNorm!], [norm, 0.1, -0.2, 0.4, 0.5 * norm]);
    assert.equal(s.gradNonFinite, 0);
    assertClose([t.steps[1].learningRate!], [0.5]);
    assert.equal(t.steps[1].loss, null);
    assert.equal(t.steps[1].optimizer, 'GradientDescent');
  });

  it('records the loss computed in the run (before the update) and the global step', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const gs = tf.train.getOrCreateGlobalStep();
    const loss = tf.identity(v, 'loss');
    const train = new tf.train.GradientDescentOptimizer(0.25).minimize(loss, { globalStep: gs });
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    sess.run(train);
    sess.run([train, loss]);
    const [a, b] = tf.getTelemetry(sess).steps;
    // tf.gradients seeds with Shape(loss), so even a bare run(train) computes the loss. It is
    // taken before the update, and a vector loss is minimized (and reported) as its sum.
    assertClose([a.loss!, b.loss!], [3, 2.5]);
    assert.deepEqual([a.globalStep, b.globalStep], [1, 2]);
    assert.equal(b.trainOp, 'GradientDescent');
  });

  it('measures other optimizers’ steps by difference: against the read snapshot, or the previous step', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const opt = new tf.train.MomentumOptimizer({ learningRate: 2.0, momentum: 0.9 });
    const train = opt.applyGradients([[tf.constant([0.1, 0.1]), v]]);
    const loss = tf.identity(v);
    const train2 = new tf.train.MomentumOptimizer({ learningRate: 1.0, momentum: 0.5, name: 'M2' }).minimize(loss);
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    sess.run(train);   // no read of v in this plan, no earlier copy: unknown
    sess.run(train);   // previous-step copy: |Δ| = 2·0.19 per element
    sess.run(train2);  // the plan reads v: difference to the read snapshot
    const steps = tf.getTelemetry(sess).steps;
    assert.equal(steps[0].variables[0].updateNorm, null);
    assertClose([steps[1].variables[0].updateNorm!], [Math.SQRT2 * 0.38]);
    assertClose([steps[2].variables[0].updateNorm!], [Math.SQRT2 * 1.0]);
    assert.equal(tf.getTelemetry(sess).variables.length, 2, 'one entry per (train op, variable)');
    assertClose(value(sess, v), [0.42 - 1, 1.42 - 1]);
  });

  it('calls subscribers after each step, per session or for all, until unsubscribed', () => {
    const v = new tf.Variable(tf.constant([1]));
    const train = new tf.train.GradientDescentOptimizer(1).applyGradients([[tf.constant([1]), v]]);
    const s1 = new tf.Session(), s2 = new tf.Session();
    for (const s of [s1, s2]) s.run(tf.globalVariablesInitializer());
    const mine: TelemetryStep[] = [], all: TelemetryStep[] = [];
    const stopMine = tf.subscribeTelemetry(step => mine.push(step), s1);
    const stopAll = tf.subscribeTelemetry(step => all.push(step));
    s1.run(train); s2.run(train); s1.run(train);
    stopMine(); stopAll();
    s1.run(train);
    assert.deepEqual(mine.map(s => s.step), [1, 2]);
    assert.equal(all.length, 3);
    assert.equal(tf.getTelemetry(s1).totalSteps, 3);
    assert.equal(tf.getTelemetry(s2).totalSteps, 1, 'sessions keep separate telemetry');
  });

  it('counts non-finite gradient elements and leaves them out of the stats', () => {
    const v = new tf.Variable(tf.constant([1, 2, 3]));
    const train = new tf.train.GradientDescentOptimizer(1).applyGradients([[tf.constant([NaN, Infinity, 2]), v]]);
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    sess.run(train);
    const s = tf.getTelemetry(sess).steps[0].variables[0];
    assert.equal(s.gradNonFinite, 2);
    assert.deepEqual([s.gradMin, s.gradMax, s.gradMean], [2, 2, 2]);
  });

  it('keeps the last N steps in a ring and a bounded downsampled history', () => {
    const store = new TelemetryStore(4, 8);
    const w = store.variableSlot({ name: 'w', shape: [2], dtype: 'float32', optimizer: 'GD', trainOp: 'GD' });
    for (let i = 1; i <= 100; i++) {
      store.push({ step: i, globalStep: null, run: i, trainOp: 'GD', optimizer: 'GD', loss: i, learningRate: 0.1, time: 0,
        variables: [{ variable: w, gradNorm: 2 * i, gradMean: 0, gradMin: 0, gradMax: 0, gradNonFinite: 0, updateNorm: null }] });
    }
    const snap = store.snapshot();
    assert.deepEqual(snap.steps.map(s => s.step), [97, 98, 99, 100]);
    assert.ok(snap.history.length <= 9, `history has ${snap.history.length} buckets`);
    assert.equal(snap.history.reduce((n, b) => n + b.count, 0), 100, 'every step is in exactly one bucket');
    assert.equal(snap.history[0].firstStep, 1);
    assert.equal(snap.history[snap.history.length - 1].lastStep, 100);
    const first = snap.history[0];
    const meanLoss = (first.firstStep + first.lastStep) / 2;
    assertClose([first.loss!, first.gradNorm[0]!], [meanLoss, 2 * meanLoss]);
    assert.equal(first.updateNorm[0], null);
  });
});

describe('training telemetry: loss not computed', () => {
  beforeEach(() => clearDefaultGraphState());
  it('leaves the loss null when the optimizer was not given one (apply_gradients)', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const loss = tf.identity(v, 'loss');
    const opt = new tf.train.GradientDescentOptimizer(0.25);
    // Gradients supplied by the caller: the train op does not depend on the loss at all.
    const train = opt.applyGradients([[tf.constant([1, 1]), v]]);
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    sess.run(train);
    assert.equal(tf.getTelemetry(sess).steps[0].loss, null);
    void loss;
  });
});

describe('training telemetry: clearing', () => {
  beforeEach(() => clearDefaultGraphState());
  it('clearTelemetry forgets steps and recording continues from step 1', () => {
    const v = new tf.Variable(tf.constant([1]), { name: 'w' });
    const train = new tf.train.GradientDescentOptimizer(1).applyGradients([[tf.constant([1]), v]]);
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    sess.run(train); sess.run(train);
    tf.clearTelemetry(sess);
    assert.equal(tf.getTelemetry(sess).totalSteps, 0);
    sess.run(train);
    const t = tf.getTelemetry(sess);
    assert.deepEqual(t.steps.map(s => s.step), [1]);
    assert.equal(t.variables[t.steps[0].variables[0].variable].name, 'w');
  });
});
