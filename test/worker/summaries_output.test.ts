// The cell's summaries output as the kernel sends it: at most one update per interval while the
// cell trains (charts and text only), a final one with the PNG, nothing for a cell without
// summaries; and the thinning that keeps a long run's saved output small.
import { strict as assert } from 'assert';
import { CellSummariesOutput } from '../../src/worker/summariesOutput';
import { preparePlotRendering } from '../../src/plots';
import { Mime, type MimeBundle } from '../../src/shared/mimes';
import { MAX_OUTPUT_POINTS, thinSummaries, type SummariesPayload, type SummaryRecord } from '../../src/shared/payloads/summaries';

const scalar = (step: number, value: number): SummaryRecord => ({ logdir: 'logs', tag: 'loss', step, wallTime: 0, scalar: value });

describe('worker: the cell\'s summaries output', function () {
  this.timeout(30_000);
  before(() => preparePlotRendering());

  it('sends the first records at once, then at most once per interval, and a final bundle with a PNG', () => {
    let now = 0;
    const sent: MimeBundle[] = [];
    const out = new CellSummariesOutput((b) => sent.push(b), 1000, () => now);
    out.add([scalar(0, 4)]);
    for (let step = 1; step < 20; step++) { now += 100; out.add([scalar(step, 4 - step / 10)]); }
    // Sent at t=0 and t=1000 only (19 adds over 1.9 s).
    assert.equal(sent.length, 2);
    assert.deepEqual((sent[1][Mime.summaries] as SummariesPayload).scalars[0].steps.length, 11);
    assert.ok(sent.every((b) => !('image/png' in b)));
    out.finish();
    assert.equal(sent.length, 3);
    const last = sent[2];
    assert.equal((last[Mime.summaries] as SummariesPayload).scalars[0].steps.length, 20);
    assert.equal(Buffer.from(last['image/png'] as string, 'base64').subarray(1, 4).toString(), 'PNG');
    assert.deepEqual(Object.keys(last), [Mime.summaries, 'image/png', Mime.text], 'rich mime first, text last');
    // The next cell starts empty; one without summaries (or only audio/image values) sends nothing.
    out.add([{ logdir: 'logs', tag: 'clip', step: 0, wallTime: 0 }]);
    out.finish();
    assert.equal(sent.length, 3);
  });

  it('thins each scalar tag evenly to MAX_OUTPUT_POINTS, keeping the first and last step', () => {
    const n = 25_000;
    const payload: SummariesPayload = { scalars: [{ run: 'r', tag: 'loss', steps: Array.from({ length: n }, (_, i) => i), values: Array.from({ length: n }, (_, i) => 1 / (i + 1)) }], histograms: [] };
    const thin = thinSummaries(payload);
    const s = thin.scalars[0];
    assert.equal(s.steps.length, MAX_OUTPUT_POINTS);
    assert.deepEqual([s.steps[0], s.steps.at(-1)], [0, n - 1]);
    s.steps.forEach((step, i) => assert.equal(s.values[i], 1 / (step + 1)));
    const gaps = new Set(s.steps.slice(1).map((x, i) => x - s.steps[i]));
    assert.ok([...gaps].every((g) => g === 25 || g === 26), `even gaps: ${[...gaps]}`);
    assert.equal(payload.scalars[0].steps.length, n, 'the kernel\'s own payload is left whole');
  });
});
