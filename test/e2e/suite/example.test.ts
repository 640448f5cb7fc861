// The MNIST example notebook, run as a user would: Run All, read the accuracy, watch training.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { errorOf, gradbook, openNotebook, outputText, screenshot } from '../support/host';

describe('MNIST example', () => {
  let example: vscode.NotebookEditor;
  const progressStates: Array<{ done: number; total: number; final: boolean; lastLoss?: number }> = [];

  before(async function () {
    example = await openNotebook('examples/mnist_softmax.tfnb');
    const watcher = vscode.workspace.onDidChangeNotebookDocument((e) => {
      for (const c of e.cellChanges) {
        const t = outputText(c.cell, 'application/vnd.gradbook.training+json');
        if (t) progressStates.push(JSON.parse(t));
      }
    });
    await vscode.commands.executeCommand('notebook.execute', example.notebook.uri);
    watcher.dispose();
    await screenshot('example-after-run-all');
    const last = example.notebook.cellCount - 1;
    example.revealRange(new vscode.NotebookRange(last, last + 1), vscode.NotebookEditorRevealType.InCenter);
    await new Promise((r) => setTimeout(r, 500));
    await screenshot('example-accuracy');
  });

  it('runs every cell without an error', () => {
    const failed = example.notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code && c.executionSummary?.success !== true);
    assert.deepEqual(failed.map((c) => `cell ${c.index}: ${errorOf(c)?.stack ?? 'not run'}`), []);
  });

  it('reaches a test accuracy of at least 0.88', () => {
    const text = example.notebook.getCells().map((c) => outputText(c, 'application/vnd.code.notebook.stdout')).join('');
    const m = text.match(/accuracy\s+([0-9.]+)/);
    assert.ok(m, `no accuracy line in:\n${text}`);
    console.log(`accuracy ${m[1]}`);
    assert.ok(Number(m[1]) >= 0.88, `accuracy ${m[1]}`);
  });

  it('showed a training progress output while the loop ran', function () {
    assert.ok(progressStates.some((p) => !p.final && p.total === 2000), 'an intermediate state of the 2000-step loop');
    assert.ok(progressStates.some((p) => p.final && p.done === 2000), 'the final state');
  });

  it('lists the trained variables in the Variables view', async () => {
    const api = await gradbook();
    const names = api.variablesView.snapshot().globals.map((g) => g.name);
    for (const name of ['x', 'y', 'w', 'b', 'train', 'sess', 'accuracy']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  });
});
