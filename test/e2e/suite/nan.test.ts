// The NaN/Inf origin warning inside VS Code (issue 17): a cell whose tf.log of zero gives -inf
// shows the warning naming Log; the cell's status bar item opens the Graph panel focused on Log,
// drawn highlighted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { gradbook, graphPanelSteps, hasPage, openNotebook, outputs, probePage, runCells, screenshot, waitFor } from '../support/host';

describe('NaN/Inf origin warning', () => {
  let cell: vscode.NotebookCell;

  before(async () => {
    const editor = await openNotebook('nan.tfnb');
    cell = editor.notebook.cellAt(0);
    await runCells(editor.notebook, 0);
  });

  it('shows the warning output naming Log, its line and a command link to the graph', () => {
    const shown = outputs(cell);
    const md = shown.find((o) => o.mime === 'text/markdown');
    assert.ok(md, shown.map((o) => o.mime).join(', '));
    assert.match(md.text, /NaN\/Inf in sess\.run #1: the first op to produce it was `Log` \(Log\)/);
    assert.match(md.text, /created at line 3: `y = tf\.log\(x\)`/);
    assert.match(md.text, /\(command:gradbook\.showGraph\?%5B%22Log%22%5D\)/);
    assert.ok(shown.some((o) => o.mime.includes('stdout') && o.text.includes('-inf')), 'the fetched -inf is printed too');
  });

  it("the cell's status bar item opens the Graph panel focused on Log, highlighted", async function () {
    const api = await gradbook();
    if (hasPage) {
      // VS Code runs no command links inside outputs: the cell's status bar item is the way in.
      await probePage([{ op: 'click', selector: '.cell-status-item:has-text("NaN/Inf from Log")', timeoutMs: 30_000 }]);
    } else {
      await vscode.commands.executeCommand('gradbook.showGraph', 'Log');
    }
    const message = await waitFor(() => {
      const m = api.graphPanel.lastMessage;
      return m?.type === 'graph' && m.payload.focus !== null && m.payload.nodes[m.payload.focus].name === 'Log' ? m : undefined;
    }, 'the graph panel focused on Log');
    assert.equal(message.type, 'graph');
    if (!hasPage) return;
    const [, focused] = await graphPanelSteps([
      { op: 'wait', frame: '#graph', selector: '.node[data-name="Log"]', timeoutMs: 25_000 },
      { op: 'count', frame: '#graph', selector: '.node[data-name="Log"].focus' },
    ]);
    assert.equal(focused, 1);
    await screenshot('nan-origin-graph');
  });
});
