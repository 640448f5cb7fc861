// The Summaries panel in VS Code: a cell trains with tf.summary ops and a FileWriter; the panel
// gets the loss curve while the cell still runs, then every step, with the values the event file
// holds; the page draws a line per scalar tag and ridges per histogram tag.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { config, gradbook, hasPage, openNotebook, outputs, panelViewSteps, probePage, runCells, waitFor } from '../support/host';
import { Mime } from '../../../src/shared/mimes';
import { formats } from '../../../src/engine';
import { NodeFileSystem } from '../../../src/node';

describe('Summaries panel', () => {
  it('shows the loss curve while the cell trains, and the event file\'s values when it ends', async function () {
    const api = await gradbook();
    const editor = await openNotebook('summaries.tfnb');
    const nb = editor.notebook;
    await vscode.commands.executeCommand('gradbook.showSummaries');
    const cell = nb.cellAt(1);
    const done = runCells(nb, 1, 2);
    // While the loop runs (30 steps, 0.1 s each), the panel already has some of them.
    const partial = await waitFor(() => {
      const loss = api.summariesPanel.lastMessage?.payload.scalars.find((s) => s.tag === 'loss');
      return loss && loss.steps.length > 0 && loss.steps.length < 30 ? loss.steps.length : undefined;
    }, 'summaries during training', 60_000);
    assert.ok(cell.executionSummary?.success === undefined, `the cell was still running with ${partial} steps shown`);
    await done;
    assert.match(outputs(cell).map((o) => o.text).join(''), /trained/);
    const message = api.summariesPanel.lastMessage!;
    assert.equal(message.notebook, 'summaries.tfnb');
    const loss = message.payload.scalars.find((s) => s.tag === 'loss')!;
    assert.deepEqual(loss.steps, Array.from({ length: 30 }, (_, i) => i));
    assert.ok(loss.values[29] < loss.values[0] / 10, 'the loss fell');
    assert.deepEqual(message.payload.histograms.map((h) => h.tag), ['weights']);
    // The same numbers as the event file TensorBoard would read.
    const logdir = path.join(config.workspace, 'logs', 'summaries_e2e');
    const file = fs.readdirSync(logdir).filter((f) => f.startsWith('events.out.tfevents.')).sort().pop()!;
    const fromFile = formats.readEventFile(new NodeFileSystem(), path.join(logdir, file))
      .flatMap((e) => (e.summary?.value ?? []).filter((v) => v.tag === 'loss').map((v) => v.simple_value));
    assert.deepEqual(loss.values, fromFile);
    if (!hasPage) return;
    const panel = { frame: '.gb-summaries[data-view="panel"]' };
    const [, points, line, ridges] = await panelViewSteps('gradbook.summaries', [
      { op: 'wait', ...panel, selector: 'svg.gb-scalar[data-tag="loss"][data-points="30"]', timeoutMs: 45_000 },
      { op: 'attrs', ...panel, selector: 'svg.gb-scalar', name: 'data-points' },
      { op: 'attrs', ...panel, selector: 'svg.gb-scalar path.gb-line', name: 'd' },
      { op: 'count', ...panel, selector: 'svg.gb-histograms[data-tag="weights"] path.gb-ridge' },
    ]);
    assert.deepEqual(points, ['30']);
    assert.match(line[0], /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){29}$/);
    assert.equal(ridges, 30);
    await probePage([{ op: 'screenshot', selector: '.part.panel', name: 'panel-summaries' }]);
  });

  it('shows the summaries output in the cell that trained, and saves it with a PNG fallback', async function () {
    const editor = await openNotebook('summaries.tfnb');
    const nb = editor.notebook;
    const cell = nb.cellAt(1);
    if (!outputs(cell).some((o) => o.mime === Mime.summaries)) await runCells(nb, 1, 2);
    // One summaries output (replaced in place as it trained), in its final form: the 30 steps, a PNG, text.
    const items = cell.outputs.filter((o) => o.items.some((i) => i.mime === Mime.summaries));
    assert.equal(items.length, 1);
    const mimes = items[0].items.map((i) => i.mime);
    assert.deepEqual(mimes, [Mime.summaries, 'image/png', 'text/plain']);
    const payload = JSON.parse(outputs(cell).find((o) => o.mime === Mime.summaries)!.text);
    assert.deepEqual(payload.scalars.map((s: { tag: string; steps: number[] }) => [s.tag, s.steps.length]), [['loss', 30]]);
    // Saved, the file holds the output as Jupyter reads it.
    assert.ok(await nb.save());
    const saved = JSON.parse(fs.readFileSync(nb.uri.fsPath, 'utf8'));
    const data = saved.cells[1].outputs.find((o: { data?: object }) => o.data && Mime.summaries in o.data).data;
    assert.equal(Buffer.from(data['image/png'], 'base64').subarray(1, 4).toString(), 'PNG');
    assert.match(data['text/plain'].join(''), /loss: 30 steps/);
    if (!hasPage) return;
    editor.revealRange(new vscode.NotebookRange(1, 2), vscode.NotebookEditorRevealType.InCenter);
    const output = { frame: '.gb-summaries[data-view="output"]', root: '.gb-summaries[data-view="output"]' };
    const [, points, ridges] = await probePage([
      { op: 'wait', ...output, selector: 'svg.gb-scalar[data-tag="loss"]', timeoutMs: 45_000 },
      { op: 'attrs', ...output, selector: 'svg.gb-scalar[data-tag="loss"]', name: 'data-points' },
      { op: 'count', ...output, selector: 'svg.gb-histograms[data-tag="weights"] path.gb-ridge' },
    ]);
    assert.deepEqual(points, ['30']);
    assert.equal(ridges, 30);
    await probePage([{ op: 'screenshot', ...output, selector: undefined, name: 'output-summaries' }]);
  });
});
