// matplotlib figures and IPython.display outputs inside a real VS Code: images in cell outputs,
// a clear_output(wait=True) loop that redraws one output in place, HTML rendered by VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hasPage, openNotebook, outputs, probePage, runCells, screenshot } from '../support/host';

const PNG = [0x89, 0x50, 0x4e, 0x47];
const isPng = (data: Uint8Array) => PNG.every((b, i) => data[i] === b);
/**
 * A 640x480 figure drawn in the output webview: VS Code prefers image/svg+xml (sent when smaller
 * than the PNG) and inserts it as an <svg>; a PNG alone becomes an <img> with a blob URL.
 */
const figureElement = 'svg[width="640"][height="480"], img[src^="blob:"]';

/** Gradbook's progress bar of a loop running over a second is not a Jupyter output. */
const jupyterOutputs = (cell: vscode.NotebookCell) => cell.outputs.filter((o) => o.metadata?.gradbook !== 'progress');

export function imageItems(cell: vscode.NotebookCell): vscode.NotebookCellOutputItem[] {
  return cell.outputs.flatMap((o) => o.items).filter((i) => i.mime === 'image/png' || i.mime === 'image/svg+xml');
}

describe('Plots and IPython.display in notebook outputs', () => {
  let editor: vscode.NotebookEditor;
  before(async () => { editor = await openNotebook('plots.tfnb'); });

  it('a loop of clear_output(wait=True) and plt.show() leaves one figure output, then the printed text', async () => {
    const nb = editor.notebook;
    const cell = nb.cellAt(1);
    let most = 0;
    const watcher = vscode.workspace.onDidChangeNotebookDocument((e) => {
      for (const c of e.cellChanges) if (c.cell === cell) most = Math.max(most, jupyterOutputs(cell).length);
    });
    await runCells(nb, 1);
    watcher.dispose();
    assert.equal(cell.executionSummary?.success, true);
    const shown = jupyterOutputs(cell);
    assert.equal(shown.length, 2, outputs(cell).map((o) => o.mime).join(', '));
    const png = shown[0].items.find((i) => i.mime === 'image/png');
    assert.ok(png && isPng(png.data), 'the figure is a PNG image output (bytes, not base64 text)');
    assert.equal(new TextDecoder().decode(shown[0].items.find((i) => i.mime === 'text/plain')!.data), '<Figure size 640x480 with 1 Axes>');
    assert.equal(new TextDecoder().decode(shown[1].items[0].data), 'done\n');
    assert.equal(most, 2, 'never more than the figure and the text at once');
  });

  it('display(HTML(...)) renders its HTML in the output', async function () {
    const nb = editor.notebook;
    await runCells(nb, 2);
    assert.deepEqual(nb.cellAt(2).outputs[0].items.map((i) => i.mime), ['text/html', 'text/plain']);
    if (!hasPage) this.skip();
    // VS Code draws outputs of the cells in view only.
    editor.revealRange(new vscode.NotebookRange(2, 3), vscode.NotebookEditorRevealType.AtTop);
    const [, texts] = await probePage([
      { op: 'wait', frame: '#gradbook-html-output', selector: '#gradbook-html-output' },
      { op: 'texts', frame: '#gradbook-html-output', selector: '#gradbook-html-output' },
    ]);
    assert.deepEqual(texts, ['bold from the kernel']);
  });

  it('a figure left open at the end of a cell shows as an image, drawn by VS Code', async function () {
    const nb = editor.notebook;
    const cell = nb.cellAt(3);
    await runCells(nb, 3);
    const images = imageItems(cell);
    assert.ok(images.length >= 1, outputs(cell).map((o) => o.mime).join(', '));
    assert.ok(cell.outputs.some((o) => o.items.some((i) => i.mime === 'text/plain' && new TextDecoder().decode(i.data) === '<Figure size 640x480 with 1 Axes>')));
    if (!hasPage) this.skip();
    editor.revealRange(new vscode.NotebookRange(3, 4), vscode.NotebookEditorRevealType.AtTop);
    const [, count] = await probePage([{ op: 'wait', frame: figureElement, selector: figureElement }, { op: 'count', frame: figureElement, selector: figureElement }]);
    assert.ok(count >= 1, `${count} figures drawn`);
    await screenshot('plots-outputs');
  });
});
