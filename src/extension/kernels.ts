// One kernel (a child process, see src/kernel/childKernel.ts) per open notebook, created on first
// run, shut down when the notebook closes. Keeps each notebook's latest variables for the
// Variables view; what kernel processes write to stderr goes to the "Gradbook Kernel" output.
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KernelSessionOptions, VariablesSnapshot } from '../shared/protocol';
import { KernelClient } from '../kernel/kernelClient';

const emptySnapshot: VariablesSnapshot = { globals: [], graphVariables: [] };

/**
 * A notebook's kernel works in the notebook's folder (relative paths, sys.path[0]) and may use
 * files there, in the workspace folders and in the temp folder. An untitled notebook works in
 * the first workspace folder, or the temp folder.
 */
export function notebookSession(notebook: vscode.NotebookDocument): KernelSessionOptions {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  const onDisk = notebook.uri.scheme === 'file';
  const cwd = onDisk ? path.dirname(notebook.uri.fsPath) : folders[0] ?? os.tmpdir();
  const nanCheck = vscode.workspace.getConfiguration('gradbook.nanCheck', notebook.uri).get<boolean>('enabled') !== false;
  const threads = vscode.workspace.getConfiguration('gradbook.kernel', notebook.uri).get<number>('threads') ?? 0;
  return { ...(onDisk ? { notebookPath: notebook.uri.fsPath } : {}), cwd, roots: [...new Set([cwd, ...folders, os.tmpdir()])], nanCheck, ...(threads > 0 ? { threads } : {}) };
}

export class KernelRegistry implements vscode.Disposable {
  private kernels = new Map<string, KernelClient>();
  private snapshots = new Map<string, VariablesSnapshot>();
  private readonly changed = new vscode.EventEmitter<vscode.NotebookDocument>();
  /** Fired when a notebook's variables changed (after a cell, on restart or crash). */
  readonly onDidChangeVariables = this.changed.event;
  private readonly summariesChanged = new vscode.EventEmitter<vscode.NotebookDocument>();
  /** Fired while a notebook's cell writes summaries (the Summaries panel redraws). */
  readonly onDidChangeSummaries = this.summariesChanged.event;
  private readonly log = vscode.window.createOutputChannel('Gradbook Kernel');
  private readonly subscriptions: vscode.Disposable[] = [this.log];

  constructor(private readonly extensionPath: string) {
    this.subscriptions.push(vscode.workspace.onDidCloseNotebookDocument((nb) => void this.shutDown(nb)));
  }

  get(notebook: vscode.NotebookDocument): KernelClient | undefined {
    return this.kernels.get(notebook.uri.toString());
  }

  getOrCreate(notebook: vscode.NotebookDocument): KernelClient {
    const key = notebook.uri.toString();
    let kernel = this.kernels.get(key);
    if (kernel) return kernel;
    kernel = new KernelClient({
      kernelScript: path.join(this.extensionPath, 'dist', 'kernel.js'),
      memoryLimitMb: () => vscode.workspace.getConfiguration('gradbook.kernel', notebook.uri).get<number>('memoryLimitMB'),
      memoryLimitSource: 'the gradbook.kernel.memoryLimitMB setting',
      log: (text) => this.log.append(text),
      session: () => notebookSession(notebook),
    });
    kernel.onVariables((snapshot) => { this.snapshots.set(key, snapshot); this.changed.fire(notebook); });
    kernel.onSummaries(() => this.summariesChanged.fire(notebook));
    kernel.onStateLost((reason, cause) => {
      if (cause !== 'restart') void vscode.window.showWarningMessage(`Gradbook: ${reason}`);
    });
    this.kernels.set(key, kernel);
    return kernel;
  }

  variables(notebook: vscode.NotebookDocument | undefined): VariablesSnapshot {
    return (notebook && this.snapshots.get(notebook.uri.toString())) || emptySnapshot;
  }

  async shutDown(notebook: vscode.NotebookDocument): Promise<void> {
    const key = notebook.uri.toString();
    const kernel = this.kernels.get(key);
    this.kernels.delete(key);
    this.snapshots.delete(key);
    await kernel?.dispose();
  }

  dispose(): void {
    for (const kernel of this.kernels.values()) void kernel.dispose();
    this.kernels.clear();
    this.changed.dispose();
    this.summariesChanged.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
