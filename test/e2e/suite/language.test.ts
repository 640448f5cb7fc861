// The editor's intelligence for TF1 cells inside a real VS Code: completion after `tf.nn.` and on
// live objects, hover on tf.matmul and on a tensor, signature help, a diagnostic on a name Gradbook
// lacks (cleared once fixed), and the shape inlay hints after running the Deep MNIST example.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { config, gradbook, openNotebook, runCells, screenshot, waitFor } from '../support/host';

/**
 * The Deep MNIST example (examples/mnist_deep.py) as notebook cells, one per top-level block,
 * up to its 20,000-step training loop, then one scratch cell the tests type into.
 */
function deepMnistNotebook(): string {
  const source = fs.readFileSync(path.join(config.workspace, 'examples', 'mnist_deep.py'), 'utf8');
  const graph = source.slice(0, source.indexOf('with tf.Session() as sess:'));
  const blocks = graph.split(/\n\s*\n(?=\S)/).map((b) => b.trim()).filter((b) => b && !b.split('\n').every((l) => l.startsWith('#')));
  const cell = (text: string) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: text.split(/(?<=\n)/) });
  return JSON.stringify({ cells: [...blocks.map(cell), cell('x_scratch = 1')], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

const labelText = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');

describe('Editor intelligence in TF1 cells', function () {
  let editor: vscode.NotebookEditor;
  let scratch: vscode.NotebookCell;

  const cellWith = (text: string) => editor.notebook.getCells().find((c) => c.document.getText().includes(text))!;
  async function setScratch(text: string): Promise<vscode.TextDocument> {
    const edit = new vscode.WorkspaceEdit();
    const doc = scratch.document;
    edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
    assert.ok(await vscode.workspace.applyEdit(edit));
    return doc;
  }
  const endOf = (doc: vscode.TextDocument) => doc.positionAt(doc.getText().length);
  async function hintsOf(cell: vscode.NotebookCell): Promise<vscode.InlayHint[]> {
    const doc = cell.document;
    return (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0))) ?? [];
  }

  /** The cell's hints once `ready` holds (they arrive right after the cell's run ends), else the last seen. */
  /** Asks `ask` until `ready` holds or 15 s pass; returns the last answer for the assertion to show. */
  async function askUntil<T>(ask: () => Promise<T>, ready: (answer: T) => boolean): Promise<T> {
    const end = Date.now() + 15_000;
    for (;;) {
      const answer = await ask();
      if (ready(answer) || Date.now() > end) return answer;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async function hintsWhen(cell: vscode.NotebookCell, ready: (hints: vscode.InlayHint[]) => boolean): Promise<vscode.InlayHint[]> {
    const end = Date.now() + 15_000;
    for (;;) {
      const found = await hintsOf(cell);
      if (ready(found) || Date.now() > end) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  before(async () => {
    fs.writeFileSync(path.join(config.workspace, 'deep_mnist_editor.tfnb'), deepMnistNotebook());
    editor = await openNotebook('deep_mnist_editor.tfnb');
    scratch = editor.notebook.cellAt(editor.notebook.cellCount - 1);
  });

  it('completes the members of tf.nn from the signature tables and modules', async () => {
    const doc = await setScratch('h = tf.nn.');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, endOf(doc), '.');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const name of ['conv2d', 'relu', 'max_pool', 'softmax_cross_entropy_with_logits']) assert.ok(labels.includes(name), `${name} in ${labels.length} items`);
    const conv = list.items.find((i) => i.label === 'conv2d')!;
    assert.match(String(conv.detail), /^tf\.nn\.conv2d\(input, filter=None, strides=None/);
  });

  it('shows the signature and doc of tf.matmul on hover', async () => {
    const cell = cellWith('tf.matmul(h_pool2_flat');
    const text = cell.document.getText();
    const position = cell.document.positionAt(text.indexOf('tf.matmul(h_pool2_flat') + 'tf.mat'.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', cell.document.uri, position);
    const shown = hoverText(hovers);
    assert.match(shown, /tf\.matmul\(a, b, transpose_a=False, transpose_b=False/);
    assert.match(shown, /Multiplies matrix `a` by matrix `b`/);
  });

  it('gives signature help while typing the arguments of tf.nn.conv2d', async () => {
    const doc = await setScratch("y = tf.nn.conv2d(x_image, W_conv1, strides=[1, 1, 1, 1], ");
    const help = await vscode.commands.executeCommand<vscode.SignatureHelp>('vscode.executeSignatureHelpProvider', doc.uri, endOf(doc), ',');
    assert.ok(help?.signatures.length, 'a signature');
    const sig = help.signatures[help.activeSignature];
    assert.match(sig.label, /^tf\.nn\.conv2d\(/);
    assert.equal(sig.parameters[help.activeParameter].label, 'padding=None');
  });

  it('warns about tf.contrib.slim, which Gradbook does not provide, and clears the warning once fixed', async () => {
    const doc = await setScratch('slim = tf.contrib.slim\n');
    const warnings = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Gradbook' && d.code === 'missing-attribute');
      return found.length ? found : undefined;
    }, 'a Gradbook diagnostic', 10_000);
    assert.equal(warnings[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(warnings[0].message, /Gradbook does not provide tf\.contrib\.slim: running this raises ImportError: tensorflow\.contrib\.slim is not supported by Gradbook/);
    assert.equal(doc.getText(warnings[0].range), 'slim');
    await screenshot('editor-diagnostic');
    await setScratch('h = tf.nn.relu\n');
    await waitFor(() => vscode.languages.getDiagnostics(doc.uri).every((d) => d.source !== 'Gradbook'), 'the warning to clear', 10_000);
  });

  it("reports a syntax error with CPython's text", async () => {
    const doc = await setScratch('y = tf.matmul(a,\n');
    const [error] = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Gradbook' && d.message.includes('was never closed'));
      return found.length ? found : undefined;
    }, 'a syntax error', 10_000);
    assert.equal(error.message, "SyntaxError: '(' was never closed");
    assert.equal(error.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(error.range.start.character, 'y = tf.matmul'.length);
  });

  describe('after running the Deep MNIST cells', () => {
    before(async () => {
      await setScratch('x_scratch = 1');
      await runCells(editor.notebook, 0, editor.notebook.cellCount);
      const failed = editor.notebook.getCells().filter((c) => c.executionSummary?.success !== true);
      assert.deepEqual(failed.map((c) => c.index), [], 'every cell ran');
    });

    it('shows the shape and dtype of h_pool2 at the end of its line', async () => {
      const cell = cellWith('h_pool2 = max_pool_2x2(h_conv2)');
      const hints = await hintsWhen(cell, (found) => found.length > 0);
      const line = cell.document.getText().split('\n').findIndex((l) => l.includes('h_pool2 = max_pool_2x2'));
      const hint = hints.find((h) => h.position.line === line);
      assert.ok(hint, `a hint on line ${line} among ${hints.map((h) => `${h.position.line}:${labelText(h)}`).join(', ')}`);
      assert.equal(labelText(hint), '▸ (?, 7, 7, 64) float32');
      assert.equal(hint.position.character, cell.document.lineAt(line).text.length);
      const fc1 = await hintsOf(cellWith('h_fc1 = tf.nn.relu'));
      assert.ok(fc1.some((h) => labelText(h) === '▸ (?, 1024) float32'), fc1.map(labelText).join(', '));
      const weights = await hintsOf(cellWith('W_conv1 = weight_variable'));
      assert.ok(weights.some((h) => labelText(h) === '▸ (5, 5, 1, 32) float32'), weights.map(labelText).join(', '));
      const cell2 = cellWith('h_pool2 = max_pool_2x2(h_conv2)');
      editor.revealRange(new vscode.NotebookRange(cell2.index, cell2.index + 1), vscode.NotebookEditorRevealType.InCenter);
      await new Promise((r) => setTimeout(r, 1500));
      await screenshot('editor-shape-hints');
    });

    it('completes attributes of live objects and hovers a tensor with its shape and op', async () => {
      // The kernel answers within 250 ms or the editor goes on without it; on a loaded machine the
      // first ask can miss that, so ask again (as a user typing on would) for a while.
      const doc = await setScratch('mnist.train.');
      const complete = async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, endOf(doc), '.');
        return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      };
      const labels = await askUntil(complete, (l) => l.includes('next_batch') && l.includes('images'));
      assert.ok(labels.includes('next_batch') && labels.includes('images'), labels.join(', '));
      const cell = cellWith('h_pool2 = max_pool_2x2(h_conv2)');
      const at = cell.document.positionAt(cell.document.getText().indexOf('h_pool2 =') + 2);
      const hover = async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', cell.document.uri, at));
      const shown = await askUntil(hover, (text) => /op: MaxPool/.test(text));
      assert.match(shown, /h_pool2: Tensor 'pool2\/MaxPool:0' \(\?, 7, 7, 64\) float32/);
      assert.match(shown, /op: MaxPool/);
      await setScratch('x_scratch = 1');
    });

    it('hides the hints when the setting is off, and drops them when the kernel restarts', async () => {
      const cell = cellWith('h_pool2 = max_pool_2x2(h_conv2)');
      const settings = vscode.workspace.getConfiguration('gradbook');
      await settings.update('inlayHints.enabled', false, vscode.ConfigurationTarget.Global);
      try {
        assert.deepEqual((await hintsOf(cell)).map(labelText), []);
      } finally {
        await settings.update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Global);
      }
      assert.ok((await hintsWhen(cell, (h) => h.length > 0)).length > 0, 'back with the setting on');
      const api = await gradbook();
      await api.kernels.get(editor.notebook)!.restart();
      assert.deepEqual((await hintsWhen(cell, (h) => h.length === 0)).map(labelText), []);
    });
  });

  it('serves python cells of an .ipynb run by the Gradbook kernel: completion and shape hints', async () => {
    const cell = (text: string) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: [text] });
    const notebook = { cells: [cell('import numpy as np\nimport tensorflow as tf\na = np.zeros((2, 3))'), cell('b = np.')], metadata: {}, nbformat: 4, nbformat_minor: 5 };
    fs.writeFileSync(path.join(config.workspace, 'editor.ipynb'), JSON.stringify(notebook));
    const ipynb = await openNotebook('editor.ipynb', 'gradbook-jupyter-kernel');
    assert.equal(ipynb.notebook.notebookType, 'jupyter-notebook');
    const second = ipynb.notebook.cellAt(1).document;
    assert.equal(second.languageId, 'python');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', second.uri, endOf(second), '.');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('zeros') && labels.includes('random'), `np members among ${labels.length} items`);
    await runCells(ipynb.notebook, 0);
    const first = ipynb.notebook.cellAt(0);
    const hints = await hintsWhen(first, (h) => h.length > 0);
    assert.deepEqual(hints.map(labelText), ['▸ (2, 3) float64']);
  });
});
