// The *Export as TensorFlow Script* command's file work: the newest `checkpoint` state file under
// the notebook's folder names the checkpoint the script restores; the script is written beside
// the notebook (`<name>_tf.py`) and opened.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NotebookModel } from '../shared/nbformat';
import { exportTensorFlowScript, scriptNameFor } from '../export/tf_script';

const SKIP = new Set(['node_modules', '.git', '.venv', 'dist']);

/** The folder (relative to `root`) of the most recently written `checkpoint` file, up to `depth` levels down. */
export function latestCheckpointDir(root: string, depth = 3): string | null {
  let best: { dir: string; mtime: number } | null = null;
  const visit = (dir: string, level: number) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isFile() && e.name === 'checkpoint') {
        const mtime = fs.statSync(full).mtimeMs;
        if (!best || mtime > best.mtime) best = { dir, mtime };
      } else if (e.isDirectory() && level < depth && !SKIP.has(e.name)) visit(full, level + 1);
    }
  };
  visit(root, 0);
  const found = best as { dir: string; mtime: number } | null;
  return found ? path.relative(root, found.dir).split(path.sep).join('/') || '.' : null;
}

export async function exportNotebookAsTensorFlow(notebook: vscode.NotebookDocument, model: NotebookModel): Promise<vscode.TextDocument> {
  const name = notebook.uri.path.split('/').pop() || 'notebook.tfnb';
  if (notebook.uri.scheme !== 'file') {
    const content = exportTensorFlowScript(model, { notebookName: name, checkpointDir: null });
    return vscode.workspace.openTextDocument({ language: 'python', content });
  }
  const folder = path.dirname(notebook.uri.fsPath);
  const content = exportTensorFlowScript(model, { notebookName: name, checkpointDir: latestCheckpointDir(folder) });
  const target = path.join(folder, scriptNameFor(name));
  fs.writeFileSync(target, content);
  return vscode.workspace.openTextDocument(vscode.Uri.file(target));
}
