// The run observers share one scan of the weights after a training step (issue 15, wave 12): the
// gradient capture's weight norm proves them finite (normIfAllFinite), and NanWatch then skips its
// own scan of the same arrays in the same run (RunRecord.finiteData). The views must see the same
// weight norm as before (finiteNorm's bits), and a step that makes the weights non-finite must
// still be reported as an update.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { Inspection } from '../../../src/engine/inspect/inspection';
import { finiteNorm, normIfAllFinite } from '../../../src/engine/inspect/array_stats';
import type { NanReport } from '../../../src/engine/inspect/nan_watch';

function graph(scale: number[]) {
  clearDefaultGraphState();
  const x = tf.placeholder('float32', [null, 3]);
  const s = tf.placeholder('float32', []);
  const w = new tf.Variable(tf.NDArray.from([[0.5], [-0.25], [1e-30]], 'float32'));
  const loss = tf.reduceMean(tf.square(tf.divide(tf.matmul(x, w), s)));
  const train = new tf.train.GradientDescentOptimizer(0.1).minimize(loss);
  const sess = new tf.Session();
  sess.run(tf.globalVariablesInitializer());
  const xs = tf.NDArray.from([[1, 2, 3], [-4, 5, 0.5]], 'float32');
  return { sess, train, w, steps: scale.map((v) => () => sess.run(train, new Map<tf.Tensor, tf.NDArray>([[x, xs], [s, tf.NDArray.from(v, 'float32')]]))) };
}

describe('run observers: one scan of the weights after a step', () => {
  it('normIfAllFinite is finiteNorm\'s value when every element is finite, NaN otherwise', () => {
    const a = Float32Array.from([3, -4, 1e-40, -0, 2.5, 7, 1e30]);
    assert.equal(Object.is(normIfAllFinite(a), finiteNorm(a)), true);
    for (const bad of [NaN, Infinity, -Infinity]) {
      const b = Float32Array.from(a); b[5] = bad;
      assert.ok(Number.isNaN(normIfAllFinite(b)));
      assert.ok(Number.isFinite(finiteNorm(b)), 'finiteNorm still gives the finite elements\' norm');
    }
    assert.ok(Number.isNaN(normIfAllFinite(Float64Array.from([1e200, 1e200]))), 'a float64 overflow proves nothing');
  });

  it('keeps the captured weight norm and proves the updated weights finite for NanWatch', () => {
    const inspection = new Inspection().attach();
    const proofs: boolean[] = [];
    // Observers run in attach order: this one after the inspection's capture and NanWatch.
    const detach = tf.addRunObserver((r) => {
      const w = r.session.variables.get('Variable');
      if (w && r.plan.executed.some((op) => op.type === 'ApplyGradientDescent')) proofs.push(r.finiteData?.has(w.data) === true);
    });
    try {
      const g = graph([1, 2, 3]);
      for (const step of g.steps) step();
      const wNow = (g.sess.run(g.w) as tf.NDArray).data as Float32Array;
      const captured = inspection.capturedGradient(g.sess, g.train, 'Variable');
      assert.ok(captured !== undefined);
      assert.equal(Object.is(captured.weightNorm, finiteNorm(Float32Array.from(wNow))), true, 'the same bits as finiteNorm');
      assert.deepEqual(proofs, [true, true, true]);
    } finally { detach(); inspection.detach(); }
  });

  it('a step that makes the weights non-finite is still reported as an update', () => {
    const inspection = new Inspection().attach();
    const reports: NanReport[] = [];
    inspection.nanWatch.onReport((r) => reports.push(r));
    try {
      const g = graph([1, 0, 0]);
      for (const step of g.steps) step();
      assert.equal(reports.length, 1);
      assert.deepEqual(reports[0].nonFinite.map((n) => n.kind), ['update']);
      assert.equal(reports[0].step, 2);
      const captured = inspection.capturedGradient(g.sess, g.train, 'Variable')!;
      const w = (g.sess.run(g.w) as tf.NDArray).data as Float32Array;
      assert.ok(w.some((v) => !Number.isFinite(v)));
      assert.equal(Object.is(captured.weightNorm, finiteNorm(Float32Array.from(w))), true);
    } finally { inspection.detach(); }
  });
});
