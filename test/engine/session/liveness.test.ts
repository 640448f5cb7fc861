// Buffer liveness in Session runs: large intermediates are recycled after their last consumer,
// never while a view (Reshape, Identity) still shares their memory, and a repeated plan reuses
// the same buffers run after run.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { LARGE_BYTES } from '../../../src/engine/session/runtime';
import { getTelemetry } from '../../../src/engine/telemetry';

/** 1.2 MB of float32: above LARGE_BYTES, so these values take part in recycling. */
const ROWS = 300, COLS = 1000;

function input(seed: number): tf.NDArray {
  const a = tf.NDArray.zeros('float32', [ROWS, COLS]);
  for (let i = 0; i < a.size; i++) a.numeric[i] = Math.fround(Math.sin(i * 0.01 + seed));
  return a;
}

function assertClose(got: tf.NDArray, want: (i: number) => number, what: string): void {
  for (let i = 0; i < got.size; i++) {
    const w = Math.fround(want(i));
    if (Math.abs(got.numeric[i] - w) > 1e-5 * (1 + Math.abs(w))) assert.fail(`${what}[${i}] = ${got.numeric[i]}, want ${w}`);
  }
}

describe('Session liveness: large buffers recycled after their last consumer', () => {
  beforeEach(() => clearDefaultGraphState());

  it('keeps a buffer while a Reshape or Identity view of it lives, across several runs', () => {
    assert.ok(ROWS * COLS * 4 >= LARGE_BYTES);
    const x = tf.placeholder('float32', [ROWS, COLS]);
    const a = tf.multiply(x, tf.constant(2, 'float32'));           // dies at the Reshape: r aliases it
    const r = tf.reshape(a, [COLS, ROWS]);
    const id = tf.identity(tf.multiply(x, tf.constant(5, 'float32'))); // the Mul dies at Identity
    const d = tf.add(x, tf.constant(1, 'float32'));            // asks for a buffer of a's size meanwhile
    const e = tf.add(tf.reshape(r, [ROWS, COLS]), d);           // reads r (a's memory) after d
    const f = tf.subtract(id, tf.reshape(r, [ROWS, COLS]));          // reads id after both
    const sess = new tf.Session();
    for (let run = 0; run < 4; run++) {
      const xv = input(run);
      const [ev, fv] = sess.run([e, f], [[x, xv]]) as tf.NDArray[];
      const xs = xv.numeric;
      assertClose(ev, i => Math.fround(xs[i] * 2) + Math.fround(xs[i] + 1), `run ${run} e`);
      assertClose(fv, i => Math.fround(xs[i] * 5) - Math.fround(xs[i] * 2), `run ${run} f`);
    }
  });

  it('recycles a chain: values right, live large buffers bounded, nothing allocated once warm', () => {
    const x = tf.placeholder('float32', [ROWS, COLS]);
    let y: tf.Tensor = x;
    const depth = 12;
    for (let i = 0; i < depth; i++) y = tf.add(tf.multiply(y, tf.constant(0.5, 'float32')), tf.constant(1, 'float32'));
    const sess = new tf.Session();
    const bytes = ROWS * COLS * 4;
    for (let run = 0; run < 5; run++) {
      const xv = input(run);
      const got = sess.run(y, [[x, xv]]) as tf.NDArray;
      assertClose(got, i => { let v = xv.numeric[i]; for (let k = 0; k < depth; k++) v = Math.fround(Math.fround(v * 0.5) + 1); return v; }, `run ${run}`);
      const stats = sess.runtime.memoryStats();
      // 24 large outputs, but at most an op's input and its output are alive at once.
      assert.ok(stats.peakLiveBytes <= 2 * bytes, `peak live ${stats.peakLiveBytes}`);
      assert.ok(stats.heldBytes <= 3 * bytes, `held ${stats.heldBytes}`);
      if (run >= 2) assert.equal(stats.allocations, 0, `run ${run} allocated`);
      if (run === 0) assert.ok(stats.recycled > 0);
    }
  });

  it('a fetched intermediate stays intact, and the caller keeps its copy after the next run', () => {
    const x = tf.placeholder('float32', [ROWS, COLS]);
    const mid = tf.multiply(x, tf.constant(3, 'float32'));
    let y: tf.Tensor = mid;
    for (let i = 0; i < 4; i++) y = tf.add(y, tf.constant(1, 'float32'));
    const sess = new tf.Session();
    const x0 = input(0);
    const [m0, y0] = sess.run([mid, y], [[x, x0]]) as tf.NDArray[];
    sess.run([mid, y], [[x, input(1)]]);
    assertClose(m0, i => x0.numeric[i] * 3, 'mid');
    assertClose(y0, i => Math.fround(x0.numeric[i] * 3) + 4, 'y');
  });

  it('drops what exceeds retainBytes after a run, and later runs still compute right', () => {
    const x = tf.placeholder('float32', [ROWS, COLS]);
    const y = tf.add(tf.multiply(tf.exp(x), tf.constant(2, 'float32')), tf.constant(1, 'float32'));
    const sess = new tf.Session();
    sess.runtime.retainBytes = 0;
    for (let run = 0; run < 3; run++) {
      const xv = input(run);
      const got = sess.run(y, [[x, xv]]) as tf.NDArray;
      assert.equal(sess.runtime.memoryStats().heldBytes, 0);
      assertClose(got, i => Math.fround(Math.fround(Math.exp(xv.numeric[i])) * 2) + 1, `run ${run}`);
    }
  });

  it('a failing run leaves no buffer in use: the next run recycles as before', () => {
    const x = tf.placeholder('float32', [ROWS, COLS]);
    const bad = tf.placeholder('float32', [null]);
    const y = tf.add(tf.multiply(x, tf.constant(2, 'float32')), tf.constant(1, 'float32'));
    const broken = tf.add(tf.multiply(y, tf.constant(2, 'float32')), bad);
    const sess = new tf.Session();
    sess.run(y, [[x, input(0)]]);
    assert.throws(() => sess.run(broken, [[x, input(1)], [bad, tf.NDArray.from([1, 2, 3], 'float32')]]));
    const xv = input(2);
    assertClose(sess.run(y, [[x, xv]]) as tf.NDArray, i => Math.fround(xv.numeric[i] * 2) + 1, 'after the error');
  });

  it('telemetry still sees a large gradient (kept through the observer retain hook)', () => {
    const x = tf.placeholder('float32', [4, 784]);
    const w = new tf.Variable(tf.zeros([784, 500]));          // 1.5 MB: its gradient is large
    const loss = tf.reduceSum(tf.matmul(x, w.value()));
    const train = new tf.train.GradientDescentOptimizer(0.1).minimize(loss);
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    const xv = tf.NDArray.zeros('float32', [4, 784]);
    for (let i = 0; i < xv.size; i++) xv.numeric[i] = (i % 7) * 0.1;
    sess.run(train, [[x, xv]]);
    // d loss / d w[k, j] = Σ_i x[i, k] for every j.
    let sumSq = 0;
    for (let k = 0; k < 784; k++) { let s = 0; for (let i = 0; i < 4; i++) s += xv.numeric[i * 784 + k]; sumSq += 500 * s * s; }
    const steps = getTelemetry(sess).steps;
    assert.equal(steps.length, 1);
    assert.equal(steps[0].variables.length, 1);
    const norm = steps[0].variables[0].gradNorm;
    assert.ok(Math.abs(norm - Math.sqrt(sumSq)) < 1e-3 * Math.sqrt(sumSq), `grad norm ${norm} vs ${Math.sqrt(sumSq)}`);
  });
});
