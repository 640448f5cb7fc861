// Check gradients in the Graph panel (issue 17): after the example notebook (the seed program)
// trains, the panel shows the graph focused on cross_entropy's Mean; selecting it offers the
// check with the two trainable variables, and the check's table comes back from the live kernel
// with a max relative error under the stated tolerance.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { gradbook, graphPanelSteps, hasPage, openNotebook, probePage, runCells, screenshot, waitFor } from '../support/host';

describe('Check gradients in the Graph panel', () => {
  before(async () => {
    const example = await openNotebook('examples/mnist_softmax.tfnb');
    const nb = example.notebook;
    const training = nb.getCells().find((c) => c.kind === vscode.NotebookCellKind.Code && c.document.getText().includes('for i in range(2000)'))!;
    // Through the training cell (the views suite may have run the whole notebook already).
    if (training.executionSummary?.success !== true) await runCells(nb, 0, training.index + 1);
    assert.equal(training.executionSummary?.success, true);
  });

  it('runs a finite-difference check of cross_entropy from the selected Mean op and shows the table under the tolerance', async () => {
    const api = await gradbook();
    await vscode.commands.executeCommand('gradbook.showGraph', 'cross_entropy');
    const shown = await waitFor(() => {
      const m = api.graphPanel.lastMessage;
      return m?.type === 'graph' && m.payload.focus !== null && m.payload.nodes[m.payload.focus].name === 'Mean' ? m : undefined;
    }, 'the graph panel focused on Mean');
    assert.deepEqual(shown.type === 'graph' && shown.payload.trainableVariables, ['Variable', 'Variable_1']);
    const before = api.graphPanel.lastGradientCheck;
    if (hasPage) {
      const panel = { frame: '#graph' };
      const [, , variables] = await graphPanelSteps([
        { op: 'wait', ...panel, selector: '.node[data-name="Mean"].focus', timeoutMs: 25_000 },
        { op: 'click', ...panel, selector: '.node[data-name="Mean"]' },
        { op: 'attrs', ...panel, selector: '.gradient-check input[type="checkbox"]', name: 'value' },
      ]);
      assert.deepEqual(variables, ['Variable', 'Variable_1']);
      await probePage([{ op: 'click', ...panel, selector: 'button[data-action="check-gradients"]' }]);
      const [, verdict, rows] = await probePage([
        { op: 'wait', ...panel, selector: '.check-result[data-state="pass"], .check-result[data-state="fail"], .check-result[data-state="error"]', timeoutMs: 60_000 },
        { op: 'texts', ...panel, selector: '.check-verdict' },
        { op: 'count', ...panel, selector: 'table.check-table tbody tr' },
      ]);
      assert.match(verdict[0] ?? '', /^PASS max relative error \S+ ≤ tolerance 1\.00e-3$/);
      assert.equal(rows, 30);
      await probePage([{ op: 'screenshot', ...panel, selector: '.gv-details', name: 'graph-check-gradients' }]);
      await screenshot('graph-check-gradients-panel');
    } else {
      // Desktop VS Code (no page to click in): the panel's own entry point.
      await api.graphPanel.checkGradients('Mean:0', ['Variable', 'Variable_1']);
    }
    const answer = await waitFor(() => (api.graphPanel.lastGradientCheck !== before ? api.graphPanel.lastGradientCheck : undefined), 'the check\'s answer');
    assert.ok(answer.type === 'gradientCheck' && answer.payload, JSON.stringify(answer));
    const p = answer.payload;
    assert.equal(p.loss, 'Mean:0');
    assert.equal(p.precision, 'float64');
    assert.ok(p.passed && p.maxRelativeError < p.tolerance, `max relative error ${p.maxRelativeError}`);
    assert.deepEqual(p.variables.map((v) => [v.name, v.checked, v.size]), [['Variable', 20, 7840], ['Variable_1', 10, 10]]);
    assert.match(p.feedSource, /^the last run that computed Mean:0 \(run #\d+ of its session\): fed Placeholder, Placeholder_1$/);
  });
});
