// Gradbook inside a real VS Code: contributions, serializer, the kernel worker behind the
// controller, interrupt, restart and the Variables view.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { errorOf, gradbook, openNotebook, outputText, runCells, screenshot, sleep, waitFor, workspaceUri } from '../support/host';

describe('Gradbook notebooks', () => {
  let hello: vscode.NotebookEditor;

  before(async () => { hello = await openNotebook('hello.tfnb'); });

  it('opens .tfnb files as gradbook notebooks with TF1 Python cells', () => {
    const nb = hello.notebook;
    assert.equal(nb.notebookType, 'gradbook');
    assert.deepEqual(nb.getCells().map((c) => c.kind === vscode.NotebookCellKind.Code ? c.document.languageId : 'markdown'),
      ['markdown', 'tf1-python', 'tf1-python', 'tf1-python', 'tf1-python']);
  });

  it('contributes its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['gradbook.newNotebook', 'gradbook.openExample', 'gradbook.restartKernel', 'gradbook.restartAndRunAll', 'gradbook.interruptKernel', 'gradbook.exportPython']) {
      assert.ok(all.includes(id), `${id} is registered`);
    }
  });

  it('refuses an invalid file with a clear error and leaves it untouched', async () => {
    const uri = workspaceUri('invalid.tfnb');
    const before = fs.readFileSync(uri.fsPath);
    await assert.rejects(Promise.resolve(vscode.workspace.openNotebookDocument(uri)), /not valid notebook JSON/);
    assert.deepEqual(fs.readFileSync(uri.fsPath), before);
  });

  it('keeps unknown metadata when a notebook is edited and saved', async () => {
    const doc = await vscode.workspace.openNotebookDocument(workspaceUri('metadata.tfnb'));
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, [vscode.NotebookEdit.insertCells(1, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'y = 1', 'tf1-python')])]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await doc.save());
    const saved = JSON.parse(fs.readFileSync(doc.uri.fsPath, 'utf8'));
    assert.deepEqual(saved.metadata.my_tool, { version: 3 });
    assert.equal(saved.x_top_level, true);
    assert.deepEqual(saved.cells[0].metadata, { my_tool: { a: 1 }, tags: ['custom'] });
    assert.deepEqual(saved.cells[1].source, ['y = 1']);
  });

  it('opens a notebook whose metadata nests 200,000 levels, and saves it changed only where edited', async () => {
    const deep = '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000);
    const text = `{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": null,\n   "id": "d0000001",\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "x = 1"\n   ]\n  }\n ],\n "metadata": {\n  "deep": ${deep}\n },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`;
    const uri = workspaceUri('deep.tfnb');
    fs.writeFileSync(uri.fsPath, text);
    const doc = await vscode.workspace.openNotebookDocument(uri);
    assert.equal(doc.cellAt(0).document.getText(), 'x = 1');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.cellAt(0).document.uri, new vscode.Range(0, 4, 0, 5), '2');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await doc.save());
    assert.equal(fs.readFileSync(uri.fsPath, 'utf8'), text.replace('"x = 1"', '"x = 2"'));
  });

  it('runs a cell in the kernel worker: streamed print, the last expression, an execution number', async () => {
    const cell = hello.notebook.cellAt(1);
    await runCells(hello.notebook, 1);
    assert.equal(outputText(cell, 'application/vnd.code.notebook.stdout'), 'hello from the kernel\n');
    assert.equal(outputText(cell, 'text/plain'), '42');
    assert.equal(cell.executionSummary?.success, true);
    assert.equal(typeof cell.executionSummary?.executionOrder, 'number');
  });

  it('shows a Python error with its traceback and marks the cell failed', async () => {
    const cell = hello.notebook.cellAt(2);
    await runCells(hello.notebook, 2);
    assert.equal(outputText(cell, 'application/vnd.code.notebook.stdout'), 'x is 42\n');
    const err = errorOf(cell)!;
    assert.equal(err.name, 'NameError');
    assert.match(err.stack ?? '', /line 2/);
    assert.equal(cell.executionSummary?.success, false);
  });

  it('stops an endless loop with KeyboardInterrupt and keeps the state', async () => {
    const cell = hello.notebook.cellAt(3);
    void runCells(hello.notebook, 3); // resolves only when the cell ends
    await waitFor(() => outputText(cell, 'application/vnd.code.notebook.stdout').includes('looping'), 'the loop to start');
    await sleep(300);
    await vscode.commands.executeCommand('notebook.cancelExecution', { ranges: [{ start: 3, end: 4 }], document: hello.notebook.uri });
    await waitFor(() => errorOf(cell), 'KeyboardInterrupt', 10_000);
    assert.equal(errorOf(cell)!.name, 'KeyboardInterrupt');
    const api = await gradbook();
    await waitFor(() => api.variablesView.snapshot().globals.some((g) => g.name === 'n'), 'n in the Variables view');
    assert.ok(api.variablesView.snapshot().globals.some((g) => g.name === 'x' && g.value === '42'), 'x kept its value');
    await screenshot('interrupted');
  });

  it('shows a progress output for a loop longer than a second, updated in place and finalized', async function () {
    const cell = hello.notebook.cellAt(4);
    const seen: Array<{ done: number; final: boolean }> = [];
    const watcher = vscode.workspace.onDidChangeNotebookDocument((e) => {
      for (const c of e.cellChanges) {
        if (c.cell !== cell) continue;
        const t = outputText(cell, 'application/vnd.gradbook.training+json');
        if (t) seen.push(JSON.parse(t));
      }
    });
    await runCells(hello.notebook, 4);
    watcher.dispose();
    assert.ok(seen.some((p) => !p.final), 'an intermediate progress state was shown while the loop ran');
    const progressOutputs = cell.outputs.filter((o) => o.items.some((i) => i.mime === 'application/vnd.gradbook.training+json'));
    assert.equal(progressOutputs.length, 1, 'one progress output, replaced in place');
    const last = JSON.parse(outputText(cell, 'application/vnd.gradbook.training+json'));
    assert.deepEqual([last.final, last.done, last.total], [true, 30, 30]);
    assert.match(outputText(cell, 'text/plain'), /30\/30/);
  });

  it('restart clears the kernel state and empties the Variables view', async () => {
    const api = await gradbook();
    await vscode.commands.executeCommand('gradbook.restartKernel', { notebookEditor: { notebookUri: hello.notebook.uri } });
    assert.deepEqual(api.variablesView.snapshot(), { globals: [], graphVariables: [] });
    assert.deepEqual(api.variablesView.getChildren(), []);
  });

  it('exports the notebook as a Python script', async () => {
    await vscode.window.showNotebookDocument(hello.notebook);
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('gradbook.exportPython');
    assert.equal(doc.languageId, 'python');
    assert.match(doc.getText(), /^# %% \[markdown\]\n# # Hello\n\n# %%\nx = 6 \* 7\n/);
    await vscode.window.showNotebookDocument(hello.notebook);
  });

  it('creates a new TF1 notebook', async () => {
    const editor = await vscode.commands.executeCommand<vscode.NotebookEditor>('gradbook.newNotebook');
    assert.equal(editor.notebook.notebookType, 'gradbook');
    assert.equal(editor.notebook.cellAt(0).document.languageId, 'tf1-python');
  });

  it('runs an .ipynb through the jupyter-notebook controller', async () => {
    const editor = await openNotebook('plain.ipynb', 'gradbook-jupyter-kernel');
    assert.equal(editor.notebook.notebookType, 'jupyter-notebook');
    const cell = editor.notebook.cellAt(0);
    await runCells(editor.notebook, 0);
    assert.equal(outputText(cell, 'application/vnd.code.notebook.stdout'), 'ipynb says hi\n');
    assert.equal(outputText(cell, 'text/plain'), '1024');
    await screenshot('ipynb');
  });
});
