// A kernel's Inspection sees the runs after attach() and none before: importing the engine, the
// payload builders and the worker's formatters installs no observer. Two Inspections (two
// kernels' worth) keep their own records, and a detached one stops recording.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { Inspection } from '../../../src/engine/inspect/inspection';
import { buildGraphPayload } from '../../../src/engine/inspect/graph_payload';
import '../../../src/worker/display';

function trainOnce(steps: number) {
  clearDefaultGraphState();
  const x = tf.placeholder('float32', [null, 2]);
  const w = new tf.Variable(tf.zeros([2, 1]));
  const loss = tf.reduceMean(tf.square(tf.matmul(x, w)));
  const train = new tf.train.GradientDescentOptimizer(0.1).minimize(loss);
  const sess = new tf.Session();
  sess.run(tf.globalVariablesInitializer());
  const feed = new Map([[x, tf.NDArray.from([[1, 2], [3, 4]], 'float32')]]);
  for (let i = 0; i < steps; i++) sess.run([train, loss], feed);
  return { sess, train, graph: tf.getDefaultGraph() };
}

describe('Inspection', () => {
  it('knows nothing of runs before attach(): no module installs an observer on import', () => {
    const { graph } = trainOnce(2);
    const inspection = new Inspection();
    assert.equal(inspection.lastTrainingSession(graph), null);
    assert.equal(inspection.lastRunOf(graph), null);
    assert.equal(buildGraphPayload(graph, { inspection }).lastRun, null);
    assert.equal(inspection.lastLoss(), undefined);
  });

  it('records runs, gradients, losses and variables once attached; detached, it stops', () => {
    const a = new Inspection().attach();
    const { sess, train, graph } = trainOnce(3);
    assert.equal(a.lastTrainingSession(graph), sess);
    assert.equal(a.lastRunOf(graph, train)?.session, sess);
    assert.equal(a.losses.since(0).length, 3);
    assert.deepEqual(a.capturedGradient(sess, train, 'Variable')?.shape, [2, 1]);
    assert.deepEqual(a.graphVariables().map((v) => [v.name, v.initialized]), [['Variable:0', true]]);
    const b = new Inspection().attach();
    a.detach();
    const second = trainOnce(1);
    assert.equal(a.lastTrainingSession(second.graph), null, 'a detached inspection records nothing');
    assert.equal(b.lastTrainingSession(second.graph), second.sess, 'another kernel\'s inspection still records');
    b.detach();
  });
});
