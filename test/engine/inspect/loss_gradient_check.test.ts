// The graph view's Check gradients, at the engine: the seed's softmax regression (its graph, on a
// seeded batch) checked in float64 against central differences; a deliberately wrong gradient
// rule (through gradient_override_map) reported as failing; the user's session, graph and run
// history left exactly as they were.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { hasGradientEntry, registerGradient } from '../../../src/engine/gradients/registry';
import { Inspection } from '../../../src/engine/inspect/inspection';
import { checkRecordedLoss } from '../../../src/engine/inspect/check_recorded_loss';

// A wrong rule for Softmax, reachable only through an override: it passes the gradient through
// unchanged, as if softmax were the identity.
const WRONG = 'GradbookTestIdentityAsSoftmaxGrad';
if (!hasGradientEntry(WRONG)) registerGradient(WRONG, (_op, [g]) => [g]);

/** A seeded batch: 16 "images" of 784 pixels, 40 % of them zero as in MNIST, one-hot labels. */
function batch(rows = 16): { xs: tf.NDArray; ys: tf.NDArray } {
  let s = 7;
  const next = () => { s = (s * 16807) % 2147483647; return s / 2147483647; };
  const xs = tf.NDArray.zeros('float32', [rows, 784]);
  for (let i = 0; i < xs.size; i++) xs.numeric[i] = next() < 0.4 ? 0 : next();
  const ys = tf.NDArray.zeros('float32', [rows, 10]);
  for (let r = 0; r < rows; r++) ys.numeric[r * 10 + Math.floor(next() * 10)] = 1;
  return { xs, ys };
}

/** The seed program's graph, trained for a few steps with an attached Inspection. */
function seed(opts: { wrongSoftmaxGradient?: boolean; closeSession?: boolean } = {}) {
  clearDefaultGraphState();
  const inspection = new Inspection().attach();
  const graph = tf.getDefaultGraph();
  const x = tf.placeholder('float32', [null, 784]);
  const y = tf.placeholder('float32', [null, 10]);
  const w = new tf.Variable(tf.zeros([784, 10]));
  const b = new tf.Variable(tf.zeros([10]));
  const override = opts.wrongSoftmaxGradient ? graph.enterGradientOverrideMap({ Softmax: WRONG }) : null;
  const a = tf.softmax(tf.add(tf.matmul(x, w), b));
  override?.exit();
  const crossEntropy = tf.reduceMean(tf.negative(tf.reduceSum(tf.multiply(y, tf.log(a)), [1])));
  const train = new tf.train.GradientDescentOptimizer(0.5).minimize(crossEntropy);
  const sess = new tf.Session();
  sess.run(tf.globalVariablesInitializer());
  const { xs, ys } = batch();
  for (let i = 0; i < 5; i++) sess.run(train, new Map([[x, xs], [y, ys]]));
  if (opts.closeSession) sess.close();
  return { inspection, graph, sess, w, b, crossEntropy, x, y };
}

describe('Check gradients (graph view): finite differences of the loss', () => {
  it('the seed model\'s gradients of w and b agree with central differences to 1e-3, in float64', () => {
    const { inspection, graph, w, b, crossEntropy } = seed();
    const r = checkRecordedLoss(inspection, graph, crossEntropy.name, [w.op.name, b.op.name]);
    inspection.detach();
    assert.equal(r.precision, 'float64');
    assert.equal(r.loss, crossEntropy.name);
    assert.ok(r.passed, `max relative error ${r.maxRelativeError}`);
    assert.ok(r.maxRelativeError < 1e-3, String(r.maxRelativeError));
    assert.deepEqual(r.variables.map((v) => [v.name, v.size, v.checked]), [[w.op.name, 7840, 20], [b.op.name, 10, 10]]);
    assert.match(r.variables[0].sampling, /10 largest \|gradient\| and 10 random of 7840 elements/);
    assert.equal(r.variables[1].sampling, 'all elements');
    assert.equal(r.rows.length, 30);
    // The largest elements are far from zero: the check is not comparing zeros with zeros.
    const wRows = r.rows.filter((row) => row.variable === w.op.name);
    assert.ok(Math.max(...wRows.map((row) => Math.abs(row.analytic))) > 1e-3);
    for (const row of wRows) assert.equal(row.index.length, 2);
    assert.match(r.feedSource, /last run that computed Mean:0 \(run #6 of its session\): fed Placeholder, Placeholder_1/);
  });

  it('reports a deliberately wrong gradient rule (gradient_override_map) as failing', () => {
    const { inspection, graph, w, b, crossEntropy } = seed({ wrongSoftmaxGradient: true });
    const r = checkRecordedLoss(inspection, graph, crossEntropy.name, [w.op.name, b.op.name]);
    inspection.detach();
    assert.equal(r.passed, false);
    assert.ok(r.maxRelativeError > 0.1, String(r.maxRelativeError));
    assert.ok(r.variables.every((v) => v.maxRelativeError > r.tolerance));
  });

  it('leaves the session\'s variables bit for bit, the user\'s graph and the run history as they were', () => {
    const { inspection, graph, sess, w, b, crossEntropy } = seed();
    const bytesOf = (v: tf.NDArray) => { const d = v.numeric; return Buffer.from(new Uint8Array(d.buffer, d.byteOffset, d.byteLength)); };
    const before = new Map([...sess.variables].map(([k, v]) => [k, { array: v, bytes: bytesOf(v) }]));
    const ops = graph.operationCount, runs = sess.runCount;
    const lastRun = inspection.lastRunOf(graph);
    checkRecordedLoss(inspection, graph, crossEntropy.name, [w.op.name, b.op.name]);
    checkRecordedLoss(inspection, graph, crossEntropy.name, [w.op.name], { precision: 'float32' });
    assert.equal(graph.operationCount, ops);
    assert.equal(sess.runCount, runs);
    assert.equal(inspection.lastRunOf(graph), lastRun);
    for (const [name, { array, bytes }] of before) {
      const now = sess.variables.get(name)!;
      assert.equal(now, array, name);
      assert.ok(bytesOf(now).equals(bytes), `${name} changed`);
    }
    inspection.detach();
  });

  it('checks a closed session at its values at close', () => {
    const { inspection, graph, w, crossEntropy } = seed({ closeSession: true });
    const r = checkRecordedLoss(inspection, graph, crossEntropy.name, [w.op.name]);
    inspection.detach();
    assert.ok(r.passed && r.maxRelativeError < 1e-3, String(r.maxRelativeError));
  });

  it('in float32 (when float64 is not possible) uses its larger step and tolerance and still passes', () => {
    const { inspection, graph, w, b, crossEntropy } = seed();
    const r = checkRecordedLoss(inspection, graph, crossEntropy.name, [w.op.name, b.op.name], { precision: 'float32' });
    inspection.detach();
    assert.equal(r.precision, 'float32');
    assert.equal(r.step, 1e-3);
    assert.ok(r.passed, String(r.maxRelativeError));
  });

  it('says what is wrong with a request: a non-scalar loss, a variable the loss does not use, a placeholder never fed', () => {
    const { inspection, graph, w, crossEntropy } = seed();
    const logits = graph.getOperations().find((op) => op.type === 'Softmax')!.outputs[0];
    assert.throws(() => checkRecordedLoss(inspection, graph, logits.name, [w.op.name]), /needs a scalar loss; Softmax:0 has shape \[\?,10\]/);
    const other = new tf.Variable(tf.zeros([3]));
    assert.throws(() => checkRecordedLoss(inspection, graph, crossEntropy.name, [other.op.name]), /does not depend on variable 'Variable_2'/);
    const fresh = tf.reduceSum(tf.placeholder('float32', [2]));
    assert.throws(() => checkRecordedLoss(inspection, graph, fresh.name, [w.op.name]), /needs a value for placeholder 'Placeholder_2'/);
    inspection.detach();
  });
});
