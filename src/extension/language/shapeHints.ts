// Shapes inline: after a cell runs, every assignment whose value is a Tensor, Variable or ndarray
// shows `▸ (?, 7, 7, 64) float32` at the end of its line. The kernel computes them right after
// the cell; a re-run replaces them, a kernel restart clears them, an edited line hides its hint,
// and `gradbook.inlayHints.enabled` turns them off.
import * as vscode from 'vscode';
import type { KernelClient } from '../../kernel/kernelClient';
import type { ShapeHint } from '../../shared/language';
import type { KernelRegistry } from '../kernels';
import { cellSelector, findCell, isServed } from './cells';

export const inlayHintsSetting = 'gradbook.inlayHints.enabled';

export class ShapeHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly hints = new Map<string, ShapeHint[]>();
  /** Per cell, the end time of the run its hints came from (one fetch per run). */
  private readonly fetchedRun = new Map<string, number>();
  private readonly watched = new WeakSet<KernelClient>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly kernels: KernelRegistry) {
    this.subscriptions = [
      this.changed,
      vscode.languages.registerInlayHintsProvider(cellSelector, this),
      vscode.workspace.onDidChangeNotebookDocument((e) => {
        for (const change of e.cellChanges) if (change.executionSummary) void this.cellRan(e.notebook, change.cell);
      }),
      vscode.workspace.onDidCloseNotebookDocument((nb) => this.clear(nb)),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(inlayHintsSetting)) this.changed.fire(); }),
    ];
  }

  /** The hints of a cell as the kernel gave them (for tests and the README's screenshots). */
  hintsOf(cell: vscode.NotebookCell): readonly ShapeHint[] { return this.hints.get(cell.document.uri.toString()) ?? []; }

  private async cellRan(notebook: vscode.NotebookDocument, cell: vscode.NotebookCell): Promise<void> {
    const summary = cell.executionSummary;
    const end = summary?.timing?.endTime;
    if (summary?.success === undefined || end === undefined || !isServed(notebook, cell, this.kernels)) return;
    const key = cell.document.uri.toString();
    if (this.fetchedRun.get(key) === end) return;
    this.fetchedRun.set(key, end);
    const kernel = this.kernels.get(notebook);
    if (!kernel) return;
    this.watch(kernel, notebook);
    const hints = await kernel.shapeHints(cell.document.getText());
    this.hints.set(key, hints);
    this.changed.fire();
  }

  private watch(kernel: KernelClient, notebook: vscode.NotebookDocument): void {
    if (this.watched.has(kernel)) return;
    this.watched.add(kernel);
    kernel.onStateLost(() => this.clear(notebook));
  }

  private clear(notebook: vscode.NotebookDocument): void {
    for (const cell of notebook.getCells()) {
      this.hints.delete(cell.document.uri.toString());
      this.fetchedRun.delete(cell.document.uri.toString());
    }
    this.changed.fire();
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (!vscode.workspace.getConfiguration().get<boolean>(inlayHintsSetting, true)) return [];
    if (!findCell(document)) return [];
    const out: vscode.InlayHint[] = [];
    for (const h of this.hints.get(document.uri.toString()) ?? []) {
      if (h.line >= document.lineCount || h.line < range.start.line || h.line > range.end.line) continue;
      const line = document.lineAt(h.line);
      if (line.text !== h.lineText) continue; // edited since it ran: the shape may no longer hold
      const hint = new vscode.InlayHint(line.range.end, h.label);
      hint.paddingLeft = true;
      hint.tooltip = 'Shape and dtype after the cell last ran (Gradbook)';
      out.push(hint);
    }
    return out;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
