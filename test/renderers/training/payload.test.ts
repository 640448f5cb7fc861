// The training monitor's payload: the worker's progress event plus the loss of the steps the
// loop recorded, from telemetry; and the bounded loss history behind it.
import { strict as assert } from 'assert';
import { runSeed } from '../seed';
import { withLossHistory } from '../../../src/worker/formatters/training';
import { LossHistory } from '../../../src/engine/inspect/loss_history';
import { getTelemetry } from '../../../src/engine/telemetry';

describe('training monitor payload', function () {
  this.timeout(30_000);

  it('adds the loss of every step of the seed loop to the progress event', () => {
    const started = Date.now();
    const seed = runSeed(50);
    const now = Date.now();
    const p = withLossHistory({ done: 50, total: 50, stepsPerSecond: 100, elapsedSeconds: (now - started) / 1000, final: true }, seed.inspection.losses, now);
    const telemetry = getTelemetry((seed.value('sess') as unknown as { session: never }).session);
    assert.deepEqual(p.lossHistory?.steps, telemetry.steps.map((s) => s.step));
    assert.deepEqual(p.lossHistory?.loss, telemetry.steps.map((s) => s.loss));
    assert.equal(p.lastLoss, telemetry.steps[49].loss);
    assert.deepEqual([p.done, p.total, p.final], [50, 50, true]);
  });

  it('leaves out steps from before the loop began', () => {
    const seed = runSeed(5);
    const p = withLossHistory({ done: 1, total: 10, stepsPerSecond: 1, elapsedSeconds: 0.001, final: false }, seed.inspection.losses, Date.now() + 60_000);
    assert.equal(p.lossHistory, undefined);
    assert.equal(p.lastLoss, undefined);
  });

  it('keeps a bounded, evenly thinned history, and records densely again for a new loop', () => {
    const h = new LossHistory(64);
    for (let i = 1; i <= 10_000; i++) h.add({ step: i, loss: 1 / i, time: i });
    const all = h.since(0);
    assert.ok(all.length < 64 && all.length >= 32, `bounded: ${all.length}`);
    const gaps = new Set(all.slice(1).map((p, i) => p.step - all[i].step));
    assert.equal(gaps.size, 1, 'even spacing');
    h.dropBefore(20_000);
    for (let i = 1; i <= 10; i++) h.add({ step: 10_000 + i, loss: 1, time: 20_000 + i });
    assert.deepEqual(h.since(20_000).map((p) => p.step), Array.from({ length: 10 }, (_, i) => 10_001 + i));
  });
});
