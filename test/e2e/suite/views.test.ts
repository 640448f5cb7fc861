// The graph, gradient, tensor and training views inside VS Code, after the example's training:
// notebook outputs, the Graph and Gradients side panels, and a Variables view click. The DOM
// checks run in the page (renderer and webview frames) through the runner's page probes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Mime } from '../../../src/shared/mimes';
import { config, gradbook, hasPage, openNotebook, outputs, probePage, runCells, screenshot, sleep, waitFor, graphPanelSteps, panelViewSteps } from '../support/host';

/** Output webviews of notebooks hold renderer outputs; only the graph renderer marks this attribute. */
const notebookFrame = '[data-graph-rendered]';
/** The train op's graph output (the placeholder graph of an earlier cell has no optimizer scope). */
const trainGraph = { frame: notebookFrame, root: '[data-graph-rendered]', rootHas: '[data-scope="GradientDescent"]' };

/** Two screenshots: the view as it opens (focused on the displayed op), then the whole graph fitted. */
async function fitAndShoot(where: { frame: string; root: string; rootHas: string }, name: string): Promise<void> {
  await probePage([{ op: 'screenshot', ...where, selector: undefined, name }]);
  await probePage([{ op: 'click', ...where, selector: 'button[data-action="zoom-fit"]' }]);
  await sleep(500);
  await probePage([{ op: 'screenshot', ...where, selector: undefined, name: `${name}-fit` }]);
}

function trainingCellOf(nb: vscode.NotebookDocument): vscode.NotebookCell {
  return nb.getCells().find((c) => c.kind === vscode.NotebookCellKind.Code && c.document.getText().includes('for i in range(2000)'))!;
}

describe('Views after training the example', () => {
  let example: vscode.NotebookEditor;
  let trainCell: vscode.NotebookCell;
  let optimizerCell: vscode.NotebookCell;

  before(async function () {
    example = await openNotebook('examples/mnist_softmax.tfnb');
    const nb = example.notebook;
    const trainingCell = trainingCellOf(nb);
    if (trainingCell.executionSummary?.success !== true) await vscode.commands.executeCommand('notebook.execute', nb.uri);
    // One more step, so the last run is train's, then display the train op and the optimizer.
    const edit = new vscode.WorkspaceEdit();
    edit.set(nb.uri, [vscode.NotebookEdit.insertCells(nb.cellCount, [
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'sess.run(train, feed_dict={x: batch_xs, y: batch_ys})\ntrain', 'tf1-python'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'optimizer', 'tf1-python'),
    ])]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    trainCell = nb.cellAt(nb.cellCount - 2);
    optimizerCell = nb.cellAt(nb.cellCount - 1);
    await runCells(nb, trainCell.index, nb.cellCount);
  });

  function reveal(cell: vscode.NotebookCell, type = vscode.NotebookEditorRevealType.AtTop): void {
    example.revealRange(new vscode.NotebookRange(cell.index, cell.index + 1), type);
  }

  it('displays train with the graph view by default, the gradient view and text beside it', () => {
    const mimes = outputs(trainCell).map((o) => o.mime);
    assert.equal(mimes[0], Mime.graph, `the graph first: ${mimes.join(', ')}`);
    assert.ok(mimes.includes(Mime.gradients) && mimes.includes('text/plain'), mimes.join(', '));
  });

  it('shows train in the graph view with ApplyGradientDescent nodes and the executed subgraph highlighted', async function () {
    if (!hasPage) this.skip();
    await vscode.window.showNotebookDocument(example.notebook);
    reveal(trainCell);
    const [, order, ranMatmul, ranCount, allCount] = await probePage([
      { op: 'wait', ...trainGraph, selector: '.node[data-scope="GradientDescent"][data-order]', timeoutMs: 45_000 },
      { op: 'attrs', ...trainGraph, selector: '.node[data-scope="GradientDescent"]', name: 'data-order' },
      { op: 'count', ...trainGraph, selector: '.node[data-name="MatMul"].state-ran' },
      { op: 'count', ...trainGraph, selector: '.node.state-ran' },
      { op: 'count', ...trainGraph, selector: '.node' },
    ]);
    assert.match(String(order[0]), /\d/, 'the collapsed optimizer scope carries its execution order');
    assert.equal(ranMatmul, 1, 'MatMul ran in the last run');
    assert.ok(ranCount > 3 && ranCount <= allCount, `${ranCount} of ${allCount} drawn ops highlighted`);
    await fitAndShoot(trainGraph, 'view-graph');
    const [, , applies] = await probePage([
      { op: 'click', ...trainGraph, selector: 'button[data-action="expand-all"]' },
      { op: 'wait', ...trainGraph, selector: '.box[data-scope="GradientDescent"]' },
      { op: 'count', ...trainGraph, selector: '.node[data-name$="ApplyGradientDescent"]' },
    ]);
    assert.equal(applies, 2, 'one ApplyGradientDescent per trainable variable');
    const [, appliesRan] = await probePage([
      { op: 'wait', ...trainGraph, selector: '.node[data-name$="ApplyGradientDescent"].state-ran' },
      { op: 'count', ...trainGraph, selector: '.node[data-name$="ApplyGradientDescent"].state-ran' },
    ]);
    assert.equal(appliesRan, 2, 'both updates ran');
    await fitAndShoot(trainGraph, 'view-graph-expanded');
  });

  it('shows the optimizer in the gradient view: rows for w and b, sparklines, ten 28×28 images of w', async function () {
    if (!hasPage) this.skip();
    assert.deepEqual(outputs(optimizerCell).map((o) => o.mime).filter((m) => m !== 'text/plain'), [Mime.gradients]);
    reveal(optimizerCell);
    const gradients = { frame: notebookFrame, root: '.gb-gradients', rootHas: 'table.gb-variables' };
    const [, names, sparks, loss, images] = await probePage([
      { op: 'wait', ...gradients, selector: 'table.gb-variables tbody tr', timeoutMs: 45_000 },
      { op: 'texts', ...gradients, selector: 'table.gb-variables tbody tr td.gb-name b' },
      { op: 'attrs', ...gradients, selector: 'table.gb-variables tbody tr svg.gb-spark path.gb-line', name: 'd' },
      { op: 'attrs', ...gradients, selector: '.gb-header path.gb-loss', name: 'd' },
      { op: 'count', ...gradients, selector: '.gb-detail .gb-images canvas' },
    ]);
    assert.deepEqual(names, ['w', 'b']);
    assert.equal(sparks.length, 2);
    for (const d of sparks) assert.ok((String(d).match(/L/g) ?? []).length >= 10, `a sparkline through the recorded steps: ${String(d).slice(0, 40)}`);
    assert.match(String(loss[0]), /^M.*L/, 'the loss sparkline');
    assert.equal(images, 10, 'ten digit-shaped gradient images of w');
    await probePage([{ op: 'screenshot', ...gradients, selector: undefined, name: 'view-gradients' }]);
  });

  it('shows the training monitor in the training cell', async function () {
    if (!hasPage) this.skip();
    const trainingCell = trainingCellOf(example.notebook);
    const progress = JSON.parse(outputs(trainingCell).find((o) => o.mime === Mime.training)!.text);
    assert.equal(progress.final, true);
    reveal(trainingCell, vscode.NotebookEditorRevealType.InCenter);
    const where = { frame: notebookFrame, root: '.gb-training[data-final="true"]' };
    await probePage([{ op: 'wait', ...where, selector: 'svg', timeoutMs: 45_000 }, { op: 'screenshot', ...where, selector: undefined, name: 'view-training' }]);
  });

  it('follows the notebook in the Graph panel (Show Graph)', async function () {
    const api = await gradbook();
    await vscode.commands.executeCommand('gradbook.showGraph', 'train');
    await waitFor(() => api.graphPanel.lastMessage?.type === 'graph', 'the graph panel to receive the graph');
    const message = api.graphPanel.lastMessage!;
    assert.ok(message.type === 'graph' && message.payload.nodes.filter((n) => n.type === 'ApplyGradientDescent').length === 2);
    if (!hasPage) return;
    // Assert on the drawing first, in the panel as it is: moving views re-parents webviews,
    // which reloads their pages.
    const panel = { frame: '#graph' };
    const [, ran] = await graphPanelSteps([
      { op: 'wait', ...panel, selector: '.node[data-scope="GradientDescent"][data-order]', timeoutMs: 25_000 },
      { op: 'count', ...panel, selector: '.node[data-name="MatMul"].state-ran' },
    ]);
    assert.equal(ran, 1);
    // Then, alone in the maximized panel, a screenshot at a readable size.
    await vscode.commands.executeCommand('gradbook.variables.removeView');
    await vscode.commands.executeCommand('gradbook.gradients.removeView');
    await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
    try {
      await graphPanelSteps([{ op: 'wait', ...panel, selector: '.node', timeoutMs: 25_000 }]);
      await probePage([{ op: 'click', ...panel, selector: 'button[data-action="zoom-fit"]' }]);
      await sleep(500);
      await probePage([{ op: 'screenshot', selector: '.part.panel', name: 'panel-graph' }]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
      await vscode.commands.executeCommand('gradbook.variables.focus');
      await vscode.commands.executeCommand('gradbook.gradients.focus');
    }
  });

  it('exports the Graph panel as SVG through a save dialog', async function () {
    if (!hasPage) this.skip();
    await vscode.commands.executeCommand('gradbook.showGraph');
    const before = new Set(fs.readdirSync(config.workspace));
    await graphPanelSteps([{ op: 'wait', frame: '#graph', selector: '.node', timeoutMs: 25_000 }]);
    await probePage([
      { op: 'click', frame: '#graph', selector: 'button[data-action="export-svg"]' },
      // code-server's save dialog is a quick input holding the proposed path.
      { op: 'wait', selector: '.quick-input-widget input' },
    ]);
    await sleep(300);
    await probePage([{ op: 'press', key: 'Enter' }]);
    // The file may appear before its contents are written: wait for the whole document.
    const complete = (f: string) => fs.readFileSync(path.join(config.workspace, f), 'utf8').trimEnd().endsWith('</svg>');
    const saved = await waitFor(() => fs.readdirSync(config.workspace).find((f) => f.endsWith('.svg') && !before.has(f) && complete(f)), 'the exported SVG file', 15_000);
    const svg = fs.readFileSync(path.join(config.workspace, saved), 'utf8');
    assert.ok(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(svg), `an SVG document: ${svg.slice(0, 120)}`);
    assert.ok(svg.includes('data-scope="GradientDescent"'), 'the drawing of the graph');
  });

  it('shows the last optimizer step in the Gradients panel (Show Gradients)', async function () {
    const api = await gradbook();
    await vscode.commands.executeCommand('gradbook.showGradients');
    await waitFor(() => api.gradientsPanel.lastMessage?.payload, 'the gradients panel to receive a payload');
    const message = api.gradientsPanel.lastMessage!;
    assert.deepEqual(message.payload!.rows.map((r) => r.alias), ['w', 'b']);
    assert.equal(message.notebook, 'mnist_softmax.tfnb');
    if (!hasPage) return;
    const panel = { frame: '.gb-panel-bar' };
    const [, names, sparks] = await panelViewSteps('gradbook.gradients', [
      { op: 'wait', ...panel, selector: 'table.gb-variables tbody tr', timeoutMs: 45_000 },
      { op: 'texts', ...panel, selector: 'table.gb-variables tbody tr td.gb-name b' },
      { op: 'attrs', ...panel, selector: 'table.gb-variables tbody tr svg.gb-spark path.gb-line', name: 'd' },
    ]);
    assert.deepEqual(names, ['w', 'b']);
    assert.ok(sparks.every((d: string) => /^M.*L/.test(d)), 'sparklines drawn');
    await probePage([{ op: 'screenshot', selector: '.part.panel', name: 'panel-gradients' }]);
  });

  it('opens a Variables view click in the tensor view', async function () {
    if (!hasPage) this.skip();
    const api = await gradbook();
    await vscode.commands.executeCommand('gradbook.variables.focus');
    await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
    try {
      await probePage([{ op: 'wait', selector: '.monaco-list-row[aria-label^="w: "]' }]);
      await probePage([{ op: 'click', frame: '#graph', selector: 'button[data-action="zoom-fit"]', timeoutMs: 5000 }]).catch(() => {}); // cosmetic
      await sleep(500);
      await probePage([{ op: 'screenshot', selector: '.part.panel', name: 'view-variables' }]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
    }
    await probePage([{ op: 'click', selector: '.monaco-list-row[aria-label^="w: "]' }]);
    await waitFor(() => api.tensorPanel.lastMessage, 'the tensor view to open');
    const message = api.tensorPanel.lastMessage!;
    assert.ok(message.type === 'tensor', `an array, got ${message.type}`);
    assert.equal(message.payload.name, 'w');
    assert.deepEqual(message.payload.shape, [784, 10]);
    const tensor = { frame: '.gb-tensor', root: '.gb-tensor' };
    const [, images, chips] = await probePage([
      { op: 'wait', ...tensor, selector: '.gb-images canvas', timeoutMs: 45_000 },
      { op: 'count', ...tensor, selector: '.gb-images canvas' },
      { op: 'texts', ...tensor, selector: '.gb-header .gb-chip' },
    ]);
    assert.equal(images, 10, 'the ten columns of w as 28×28 images');
    assert.deepEqual(chips, ['(784, 10)', 'float32']);
    await probePage([{ op: 'screenshot', ...tensor, selector: undefined, name: 'view-tensor' }]);
    await screenshot('tensor-beside-notebook');
  });
});
