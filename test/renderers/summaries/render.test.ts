// The summaries output in headless Chromium, drawn by the notebook renderer from what a real
// Python session's FileWriter wrote: a line per scalar tag and ridges per histogram tag, grouped
// by run; a second render into the same element (VS Code replacing the output item as the cell
// trains) redraws in place with more steps.
import { strict as assert } from 'assert';
import * as path from 'path';
import { artifactsDir, cspViolations, useViewsPage } from '../view_page';
import { Mime } from '../../../src/shared/mimes';
import { PythonSession } from '../../../src/python';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { emptySummaries, foldSummaries, type SummariesPayload } from '../../../src/shared/payloads/summaries';
import { tempDir } from '../../python/train/helpers';

const shots = path.join(artifactsDir, 'renderers');

/** Trains `steps` steps writing loss/accuracy scalars and a weights histogram; the records the kernel would fold. */
function trainedSummaries(steps: number): SummariesPayload {
  clearDefaultGraphState();
  const dir = tempDir('sumrender');
  const payload = emptySummaries();
  const session = new PythonSession({ stdout: () => undefined, stderr: () => undefined, display: () => undefined, summaries: (r) => foldSummaries(payload, r) }, { cwd: dir, roots: [dir] });
  const r = session.runCell([
    'import tensorflow as tf', 'import numpy as np',
    'np.random.seed(1)',
    'x = tf.constant(np.random.randn(64, 4).astype(np.float32))',
    'y = tf.constant((np.random.randn(64) > 0).astype(np.float32))',
    'w = tf.Variable(tf.random_normal([4, 1], seed=1), name="weights")',
    'logits = tf.reshape(tf.matmul(x, w), [-1])',
    'loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=logits))',
    'acc = tf.reduce_mean(tf.cast(tf.equal(tf.cast(logits > 0, tf.float32), y), tf.float32))',
    'train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)',
    'tf.summary.scalar("loss", loss)', 'tf.summary.scalar("accuracy", acc)', 'tf.summary.histogram("weights", w)',
    'merged = tf.summary.merge_all()',
    'sess = tf.Session()', 'sess.run(tf.global_variables_initializer())',
    'writer = tf.summary.FileWriter("logs/train")',
    `for step in range(${steps}):`,
    '    s, _ = sess.run([merged, train])',
    '    writer.add_summary(s, step)',
    'writer.close()',
  ].join('\n') + '\n', '<cell>');
  if (!r.ok) throw new Error(r.error.traceback);
  return payload;
}

describe('summaries output (headless Chromium)', function () {
  const ctx = useViewsPage(this, { width: 760, height: 520 });

  it('draws the cell\'s scalars and histograms, and redraws the same element as the output is replaced', async () => {
    const render = async (payload: SummariesPayload, name: string) => {
      const url = ctx.views.addPayload(name, payload);
      const id = await ctx.page.evaluate(([r, m, u]: string[]) => (window as any).renderView(r, m, u, 'summaries'), ['summaries', Mime.summaries, url]);
      return ctx.page.locator(`#${id}`);
    };
    const early = await render(trainedSummaries(8), 'summaries-early.json');
    assert.equal(await early.locator('section.gb-run').getAttribute('data-run'), 'logs/train');
    assert.equal(await early.locator('svg.gb-scalar[data-tag="loss"]').getAttribute('data-points'), '8');
    await ctx.page.screenshot({ path: path.join(shots, 'summaries-early.png') });

    const final = trainedSummaries(30);
    const view = await render(final, 'summaries-final.json');
    assert.equal(await ctx.page.locator('.gb-summaries').count(), 1, 'replaced, not appended');
    assert.deepEqual(await view.locator('svg.gb-scalar').evaluateAll((els: Element[]) => els.map((e) => [e.getAttribute('data-tag'), e.getAttribute('data-points')])),
      [['loss', '30'], ['accuracy', '30']]);
    const d = (await view.locator('svg.gb-scalar[data-tag="loss"] path.gb-line').getAttribute('d')) ?? '';
    assert.equal((d.match(/[ML]/g) ?? []).length, 30, 'one point per step');
    const loss = final.scalars.find((s) => s.tag === 'loss')!;
    assert.ok(loss.values[29] < loss.values[0], 'the loss fell');
    // Ridges: the latest 40 histograms at most; 30 steps give 30. The variable holds the scope
    // `weights`, so the summary's scope and tag are `weights_1`, as in TF.
    assert.equal(await view.locator('svg.gb-histograms[data-tag="weights_1"] path.gb-ridge').count(), 30);
    assert.match((await view.locator('.gb-card').first().textContent()) ?? '', /loss\s+step 29/);
    assert.deepEqual(await cspViolations(ctx.page), []);
    await ctx.page.screenshot({ path: path.join(shots, 'summaries-final.png') });
  });
});
