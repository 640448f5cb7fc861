// The gradient view's payload from the real engine: the seed program after 50 steps, displayed
// as `train`, as the optimizer, and as compute_gradients' pairs. The numbers must agree with
// the gradient values the payload carries and with the variables' values.
import { strict as assert } from 'assert';
import { runSeed, type SeedRun } from '../seed';
import { Mime } from '../../../src/shared/mimes';
import { decodeValues } from '../../../src/shared/payloads/tensor';
import type { GradientsPayload } from '../../../src/shared/payloads/gradients';
import { getTelemetry } from '../../../src/engine/telemetry';
import { latestGradientsPayload } from '../../../src/worker/formatters/gradients';

function close(actual: number | null | undefined, expected: number, what: string, rel = 1e-5): void {
  assert.ok(actual !== null && actual !== undefined, `${what} is known`);
  assert.ok(Math.abs(actual - expected) <= rel * Math.max(1e-12, Math.abs(expected)), `${what}: ${actual} vs ${expected}`);
}

function statsOf(values: ArrayLike<number>) {
  let sum = 0, sq = 0, min = Infinity, max = -Infinity;
  for (let i = 0; i < values.length; i++) { const x = values[i]; sum += x; sq += x * x; min = Math.min(min, x); max = Math.max(max, x); }
  return { norm: Math.sqrt(sq), mean: sum / values.length, min, max };
}

describe('gradient view payload (seed program, 50 steps)', function () {
  this.timeout(30_000);
  let seed: SeedRun;
  let train: GradientsPayload;
  before(() => {
    seed = runSeed(50);
    train = seed.bundle('train')[Mime.gradients] as GradientsPayload;
  });

  it('displaying train offers the graph view first, the gradient view, and text', () => {
    const bundle = seed.bundle('train');
    assert.deepEqual(Object.keys(bundle), [Mime.graph, Mime.gradients, Mime.text]);
    assert.match(String(bundle[Mime.text]), /GradientDescent/);
  });

  it('has one row per trainable variable, named by graph name and Python global', () => {
    assert.equal(train.source, 'trainOp');
    assert.equal(train.totalSteps, 50);
    assert.deepEqual(train.rows.map((r) => [r.name, r.alias, r.shape, r.dtype]), [['Variable', 'w', [784, 10], 'float32'], ['Variable_1', 'b', [10], 'float32']]);
    assert.deepEqual(train.pairs, [
      { gradient: 'gradients/MatMul_grad/MatMul_1:0', variable: 'Variable' },
      { gradient: 'gradients/add_grad/Reshape_1:0', variable: 'Variable_1' },
    ]);
    assert.equal(train.learningRate, 0.5);
    assert.deepEqual(train.optimizer, { name: 'GradientDescent', type: 'GradientDescentOptimizer' });
  });

  it('carries the last gradient of w as ten 784-long columns whose statistics are the row’s', () => {
    const w = train.rows[0];
    assert.ok(w.gradient, 'gradient values included');
    assert.equal(w.gradient.step, 50);
    const g = decodeValues(w.gradient.values);
    assert.equal(g.length, 784 * 10);
    const columns = Array.from({ length: 10 }, (_, k) => Array.from({ length: 784 }, (_, p) => g[p * 10 + k]));
    assert.equal(columns.length, 10);
    assert.ok(columns.every((c) => c.some((x) => x !== 0)), 'every class column has a gradient');
    // The top-left pixel is blank in every MNIST digit, so its gradient row is zero.
    assert.ok(columns.every((c) => c[0] === 0));
    for (const r of train.rows) {
      const s = statsOf(decodeValues(r.gradient!.values));
      const l = r.latest!;
      close(l.gradNorm, s.norm, `${r.alias} ‖g‖`);
      close(l.gradMin, s.min, `${r.alias} min`);
      close(l.gradMax, s.max, `${r.alias} max`);
      assert.ok(Math.abs(l.gradMean - s.mean) < 1e-6 * s.norm, `${r.alias} mean`);
      assert.equal(l.gradNonFinite, 0);
    }
  });

  it('reports the update as lr·‖g‖ and its ratio to the weights after the step', () => {
    const closed = (seed.value('sess') as unknown as { session: { valuesAtClose: Map<string, { data: Float32Array }> } }).session.valuesAtClose;
    for (const r of train.rows) {
      const l = r.latest!;
      close(l.updateNorm, 0.5 * l.gradNorm, `${r.alias} update norm`);
      const weights = statsOf(closed.get(r.name)!.data).norm;
      close(l.weightNorm, weights, `${r.alias} ‖w‖`);
      close(l.updateRatio, l.updateNorm! / weights, `${r.alias} update ratio`);
    }
  });

  it('has loss and gradient-norm series over all 50 steps, ending at the latest step', () => {
    assert.deepEqual(train.series.steps, Array.from({ length: 50 }, (_, i) => i + 1));
    const loss = train.series.loss as number[];
    assert.ok(loss.every((x) => typeof x === 'number' && x > 0));
    close(loss[0], Math.log(10), 'the first loss of zero weights is ln 10');
    assert.ok(loss[49] < loss[0] / 2, 'the loss falls');
    for (const r of train.rows) {
      assert.equal(r.gradNorm.length, 50);
      close(r.gradNorm[49], r.latest!.gradNorm, `${r.alias} last point of the sparkline`);
    }
    const telemetry = getTelemetry((seed.value('sess') as unknown as { session: never }).session);
    assert.deepEqual(loss, telemetry.steps.map((s) => s.loss));
  });

  it('gives the side panel the payload of the last train op that ran', () => {
    const p = latestGradientsPayload(seed.display);
    assert.equal(p?.trainOp, 'GradientDescent');
    assert.deepEqual(p?.rows.map((r) => [r.alias, r.latest?.gradNorm]), train.rows.map((r) => [r.alias, r.latest?.gradNorm]));
  });

  it('displays the optimizer as every train op it built', () => {
    const p = seed.bundle('optimizer')[Mime.gradients] as GradientsPayload;
    assert.equal(p.source, 'optimizer');
    assert.deepEqual(p.rows.map((r) => r.alias), ['w', 'b']);
    assert.equal(p.trainOp, 'GradientDescent');
    assert.deepEqual(p.rows.map((r) => r.latest?.gradNorm), train.rows.map((r) => r.latest?.gradNorm));
  });

  it('displays compute_gradients pairs with their own tensor names and the variables’ last step', () => {
    const p = seed.bundle('optimizer.compute_gradients(cross_entropy)')[Mime.gradients] as GradientsPayload;
    assert.equal(p.source, 'pairs');
    assert.equal(p.pairs.length, 2);
    assert.match(p.pairs[0].gradient!, /^gradients_\d+\/MatMul_grad\/MatMul_1:0$/);
    assert.deepEqual(p.pairs.map((x) => x.variable), ['Variable', 'Variable_1']);
    assert.deepEqual(p.rows.map((r) => r.gradientTensor), p.pairs.map((x) => x.gradient));
    assert.equal(p.rows[0].latest?.step, 50);
    assert.equal(decodeValues(p.rows[0].gradient!.values).length, 7840);
  });

  it('an optimizer that never ran shows its variables with no steps', () => {
    seed.run('v = tf.Variable(tf.ones([3]), name="fresh")\nfresh_opt = tf.train.AdamOptimizer(0.1, name="FreshAdam")\nfresh_train = fresh_opt.minimize(tf.reduce_sum(v * v))');
    const p = seed.bundle('fresh_train')[Mime.gradients] as GradientsPayload;
    assert.deepEqual(p.rows.map((r) => [r.name, r.alias, r.latest, r.gradient]), [['fresh', 'v', null, null]]);
    assert.equal(p.optimizer?.type, 'AdamOptimizer');
  });
});
