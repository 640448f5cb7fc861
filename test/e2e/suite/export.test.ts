// Export as TensorFlow Script in VS Code: a notebook that saved a checkpoint exports to
// `<name>_tf.py` beside it, importing tf.compat.v1 and restoring that checkpoint after init.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { config, openNotebook, runCells } from '../support/host';

describe('Export as TensorFlow Script', () => {
  it('writes export_tf.py beside the notebook, restoring the checkpoint the notebook saved', async () => {
    const editor = await openNotebook('export.tfnb');
    await runCells(editor.notebook, 0, 1);
    assert.equal(editor.notebook.cellAt(0).executionSummary?.success, true);
    assert.ok(fs.existsSync(path.join(config.workspace, 'ckpt_export', 'checkpoint')), 'the notebook saved a checkpoint');
    const doc = (await vscode.commands.executeCommand('gradbook.exportTensorFlow')) as vscode.TextDocument;
    const file = path.join(config.workspace, 'export_tf.py');
    assert.equal(doc.uri.fsPath, file);
    const script = fs.readFileSync(file, 'utf8');
    assert.match(script, /^import tensorflow\.compat\.v1 as tf\ntf\.disable_v2_behavior\(\)$/m);
    assert.match(script, /GRADBOOK_CHECKPOINT_DIR = .*"ckpt_export"\)/);
    assert.match(script, /^sess\.run\(init\)\nrestore_latest_checkpoint\(sess\)$/m);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, file);
  });
});
