// Summaries reach the host while a cell trains: a real kernel process runs a training loop that
// writes summaries through tf.summary.FileWriter; the KernelClient hears them before the cell ends
// (the Summaries view draws from this), the same values the event file holds, and forgets them on
// restart.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SummariesPayload } from '../../src/shared/payloads/summaries';
import { Mime } from '../../src/shared/mimes';
import { formats } from '../../src/engine';
import { NodeFileSystem } from '../../src/node';
import { pythonKernel, RecordingSink } from './helpers';

const TRAIN = (logdir: string) => `
import tensorflow as tf
import time
x = tf.placeholder(tf.float32, [None])
w = tf.Variable(5.0, name="w")
loss = tf.reduce_mean(tf.square(w * x - 2.0 * x))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
tf.summary.scalar("loss", loss)
tf.summary.histogram("w_hist", w)
merged = tf.summary.merge_all()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
writer = tf.summary.FileWriter(${JSON.stringify(logdir)})
for step in range(6):
    s, _ = sess.run([merged, train], {x: [1.0, 2.0]})
    writer.add_summary(s, step)
    if step == 2:
        print("halfway", flush=True)
        time.sleep(0.5)
`;

describe('kernel: summaries stream to the host as the cell trains', function () {
  this.timeout(60_000);
  it('posts scalar and histogram records during the cell, equal to the event file; restart clears them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-ksum-'));
    const kernel = pythonKernel({ session: { cwd: dir, roots: [dir, os.tmpdir()] } });
    const seen: { payload: SummariesPayload; stdout: string }[] = [];
    const sink = new RecordingSink();
    kernel.onSummaries((p) => seen.push({ payload: JSON.parse(JSON.stringify(p)), stdout: sink.text() }));
    try {
      const r = await kernel.run(TRAIN(path.join(dir, 'logs')), undefined, sink);
      assert.equal(r.status, 'ok', JSON.stringify(r));
      // Some records arrived before the cell ended (while it slept halfway).
      assert.ok(seen.length >= 2, `expected batches during the cell, got ${seen.length}`);
      const final = kernel.summaries;
      const loss = final.scalars.find((s) => s.tag === 'loss')!;
      assert.ok(loss, JSON.stringify(final).slice(0, 300) + sink.text('stderr'));
      assert.deepEqual(loss.steps, [0, 1, 2, 3, 4, 5]);
      assert.deepEqual(final.histograms.map((h) => [h.tag, h.steps.length]), [['w_hist', 6]]);
      // The same values as the event file.
      const file = fs.readdirSync(path.join(dir, 'logs')).find((f) => f.startsWith('events.out.tfevents.'))!;
      const fromFile = formats.readEventFile(new NodeFileSystem(), path.join(dir, 'logs', file))
        .flatMap((e) => (e.summary?.value ?? []).filter((v) => v.tag === 'loss').map((v) => v.simple_value));
      assert.deepEqual(loss.values, fromFile);
      assert.ok(loss.values[5] < loss.values[0], 'the loss fell');
      await kernel.restart();
      assert.deepEqual(kernel.summaries, { scalars: [], histograms: [] });
    } finally {
      await kernel.dispose();
    }
  });

  it('gives the cell one summaries output: charts while it trains, then the event file\'s values with a PNG and text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-ksumout-'));
    const kernel = pythonKernel({ session: { cwd: dir, roots: [dir, os.tmpdir()] } });
    try {
      const sink = new RecordingSink();
      // Sleeping 1.2 s halfway lets the once-a-second update go out while the cell still runs.
      const r = await kernel.run(TRAIN(path.join(dir, 'logs')).replace('time.sleep(0.5)', 'time.sleep(1.2)'), undefined, sink);
      assert.equal(r.status, 'ok', JSON.stringify(r) + sink.text('stderr'));
      const outputs = sink.summariesEvents;
      assert.ok(outputs.length >= 2, `an update during the cell and the final one, got ${outputs.length}`);
      const during = outputs[0], last = outputs[outputs.length - 1];
      assert.equal(during.stdout, '', 'the first update came before the cell printed halfway');
      assert.equal(during.data['image/png'], undefined, 'no PNG while training');
      const payload = last.data[Mime.summaries] as SummariesPayload;
      const file = fs.readdirSync(path.join(dir, 'logs')).find((f) => f.startsWith('events.out.tfevents.'))!;
      const fromFile = formats.readEventFile(new NodeFileSystem(), path.join(dir, 'logs', file))
        .flatMap((e) => (e.summary?.value ?? []).filter((v) => v.tag === 'loss').map((v) => v.simple_value));
      assert.deepEqual(payload.scalars.map((s) => [s.tag, s.steps, s.values]), [['loss', [0, 1, 2, 3, 4, 5], fromFile]]);
      assert.deepEqual(payload.histograms.map((h) => [h.tag, h.steps]), [['w_hist', [0, 1, 2, 3, 4, 5]]]);
      const png = Buffer.from(last.data['image/png'] as string, 'base64');
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      assert.equal(png.readUInt32BE(16), 576, '2 panels of 4 in at 72 dpi');
      const text = last.data[Mime.text] as string;
      assert.match(text, /^Summaries\n/);
      assert.match(text, new RegExp(`loss: 6 steps, .* at step 0 → .* at step 5`));
      assert.match(text, /w_hist: histogram over 6 steps, last \(step 5\) 1 values in \[/);
      // A cell that writes no summaries gets no summaries output.
      const quiet = new RecordingSink();
      await kernel.run('print(1)', undefined, quiet);
      assert.equal(quiet.summariesEvents.length, 0);
    } finally {
      await kernel.dispose();
    }
  });
});
